"""Finding termijnen inside free text: a stand van zaken, a promise, later a chat message.

A termijn in running text is a short phrase the deadline layer understands ("na het zomerreces", "in Q3",
"uiterlijk 1 oktober"). Text about promises is also full of dates that are not termijnen: the meeting it
was promised in, "Update 8/9/22:" stamps. A bare day or year therefore only counts after a word that
announces a termijn; a stamp (a date followed by a colon, or after 'update', 'd.d.', a meeting word) never.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from handlers.deadlines.calendar import Calendar
from handlers.deadlines.model import Deadline, DeadlineKind, Precision
from handlers.deadlines.normalise import basic
from handlers.deadlines.parser import parse_deadline
from handlers.deadlines.vocabulary import KNOWN_WORDS

MAX_WORDS = 6
_WORD = re.compile(r"[^\s,;:()]+")
_CUES = frozenset({
    "voor", "uiterlijk", "per", "tot", "deadline", "gereed", "klaar", "planning", "verwacht", "verwachting",
    "naar", "rond", "omstreeks", "eind", "begin", "medio", "streefdatum", "einddatum", "termijn", "t/m", "voor:",
})
_STAMPS = frozenset({
    "update", "d.d.", "dd", "dd.", "datum", "vergadering", "commissie", "raadsvergadering", "statenvergadering",
    "besproken", "sinds", "gewijzigd", "bijgewerkt", "van",
})
# Words that may open or close a termijn phrase, besides anything with a digit in it.
_EDGE = KNOWN_WORDS | {"voor", "uiterlijk", "in", "na", "per", "rond", "q1", "q2", "q3", "q4", "kerst",
                       "zomerreces", "herfstreces", "kerstreces", "voorjaarsreces", "jaareinde"}
_OPENERS = frozenset({"voor", "uiterlijk", "in", "na", "per", "rond", "eind", "begin", "medio", "ultimo"})
_BARE = frozenset({Precision.DAY, Precision.YEAR})


@dataclass(frozen=True)
class FoundTermijn:
    """One termijn in a text: the phrase as written, what it means, and whether it is the proposal."""

    phrase: str
    deadline: Deadline
    proposal: bool = False

    def as_json(self) -> dict[str, object]:
        meaning = self.deadline
        return {"phrase": self.phrase, "kind": meaning.kind.value, "due": meaning.due.isoformat() if meaning.due else None,
                "precision": meaning.precision.value if meaning.precision else None, "proposal": self.proposal}


def find_termijnen(text: str, today: dt.date, calendar: Calendar | None = None) -> list[FoundTermijn]:
    """Every termijn in `text`, in reading order; the latest one is marked as the proposal."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: list[FoundTermijn] = []
    index = 0
    while index < len(words):
        hit = _longest_at(text, words, index, today, calendar)
        if hit is None:
            index += 1
            continue
        phrase, deadline, used = hit
        if _counts(words, index, deadline) and not _is_stamp(text, words, index, used):
            found.append(FoundTermijn(phrase, deadline))
        index += used
    return _mark_proposal(found)


def _longest_at(text: str, words: list[tuple[int, int, str]], index: int, today: dt.date,
                calendar: Calendar | None) -> tuple[str, Deadline, int] | None:
    if not _edge(words[index][2]):
        return None
    for length in range(min(MAX_WORDS, len(words) - index), 0, -1):
        last = words[index + length - 1]
        if not _edge(last[2]):
            continue
        phrase = text[words[index][0]:last[1]].rstrip(".")
        deadline = parse_deadline(phrase, today, calendar)
        if deadline.kind is DeadlineKind.DATE and deadline.due is not None:
            return phrase, deadline, length
    return None


def _edge(word: str) -> bool:
    plain = basic(word).strip(".")
    return any(c.isdigit() for c in plain) or plain in _EDGE


def _counts(words: list[tuple[int, int, str]], index: int, deadline: Deadline) -> bool:
    """A bare day or year ('12-3-2023', '2024') only after a word that announces a termijn."""
    if deadline.precision not in _BARE:
        return True
    first = basic(words[index][2])
    before = basic(words[index - 1][2]) if index > 0 else ""
    return first in _CUES or first in _OPENERS and first != "in" or before in _CUES


def _is_stamp(text: str, words: list[tuple[int, int, str]], index: int, used: int) -> bool:
    end = words[index + used - 1][1]
    if text[end:end + 1] == ":":
        return True
    before = [basic(w[2]).strip(".") for w in words[max(0, index - 2):index]]
    return any(w in _STAMPS or w + "." in _STAMPS for w in before[-1:])


def _mark_proposal(found: list[FoundTermijn]) -> list[FoundTermijn]:
    if not found:
        return found
    latest = max(range(len(found)), key=lambda i: (found[i].deadline.due or dt.date.min, i))
    return [FoundTermijn(f.phrase, f.deadline, i == latest) for i, f in enumerate(found)]


def proposal(found: list[FoundTermijn]) -> FoundTermijn | None:
    return next((f for f in found if f.proposal), None)
