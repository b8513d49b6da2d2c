"""The one cleaning step every message passes before routing, and the one bounded-number reader.

Cleaning at the door means no command, repository or renderer has to think about NUL characters
(which PostgreSQL refuses), stray control characters or a 10 MB paste.
"""
from __future__ import annotations

import re
import unicodedata

from handlers.errors import UserError
from handlers.texts.invoer import MAX_LENGTH, NOT_A_NUMBER, NUMBER_RANGE, TOO_LONG

_KEEP = {"\n", "\t"}
# The largest id a database integer column holds: a larger number cannot name anything stored.
MAX_ID = 2**31 - 1
_DIGITS = re.compile(r"^\s*[+-]?\d+\s*$")


def clean_message(text: str, limit: int = MAX_LENGTH) -> str:
    """Control characters out (line breaks and tabs stay), a clear refusal above the maximum length."""
    if len(text) > limit:
        raise UserError(TOO_LONG.format(lengte=f"{len(text):,}".replace(",", "."), max=f"{limit:,}".replace(",", ".")))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return "".join(c for c in text if c in _KEEP or unicodedata.category(c) not in {"Cc", "Cs"})


def tidy_lines(text: str) -> str:
    """Spaces and tabs run together within each line; the line breaks stay, for a verslag is read line by line
    (an agenda item's heading, a speaker's turn) and a command takes a field per line."""
    return "\n".join(" ".join(line.split()) for line in text.strip().splitlines())


def bounded_int(text: str, low: int, high: int, wat: str) -> int:
    """A whole number between `low` and `high`; otherwise a Dutch message naming the range.

    Every number a user types goes through here, so '99999999999' is a refusal, not an overflow further on.
    """
    if not _DIGITS.match(text) or len(text.strip()) > 30:
        raise UserError(NOT_A_NUMBER.format(tekst=_short(text), wat=wat, laag=low, hoog=high))
    value = int(text)
    if not low <= value <= high:
        raise UserError(NUMBER_RANGE.format(tekst=_short(text), wat=wat, laag=low, hoog=high))
    return value


def _short(text: str) -> str:
    text = text.strip()
    return text if len(text) <= 40 else text[:37] + "…"
