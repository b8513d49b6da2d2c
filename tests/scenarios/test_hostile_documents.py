"""Document bombs and broken files as verslag: a Dutch message for each, bounded memory and time.

Every hostile file is made here, in tmp_path: nothing large is committed."""
from __future__ import annotations

import tempfile
import time
import tracemalloc
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from docx import Document

from bot.slack.documents import _read
from storage.importers.documents import DocumentError, read_document, safe_name
from storage.importers.limits import DocumentLimits

MB = 1024 * 1024
VERSLAG = "Toezegging: de gedeputeerde stuurt voor de zomer een brief over het fietspad."


def _peak(read: Callable[[], object]) -> tuple[DocumentError, float]:
    """The refusal, and the peak memory (MB) while reading: each bomb must be refused without unpacking."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(DocumentError) as refused:
            read()
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < 30
    return refused.value, peak / MB


def _docx(path: Path, text: str = VERSLAG) -> Path:
    document = Document()
    document.add_paragraph(text)
    document.save(str(path))
    return path


def _repacked(source: Path, target: Path, extra: Callable[[zipfile.ZipFile], None]) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as out:
        for item in original.infolist():
            out.writestr(item, original.read(item))
        extra(out)
    return target


def test_a_docx_whose_xml_unpacks_to_a_gigabyte_is_refused_unopened(tmp_path: Path) -> None:
    def gigabyte(out: zipfile.ZipFile) -> None:
        with out.open("word/footnotes.xml", "w", force_zip64=True) as part:
            for _ in range(128):
                part.write(b" " * (8 * MB))

    bomb = _repacked(_docx(tmp_path / "gewoon.docx"), tmp_path / "bom.docx", gigabyte)
    assert bomb.stat().st_size < 10 * MB  # small enough to be fetched and read: only its contents are huge
    refused, peak = _peak(lambda: read_document(bomb))
    assert "bom.docx pakt uit tot 1.024 MB; hoogstens 200 MB lees ik" in str(refused)
    assert "zip-bom" in str(refused) and peak < 20


def test_a_docx_with_one_part_that_explodes_is_refused(tmp_path: Path) -> None:
    bomb = _repacked(_docx(tmp_path / "gewoon.docx"), tmp_path / "bom.docx",
                     lambda out: out.writestr("word/media/leeg.bin", b"\0" * (50 * MB)))
    refused, peak = _peak(lambda: read_document(bomb))
    assert "keer zo groot wordt bij uitpakken" in str(refused) and peak < 20


def test_a_docx_with_thousands_of_parts_is_refused(tmp_path: Path) -> None:
    def parts(out: zipfile.ZipFile) -> None:
        for n in range(5_000):
            out.writestr(f"customXml/extra{n}.xml", "<a/>")

    many = _repacked(_docx(tmp_path / "gewoon.docx"), tmp_path / "veel.docx", parts)
    refused, peak = _peak(lambda: read_document(many))
    assert "veel.docx bestaat uit 5.01" in str(refused) and "hooguit 1.000" in str(refused) and peak < 20


def _pdf(path: Path, objects: dict[int, bytes]) -> Path:
    """A PDF from numbered objects (1 is the catalog), with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] if n in offsets else b"0000000000 65535 f \n" for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    path.write_bytes(bytes(out))
    return path


def _stream(data: bytes, compressed: bool = False) -> bytes:
    extra = b" /Filter /FlateDecode" if compressed else b""
    return b"<< /Length %d%s >>\nstream\n" % (len(data), extra) + data + b"\nendstream"


def _page(contents: int, parent: int = 2) -> bytes:
    return b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R >>" % (parent, contents)


