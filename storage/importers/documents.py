"""The text of a verslag or besluitenlijst: .docx (python-docx), .pdf (pypdf), or plain text.

A document comes from outside (a Slack DM, a download), so reading it is bounded: its size, what it unpacks to
(a .docx is a zip; a PDF's streams are compressed), its pages, the time it takes and the text it yields. Each limit
has its own Dutch message (handlers/texts/bestanden.py) and its setting (docs/in-productie.md#grenzen).
"""
from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from handlers.texts import bestanden as t
from handlers.texts import getal
from storage.importers.archive import ArchiveRefused, check_archive
from storage.importers.limits import MIB, DocumentLimits

SUPPORTED = (".docx", ".pdf", ".txt", ".md")


class DocumentError(Exception):
    """A file that cannot be read, with a Dutch message saying what would work."""


def safe_name(name: str) -> str:
    """The file's own name, never a path: '../../x.txt' and 'a\\b.docx' lose their folders."""
    own = Path(name.replace("\\", "/")).name.strip()
    return own if own not in ("", ".", "..") else "bestand"


def too_large(name: str, limit: int) -> DocumentError:
    return DocumentError(t.FILE_TOO_LARGE.format(naam=safe_name(name), mb=f"{limit / MIB:g}"))


def read_document(path: Path, limits: DocumentLimits = DocumentLimits()) -> str:
    suffix = path.suffix.lower()
    if not path.is_file():
        # Missing, a folder, not ours to read: the OS says which (FileNotFoundError, IsADirectoryError, …), and the
        # command line words it like every other file (bot/cli/errors.py), instead of "bestaat niet" for a folder.
        path.open("rb").close()
    if path.stat().st_size > limits.max_bytes:
        raise too_large(path.name, limits.max_bytes)
    if suffix == ".docx":
        text = _docx(path, limits)
    elif suffix == ".pdf":
        text = _pdf(path, limits)
    elif suffix in (".txt", ".md"):
        text = _plain(path.read_bytes(), path.name)
    else:
        raise DocumentError(f"{safe_name(path.name)}: bestandstype '{suffix or 'zonder extensie'}' lees ik niet; "
                            f"gebruik {', '.join(SUPPORTED)}.")
    if len(text) > limits.max_chars:
        raise DocumentError(t.DOCUMENT_TOO_MUCH_TEXT.format(naam=safe_name(path.name), n=getal(len(text)),
                                                            max=getal(limits.max_chars)))
    return text


def _plain(data: bytes, name: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # Notepad's "Unicode"
    if b"\x00" in data[:8192]:
        raise DocumentError(t.NOT_TEXT.format(naam=safe_name(name)))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Word's "save as text" on Windows writes Windows-1252.
        return data.decode("cp1252", errors="replace")


def _docx(path: Path, limits: DocumentLimits) -> str:
    from docx import Document

    try:
        check_archive(path, t.WORD, limits.archive)  # a zip bomb or a thousand parts never reaches python-docx
        document = Document(str(path))
    except ArchiveRefused as refused:
        raise DocumentError(str(refused)) from None
    except Exception as error:  # python-docx and lxml raise many kinds for a damaged file; all mean "not readable"
        raise DocumentError(t.NOT_DOCX.format(naam=safe_name(path.name), fout=_reason(error))) from error
    lines = [p.text for p in document.paragraphs]
    # Besluitenlijsten are often tables: one row per besluit or actiepunt.
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
            if len(cells) > 1 and len(cells[0]) <= 4:
                cells = cells[1:]  # "A1", "3.": the row's number, not part of what was agreed
            lines.append(" — ".join(cells))
    return "\n".join(lines)


def _pdf(path: Path, limits: DocumentLimits) -> str:
    from pypdf import PdfReader, apply_configuration
    from pypdf.errors import LimitReachedError

    name = safe_name(path.name)
    stream = limits.max_stream_bytes
    # pypdf's own guards, tightened: no stream unpacks past max_stream_bytes, no page tree past max_pages.
    caps: dict[str, Any] = dict(zlib_maximum_output_length=stream, lzw_maximum_output_length=stream,
                run_length_maximum_output_length=stream, array_based_stream_maximum_output_length=stream,
                stream_decoding_work_maximum_length=4 * stream, page_tree_maximum_entries=2 * limits.max_pages + 100)
    started = time.monotonic()
    try:
        with apply_configuration(**caps):
            reader = PdfReader(str(path))
            declared = _declared_pages(reader)
            if declared > limits.max_pages:
                raise DocumentError(t.TOO_MANY_PAGES.format(naam=name, n=getal(declared), max=getal(limits.max_pages)))
            texts: list[str] = []
            for number, page in enumerate(reader.pages, start=1):
                if number > limits.max_pages:
                    raise DocumentError(t.TOO_MANY_PAGES.format(naam=name, n=f"meer dan {getal(limits.max_pages)}",
                                                                max=getal(limits.max_pages)))
                if time.monotonic() - started > limits.max_seconds:
                    raise DocumentError(t.TOO_SLOW.format(naam=name, s=f"{limits.max_seconds:g}", pagina=number))
                # extract_text swallows pypdf's limit and gives "" for a bomb: unpack the content first, so it says so.
                page.get_contents()
                texts.append(page.extract_text() or "")
            return "\n".join(texts)
    except DocumentError:
        raise
    except LimitReachedError as limit:
        if "page tree" in str(limit).lower():  # more pages than the tree declared: the tree itself was capped
            raise DocumentError(t.TOO_MANY_PAGES.format(naam=name, n=f"meer dan {getal(limits.max_pages)}",
                                                        max=getal(limits.max_pages))) from None
        raise DocumentError(t.PDF_BOMB.format(naam=name, mb=f"{stream / MIB:g}")) from None
    except Exception as error:  # pypdf raises many kinds (and RecursionError) for a damaged file
        raise DocumentError(t.NOT_PDF.format(naam=name, fout=_reason(error))) from error


def _declared_pages(reader: Any) -> int:
    """What the page tree says it holds, read before pypdf walks the tree."""
    try:
        return int(reader.root_object["/Pages"].get("/Count", 0))
    except (KeyError, TypeError, ValueError, AttributeError):
        return 0


def _reason(error: BaseException) -> str:
    """The library's reason, short: it names what is broken, but the user needs only the gist."""
    reason = str(error).strip() or type(error).__name__
    return reason if len(reason) <= 120 else reason[:117] + "…"
