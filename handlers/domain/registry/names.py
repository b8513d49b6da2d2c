"""A person's name as lists and chat write it, matched against the registry.

Council lists write 'G. Gringhuis', 'C.F.M. van der Meij', 'Zaal, I.', 'wethouder Van de Ven' or
'mw. De Boer'. A written name matches a person when the surname (without tussenvoegsels) is the same,
the tussenvoegsels agree when written, and initials or a first name agree with the first name. Titles
and forms of address are dropped first. More than one match is ambiguity, reported with the candidates.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from handlers.domain.people import Person

TITLES = ("commissaris van de koning", "de heer", "wethouder", "gedeputeerde", "burgemeester", "loco-burgemeester",
          "mevrouw", "mevr", "dhr", "mw", "hr", "mr", "drs", "ir", "dr", "prof", "ing", "ds")
TUSSENVOEGSELS = frozenset({"van", "de", "der", "den", "het", "'t", "t", "ter", "ten", "te", "in", "op", "von", "la",
                            "le", "du", "d'", "di", "da", "uit", "aan", "bij", "onder", "voor", "over"})
_INITIALS = re.compile(r"^(?:[a-z]\.)+[a-z]?$|^[a-z]$")
_TITLE = re.compile(r"^(?:(?:" + "|".join(re.escape(t) for t in TITLES) + r")\.?\s+)+")


@dataclass(frozen=True)
class WrittenName:
    initials: str = ""  # 'cfm'
    first: str = ""  # a written first name, 'anna'
    tussen: str = ""  # 'van der'
    surname: str = ""  # 'meij'


@dataclass(frozen=True)
class NameMatch:
    """The one person meant, or the candidates when it is ambiguous or unknown (then `person` is None)."""

    written: str
    person: Person | None = None
    candidates: tuple[Person, ...] = field(default=())
    ambiguous: bool = False


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


def parse_name(text: str) -> WrittenName:
    """'Zaal, I.' -> initials i, surname zaal; 'wethouder Van de Ven' -> tussen 'van de', surname ven."""
    name = _TITLE.sub("", plain(text).strip(" .,"))
    if "," in name:
        surname, _comma, given = name.partition(",")
        given_words = given.split()
        moved = [w for w in given_words if w in TUSSENVOEGSELS]
        name = " ".join([*(w for w in given_words if w not in TUSSENVOEGSELS), *moved, surname.strip()])
    words = re.sub(r"\.(?=\S)", ". ", name).split()
    initials = ""
    while len(words) > 1 and _INITIALS.match(words[0]):
        initials += words.pop(0).replace(".", "")
    first = words.pop(0) if len(words) > 1 and words[0] not in TUSSENVOEGSELS else ""
    tussen: list[str] = []
    while len(words) > 1 and words[0] in TUSSENVOEGSELS:
        tussen.append(words.pop(0))
    return WrittenName(initials, first, " ".join(tussen), " ".join(words))


def _registered(person: Person) -> WrittenName:
    words = plain(person.name).split()
    if len(words) < 2:
        return WrittenName(surname=" ".join(words))
    first, rest = words[0], words[1:]
    tussen: list[str] = []
    while len(rest) > 1 and rest[0] in TUSSENVOEGSELS:
        tussen.append(rest.pop(0))
    return WrittenName(first[0], first, " ".join(tussen), " ".join(rest))


def _fits(written: WrittenName, known: WrittenName) -> bool:
    if not written.surname or written.surname != known.surname:
        return False
    if written.tussen and written.tussen != known.tussen:
        return False
    if written.first and written.first != known.first:
        return False
    return not written.initials or known.first.startswith(written.initials[0])


def match_name(text: str, people: Sequence[Person], aliases: Mapping[str, str] | None = None) -> NameMatch:
    """Who `text` names: an alias (name map) first, then e-mail, full name, and the name as lists write it."""
    wanted = (aliases or {}).get(plain(text).strip(), text).strip()
    target = plain(wanted)
    exact = [p for p in people if target in {plain(p.name), p.email.lower(), plain(p.handle)}]
    if len(exact) == 1:
        return NameMatch(text, exact[0])
    written = parse_name(wanted)
    fitting = [p for p in people if _fits(written, _registered(p))]
    if len(fitting) == 1:
        return NameMatch(text, fitting[0])
    if fitting:
        return NameMatch(text, candidates=tuple(fitting), ambiguous=True)
    # Suggestions compare like with like: the written parts against the same parts of each registered name.
    def parts(name: WrittenName, with_first: bool) -> str:
        return " ".join(filter(None, (name.first if with_first else "", name.tussen, name.surname)))

    query = parts(written, bool(written.first)) or target
    choices = [parts(_registered(p), bool(written.first)) for p in people]
    close = process.extract(query, choices, scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    return NameMatch(text, candidates=tuple(people[i] for _n, _s, i in close))