def test_a_pdf_with_a_decompression_bomb_stream_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    packer = zlib.compressobj(9)
    bomb = b"".join(packer.compress(b"0 0 m " * (MB // 6)) for _ in range(300)) + packer.flush()  # 300 MB unpacked
    path = _pdf(tmp_path / "bom.pdf", {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: _page(4),
        4: _stream(bomb, compressed=True),
    })
    assert path.stat().st_size < 2 * MB
    refused, peak = _peak(lambda: read_document(path))
    assert "bom.pdf bevat een onderdeel dat bij uitpakken groter wordt dan 20 MB" in str(refused)
    assert peak < 120, f"peak {peak:.0f} MB"


def _many_pages(path: Path, pages: int, declared: int) -> Path:
    """A page tree of `pages` pages (in nodes of 1,000 kids, all one page object), declaring `declared`."""
    nodes = pages // 1000
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: _page(4, parent=5), 4: _stream(b"BT /F1 12 Tf (x) Tj ET")}
    kids = b" ".join(b"%d 0 R" % (5 + n) for n in range(nodes))
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, declared)
    for n in range(nodes):
        objects[5 + n] = b"<< /Type /Pages /Parent 2 0 R /Kids [%s] /Count 1000 >>" % b" ".join([b"3 0 R"] * 1000)
    return _pdf(path, objects)


@pytest.mark.parametrize("declared", [100_000, 1], ids=["says-so", "lies"])
def test_a_pdf_of_100000_pages_is_refused(tmp_path: Path, declared: int) -> None:
    path = _many_pages(tmp_path / "dik.pdf", 100_000, declared)
    refused, peak = _peak(lambda: read_document(path))
    assert "dik.pdf heeft" in str(refused) and "een verslag van hoogstens 1.000 pagina's lees ik" in str(refused)
    if declared == 100_000:
        assert "heeft 100.000 pagina's" in str(refused)
    assert peak < 120, f"peak {peak:.0f} MB"


def test_reading_stops_when_it_takes_too_long(tmp_path: Path) -> None:
    path = _many_pages(tmp_path / "traag.pdf", 3_000, 3_000)
    refused, _peak_mb = _peak(lambda: read_document(path, DocumentLimits(max_pages=5_000, max_seconds=0.2)))
    assert "traag.pdf lezen duurde langer dan 0.2 seconden (gestopt bij pagina" in str(refused)


@pytest.mark.parametrize(("name", "data", "message"), [
    ("kapot.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R", "kapot.pdf is geen leesbare PDF"),
    ("ruis.pdf", bytes(range(256)) * 64, "ruis.pdf is geen leesbare PDF"),
    ("kapot.docx", b"PK\x03\x04 geen zip", "kapot.docx is geen leesbaar Word-bestand (.docx)"),
    ("binair.txt", b"MZ\x90\x00\x03\x00\x00\x00" * 100, "binair.txt is geen tekstbestand"),
])
def test_a_malformed_file_gets_a_dutch_message(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    with pytest.raises(DocumentError, match=message.replace("(", "\\(").replace(")", "\\)")):
        read_document(tmp_path / name)


def test_a_docx_without_its_document_or_with_broken_xml_gets_a_dutch_message(tmp_path: Path) -> None:
    good = _docx(tmp_path / "goed.docx")
    broken = tmp_path / "stuk.docx"
    with zipfile.ZipFile(good) as original, zipfile.ZipFile(broken, "w") as out:
        for item in original.infolist():
            data = original.read(item)
            out.writestr(item, b"<w:document><niet-gesloten>" if item.filename == "word/document.xml" else data)
    with pytest.raises(DocumentError, match="stuk.docx is geen leesbaar Word-bestand"):
        read_document(broken)


def test_a_50_mb_text_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "groot.txt"
    with path.open("wb") as handle:
        handle.write(VERSLAG.encode())
        handle.truncate(50 * MB)
    refused, peak = _peak(lambda: read_document(path))
    assert "groot.txt is groter dan 10 MB" in str(refused) and peak < 5


def test_text_that_is_not_utf8_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "windows.txt").write_bytes("Toezegging: de wethouder zorgt vóór de zomer voor een café-overleg.".encode("cp1252"))
    assert "vóór de zomer voor een café-overleg" in read_document(tmp_path / "windows.txt")
    (tmp_path / "kladblok.txt").write_bytes(VERSLAG.encode("utf-16"))  # Notepad's "Unicode", with its BOM
    assert read_document(tmp_path / "kladblok.txt") == VERSLAG


@pytest.mark.parametrize(("name", "own"), [
    ("../../../ontsnapt.txt", "ontsnapt.txt"),
    ("..\\..\\ontsnapt.txt", "ontsnapt.txt"),
    ("/etc/cron.d/ontsnapt.txt", "ontsnapt.txt"),
    ("$(touch ontsnapt); `id` | rm -rf ~ ;.txt", "$(touch ontsnapt); `id` | rm -rf ~ ;.txt"),
    ("..", "bestand"),
])
def test_a_file_name_is_only_a_name_never_a_path_or_a_command(name: str, own: str, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert safe_name(name) == own
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    if own.endswith(".txt"):
        assert _read(name, VERSLAG.encode(), DocumentLimits()) == VERSLAG
    # Nothing was written outside the throw-away folder, and no command ran.
    assert not list(tmp_path.rglob("ontsnapt*")) and list((tmp_path / "tmp").iterdir()) == []
