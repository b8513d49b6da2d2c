"""A user's mistake on the command line becomes one Dutch line, never a traceback.

Missing files and folders, a file that is not UTF-8, an unreachable database: each is something the user can
fix, so the message says what is wrong and what would work. Anything else is a bug and keeps its traceback.
"""
from __future__ import annotations

import re
from pathlib import Path

from handlers.texts import cli as t
from storage.errors import unreachable

_PASSWORD = re.compile(r"(://[^:/@]+):[^@]*@")


def explain(error: BaseException, file: object, database_url: str) -> str | None:
    """The one line for a mistake the user can fix; None for anything else."""
    named = Path(str(getattr(error, "filename", None) or file or ""))
    if isinstance(error, UnicodeDecodeError):
        return t.NOT_UTF8.format(bestand=file or "Het bestand")
    if isinstance(error, FileNotFoundError):
        if named.parent != Path(".") and not named.parent.exists():
            return t.NO_FOLDER.format(map=named.parent, voorbeeld=named.name)
        return t.NO_FILE.format(bestand=named)
    if isinstance(error, IsADirectoryError):
        return t.IS_FOLDER.format(bestand=named, voorbeeld=named / "bestand")
    if isinstance(error, (PermissionError, NotADirectoryError)):
        return t.NO_ACCESS.format(bestand=named)
    if unreachable(error):
        return t.DATABASE.format(url=_PASSWORD.sub(r"\1:***@", database_url))
    return None
