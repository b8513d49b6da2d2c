"""How much a file from outside may take: plain values, filled in from the settings (docs/in-productie.md#grenzen).

Kept apart from the readers so that the settings need neither openpyxl nor python-docx to know them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

MIB = 1024 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """An .xlsx or .docx is a zip."""

    max_expanded_bytes: int = 200 * MIB
    max_parts: int = 1_000
    # Text-like XML compresses well (10-50×); a large part past this ratio is built to explode.
    max_ratio: int = 200


@dataclass(frozen=True)
class ImportLimits:
    """A list to import (.xlsx, .csv)."""

    max_bytes: int = 20 * MIB
    max_rows: int = 20_000
    max_cell_chars: int = 10_000
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)


@dataclass(frozen=True)
class DocumentLimits:
    """A verslag (.docx, .pdf, .txt)."""

    max_bytes: int = 10 * MIB
    max_pages: int = 1_000
    max_seconds: float = 60.0
    # One PDF stream unpacked (a page's content is kilobytes; pypdf's own cap is 75 MB).
    max_stream_bytes: int = 20 * MIB
    # The text read out of it: a long verslag is a few hundred thousand characters.
    max_chars: int = 2_000_000
    archive: ArchiveLimits = field(default_factory=ArchiveLimits)
