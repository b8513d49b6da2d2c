"""Cutting minutes and chat into sentences, each with the speaker whose turn it is."""
from __future__ import annotations

import re
from dataclasses import dataclass

# "Wethouder Van de Ven:" or "Mevrouw Jansen (GroenLinks):" at the start of a line opens a speaker's turn.
_SPEAKER = re.compile(
    r"^\s*(?P<who>(?:de )?(?:wethouder|gedeputeerde|burgemeester|commissaris|voorzitter|griffier|de heer|mevrouw|dhr\.?|mw\.?)"
    r"(?:\s+[A-Z][\w.'-]*|\s+(?:van|de|der|den|ten|ter|het|in 't|v\.d\.)){0,5})\s*(?:\([^)]*\))?\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(\d+[.)]|[-*•])\s+")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = ("dhr.", "mw.", "bijv.", "o.a.", "i.p.v.", "m.b.t.", "t.a.v.", "z.s.m.", "d.d.", "nr.", "ca.", "e.d.", "resp.", "n.a.v.")
_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True)
class Zin:
    text: str
    speaker: str | None = None


def sentences(text: str) -> list[Zin]:
    found: list[Zin] = []
    speaker: str | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        turn = _SPEAKER.match(line)
        if turn:
            speaker, line = turn.group("who").strip(), turn.group("rest").strip()
        elif _NUMBERED.match(line) or line.isupper() or line.endswith(":"):
            speaker = None  # a numbered besluit or a heading closes the previous speaker's turn
        line = _NUMBERED.sub("", line)
        found.extend(Zin(part, speaker) for part in _split(line) if len(part) > 3)
    return found


def _split(line: str) -> list[str]:
    protected = line
    for i, abbreviation in enumerate(_ABBREVIATIONS):
        protected = re.sub(re.escape(abbreviation), f"\x00{i}\x00", protected, flags=re.IGNORECASE)
    parts = _END.split(protected)
    return [_restore(part).strip() for part in parts]


def _restore(part: str) -> str:
    return re.sub(r"\x00(\d+)\x00", lambda m: _ABBREVIATIONS[int(m.group(1))], part)
