"""Cutting minutes and chat into sentences, each with the speaker whose turn it is and the heading above it."""
from __future__ import annotations

import re
from dataclasses import dataclass

# "Wethouder Van de Ven:" or "Mevrouw Jansen (GroenLinks):" at the start of a line opens a speaker's turn.
_SPEAKER = re.compile(
    r"^\s*(?P<who>(?:de )?(?:wethouder|gedeputeerde|burgemeester|commissaris|voorzitter|griffier|de heer|mevrouw|dhr\.?|mw\.?)"
    r"(?:\s+[A-Z][\w.'-]*|\s+(?:van|de|der|den|ten|ter|het|in 't|v\.d\.)){0,5})\s*(?:\([^)]*\))?\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*(\d+[.)]|[a-z][.)]|[-*•–])\s+")
# "Agendapunt 3: Snelfietsroute", "4. Rondvraag", "5a Herijking jeugdzorg": an agenda item's title.
_AGENDA_ITEM = re.compile(r"^\s*(?:agendapunt|punt)\s+\d+\w*\s*[:.-]?\s*(?P<title>.*)$"
                          r"|^\s*\d{1,2}[a-z]?[.)]?\s+(?P<short>[A-Z][^.!?;:]{2,80})$", re.IGNORECASE)
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = ("dhr.", "mw.", "bijv.", "o.a.", "i.p.v.", "m.b.t.", "t.a.v.", "z.s.m.", "d.d.", "nr.", "ca.", "e.d.",
                  "resp.", "n.a.v.", "jl.", "a.s.", "i.o.m.", "m.u.v.", "t.b.v.", "o.b.v.", "c.q.", "evt.", "incl.",
                  "excl.", "mr.", "drs.", "ir.", "dr.", "ing.", "prof.")
_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9\"'(])")


@dataclass(frozen=True)
class Zin:
    text: str
    speaker: str | None = None
    # The agenda item or section heading the sentence stands under ("Agendapunt 3: Snelfietsroute").
    heading: str | None = None
    # The line that introduced this list item ("verzoekt het college:"), for dictum items on their own line.
    lead: str | None = None


def sentences(text: str) -> list[Zin]:
    found: list[Zin] = []
    speaker: str | None = None
    heading: str | None = None
    lead: str | None = None
    for line in _lines(text):
        if not line:
            continue
        turn = _SPEAKER.match(line)
        agenda = None if turn else _AGENDA_ITEM.match(line)
        if turn:
            speaker, line = turn.group("who").strip(), turn.group("rest").strip()
            lead = None
        elif agenda or _is_heading(line):
            # A heading closes the previous speaker's turn and is context, not a sentence of its own.
            speaker, lead = None, None
            heading = _title(line, agenda)
            continue
        elif _NUMBERED.match(line):
            speaker = None  # a numbered besluit closes the previous speaker's turn
        elif line[:1].isupper():
            lead = None  # a new sentence, not an item of the list above
        numbered = _NUMBERED.sub("", line)
        found.extend(Zin(part, speaker, heading, lead) for part in _split(numbered) if len(part) > 3)
        if line.endswith(":"):
            lead = numbered
    return found


def _lines(text: str) -> list[str]:
    """Lines with a sentence that a PDF or a narrow column wrapped put back together."""
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        previous = lines[-1] if lines else ""
        # A list item ending in ',' is done ("- … te informeren,"); another line ending in ',' was wrapped.
        ended = previous[-1:] in (".", "!", "?", ":", ";") or previous[-1:] == "," and _NUMBERED.match(previous)
        if previous and line[:1].islower() and not ended and not _NUMBERED.match(line):
            lines[-1] = f"{previous} {line}"
        else:
            lines.append(line)
    return lines


def _is_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and line.isupper()


def _title(line: str, agenda: re.Match[str] | None) -> str:
    if agenda is not None:
        title = agenda.group("title") if agenda.group("title") is not None else agenda.group("short")
        return " ".join((title or line).split()).strip(" :.-") or line
    return " ".join(line.split()).strip(" :")


def _split(line: str) -> list[str]:
    protected = line
    for i, abbreviation in enumerate(_ABBREVIATIONS):
        protected = re.sub(r"(?<![\w.])" + re.escape(abbreviation), f"\x00{i}\x00", protected, flags=re.IGNORECASE)
    parts = _END.split(protected)
    return [_restore(part).strip() for part in parts]


def _restore(part: str) -> str:
    return re.sub(r"\x00(\d+)\x00", lambda m: _ABBREVIATIONS[int(m.group(1))], part)
