"""How long a title and a text may be: long enough for real use, short enough for every list and card.

A 10,000-character omschrijving made every list unreadable; now it is refused with a message that says the
limit, and nothing is cut silently.
"""
from __future__ import annotations

from handlers.errors import UserError
from handlers.texts import limits as t

MAX_TITLE = 300  # omschrijving, titel, doel: what a list line and a reminder name
MAX_TEXT = 4_000  # any other field (stand van zaken, dictum, verslag)


def title(value: str, wat: str = t.TITLE) -> str:
    return _checked(value, MAX_TITLE, wat, t.TITLE_TIP)


def text(value: str, wat: str = t.TEXT) -> str:
    return _checked(value, MAX_TEXT, wat, "")


def _checked(value: str, limit: int, wat: str, tip: str) -> str:
    if len(value) > limit:
        raise UserError(t.TOO_LONG.format(wat=wat, n=len(value), max=limit, tip=tip))
    return value
