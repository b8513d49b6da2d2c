"""The text of a verslag or besluitenlijst: .docx (python-docx), .pdf (pypdf), or plain text."""
from __future__ import annotations

from pathlib import Path

SUPPORTED = (".docx", ".pdf", ".txt", ".md")


class DocumentError(Exception):
    """A file that cannot be read, with a Dutch message saying what would work."""


def read_document(path: Path) -> str:
    suffix = path.suffix.lower()
    if not path.is_file():
        # Missing, a folder, not ours to read: the OS says which (FileNotFoundError, IsADirectoryError, …), and the
        # command line words it like every other file (bot/cli/errors.py), instead of "bestaat niet" for a folder.
        path.open("rb").close()
    if suffix == ".docx":
        return _docx(path)
    if suffix == ".pdf":
        return _pdf(path)
    if suffix in (".txt", ".md"):
        return _plain(path.read_bytes())
    raise DocumentError(f"{path.name}: bestandstype '{suffix or 'zonder extensie'}' lees ik niet; "
                        f"gebruik {', '.join(SUPPORTED)}.")


def _plain(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Word's "save as text" on Windows writes Windows-1252.
        return data.decode("cp1252", errors="replace")


def _docx(path: Path) -> str:
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError(f"{path.name} is geen leesbaar Word-bestand (.docx): {error}") from error
    lines = [p.text for p in document.paragraphs]
    # Besluitenlijsten are often tables: one row per besluit or actiepunt.
    for table in document.tables:
        for row in table.rows:
            cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
            if len(cells) > 1 and len(cells[0]) <= 4:
                cells = cells[1:]  # "A1", "3.": the row's number, not part of what was agreed
            lines.append(" — ".join(cells))
    return "\n".join(lines)


def _pdf(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except (PdfReadError, ValueError, OSError) as error:
        raise DocumentError(f"{path.name} is geen leesbare PDF: {error}") from error
