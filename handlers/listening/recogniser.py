"""Is this sentence a promise, a motion's dictum or an agreed action? Our own Dutch rules, no model.

A candidate carries the sentence it came from, who made it (from the sentence, the speaker's turn or the
author of a chat message), the termijn found by the deadline layer, a confidence and the reasons for it.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from handlers.deadlines import Calendar
from handlers.deadlines.finder import FoundTermijn, find_termijnen
from handlers.domain.people import Person
from handlers.domain.registry.naming import key
from handlers.listening.cues import ACTS, BLOCKERS, SUPPORTS, Soort, by_organisation
from handlers.listening.lemmas import woorden
from handlers.listening.names import match_name
from handlers.listening.sentences import Zin, sentences

# What a chat message must reach before the bot speaks up unasked.
CHAT_THRESHOLD = 0.75
DOCUMENT_THRESHOLD = 0.5
_TITLED = re.compile(
    r"\b(?P<title>(?i:wethouder|gedeputeerde|burgemeester|portefeuillehouder|commissaris|de heer|mevrouw|dhr\.|mw\.))"
    r"(?P<name>(?:\s+(?:[A-Z][\w.'-]*|van|de|der|den|ten|ter|het|Van|De))*(?:\s+[A-Z][\w.'-]*)|)",
)
_FIRST_PERSON = re.compile(r"\b(ik|wij|we|mijn|ons|onze)\b", re.IGNORECASE)
# "de heer Boudewijn (VVD)" is a raadslid asking, not the one who promises.
_PARTY_AFTER = re.compile(r"^\s*\((?!wethouder|gedeputeerde|burgemeester)[A-Za-z0-9&/ -]{1,20}\)")
# A toezeggingenlijst row names the one who promises as its subject: "Kees Arendz zal een evaluatie sturen".
_NAMED_SUBJECT = re.compile(
    r"(?:^|:\s*)(?P<name>[A-Z][a-z]+(?:\s+(?:van|de|der|den|ter|ten|het))*(?:\s+[A-Z][\w'-]+)+)\s+"
    r"(?:zal|zullen|zegt|stuurt|informeert|komt|neemt|gaat|laat|koppelt|zoekt|deelt|licht|brengt|bekijkt)\b"
)


@dataclass(frozen=True)
class Candidate:
    soort: Soort
    sentence: str
    confidence: float
    reasons: tuple[str, ...]
    who: str = ""
    person: Person | None = None
    termijn: FoundTermijn | None = None
    # The agenda item or heading the sentence stands under, to go with it into the omschrijving.
    heading: str = ""

    @property
    def percentage(self) -> int:
        return round(self.confidence * 100)


def recognise(
    text: str,
    today: dt.date,
    people: Sequence[Person] = (),
    calendar: Calendar | None = None,
    author: Person | None = None,
) -> list[Candidate]:
    """Every sentence of `text` that reads like a toezegging, motie or actiepunt, surest first per sentence."""
    found: list[Candidate] = []
    named: tuple[str, Person | None] = ("", None)
    for zin in sentences(text):
        candidate = _judge(zin, today, people, calendar, author)
        if candidate is not None and _refers_back(candidate) and named[0]:
            # "Wethouder Jansen licht toe … Hij zegt toe …": 'hij' and 'de wethouder' are the one just named
            candidate = replace(candidate, who=named[0], person=named[1])
        named = _bestuurder_named(zin, people) or named
        if candidate is not None:
            found.append(candidate)
    return found


_BACK = re.compile(r"^(?:hij|zij|ze|de wethouder|de gedeputeerde|de burgemeester|de portefeuillehouder)$", re.IGNORECASE)


def _refers_back(candidate: Candidate) -> bool:
    if candidate.person is not None:
        return False
    return not candidate.who or _BACK.match(candidate.who) is not None or candidate.who.lower() in (
        "wethouder", "gedeputeerde", "burgemeester", "portefeuillehouder") and bool(
        re.search(r"\b(hij|zij|de (wethouder|gedeputeerde|burgemeester))\b", candidate.sentence, re.IGNORECASE))


def _raadslid(match: re.Match[str], text: str) -> bool:
    """A name with a party after it is a raadslid, unless its title makes it a bestuurder of that party ("wethouder
    Eric Faassen (VVD) gaat aan de slag")."""
    bestuurder = match.group("title").lower().rstrip(".") in ("wethouder", "gedeputeerde", "burgemeester",
                                                              "portefeuillehouder")
    return not bestuurder and _PARTY_AFTER.match(text[match.end():]) is not None


def _bestuurder_named(zin: Zin, people: Sequence[Person]) -> tuple[str, Person | None] | None:
    """A bestuurder named with title and name in this sentence: the one a later 'hij' or 'de wethouder' means."""
    for match in _TITLED.finditer(zin.text):
        title = match.group("title").lower()
        if title in ("de heer", "mevrouw", "dhr.", "mw.") or not match.group("name").strip():
            continue
        if _raadslid(match, zin.text):
            continue
        named = match_name(match.group("name"), people)
        return match.group(0).strip(), named[0] if len(named) == 1 else None
    return None


def suggestion(
    text: str, today: dt.date, people: Sequence[Person], calendar: Calendar | None, author: Person | None
) -> Candidate | None:
    """The one promise worth interrupting a channel for: sure enough, and with a termijn."""
    sure = [c for c in recognise(text, today, people, calendar, author) if c.confidence >= CHAT_THRESHOLD and c.termijn]
    return max(sure, key=lambda c: c.confidence) if sure else None


def _judge(zin: Zin, today: dt.date, people: Sequence[Person], calendar: Calendar | None,
           author: Person | None) -> Candidate | None:
    if zin.text.rstrip().endswith(":") and len(zin.text.split()) < 6:
        return None  # "Verzoekt het college:" only introduces the items below it
    termijnen = find_termijnen(zin.text, today, calendar)
    termijn = next((t for t in termijnen if t.proposal), None)
    words = replace(woorden(zin.text), termijn=termijn is not None)
    acts = [signal for signal in ACTS if signal.test(zin, words)]
    if not acts:
        return None
    if any(blocker.test(zin, words) for blocker in BLOCKERS):
        return None
    best = max(acts, key=lambda s: s.weight)
    soort = best.soort or Soort.TOEZEGGING
    if soort is Soort.TOEZEGGING and by_organisation(zin, words, best):
        soort = Soort.ACTIEPUNT
    reasons = [f"{best.reason} wijst op een {soort.value}"]
    confidence = best.weight
    for support in SUPPORTS:
        if support.test(zin, words):
            confidence += support.weight
            reasons.append(support.reason)
    if termijn is not None:
        confidence += 0.15
        reasons.append(f"termijn '{termijn.phrase}'")
    who, person = _who(zin, people, author)
    if person is not None:
        confidence += 0.1
        reasons.append(f"door {person.name}")
    return Candidate(soort, zin.text, round(min(confidence, 1.0), 2), tuple(reasons), who, person, termijn,
                     zin.heading or "")


def _who(zin: Zin, people: Sequence[Person], author: Person | None) -> tuple[str, Person | None]:
    plain = key(zin.text)
    named = [p for p in people if re.search(rf"\b{re.escape(key(p.name))}\b", plain)]
    if len(named) == 1:
        return named[0].name, named[0]
    for source in (zin.text, zin.speaker or ""):
        for match in _TITLED.finditer(source):
            if _raadslid(match, source):
                continue
            written = match.group(0).strip()
            named = match_name(match.group("name"), people) if match.group("name").strip() else []
            if len(named) == 1:
                return written, named[0]
            if written:
                return written, None
    subject = _NAMED_SUBJECT.search(zin.text)
    if subject:
        named = match_name(subject.group("name"), people)
        return subject.group("name"), named[0] if len(named) == 1 else None
    if author is not None and _FIRST_PERSON.search(zin.text):
        return author.name, author
    return "", None
