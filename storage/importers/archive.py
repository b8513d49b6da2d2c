"""An .xlsx or .docx is a zip: its directory says how large every part becomes, so a bomb is refused unopened.

A zip's directory can lie about sizes, so the readers that unpack afterwards (openpyxl, python-docx) still only
get a file whose parts are few and modest; a part that decompresses beyond what it declares fails in zipfile itself
(it checks the CRC and the declared size while reading).
"""
from __future__ import annotations

import zipfile
from pathlib import Path

from handlers.texts import bestanden as t
from handlers.texts import getal
from storage.importers.limits import MIB, ArchiveLimits



class ArchiveRefused(Exception):
    """A Dutch message saying why the file is not unpacked."""



def check_archive(path: Path, soort: str, limits: ArchiveLimits) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ArchiveRefused(t.ARCHIVE_UNREADABLE.format(naam=path.name, soort=soort)) from None
    if len(parts) > limits.max_parts:
        raise ArchiveRefused(t.ARCHIVE_TOO_MANY_PARTS.format(naam=path.name, n=getal(len(parts)), soort=soort,
                                                             max=getal(limits.max_parts)))
    expanded = sum(p.file_size for p in parts)
    if expanded > limits.max_expanded_bytes:
        raise ArchiveRefused(t.ARCHIVE_EXPANDS.format(naam=path.name, mb=getal(expanded // MIB), soort=soort,
                                                      max=getal(limits.max_expanded_bytes // MIB)))
    for part in parts:
        # Small parts may compress extremely (a run of spaces); only a large one that does so is a bomb.
        if part.file_size > MIB and part.file_size > limits.max_ratio * max(part.compress_size, 1):
            raise ArchiveRefused(t.ARCHIVE_RATIO.format(naam=path.name, soort=soort,
                                                        ratio=getal(part.file_size // max(part.compress_size, 1))))

