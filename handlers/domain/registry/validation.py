"""The rules a registry must keep; every broken rule becomes a Problem at the place it is broken.

The driehoek rules come from how the organisation works opdrachtgericht: the bestuurlijk
opdrachtgever is a portefeuillehouder, the ambtelijk opdrachtgever a directielid or the secretaris,
the ambtelijk opdrachtnemer a teamleider or opgavemanager, and nobody sits on two chairs.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from handlers.domain.people import Rol
from handlers.domain.registry.model import Lid, Opdracht, Register
from handlers.domain.registry.naming import key, suggest
from handlers.domain.registry.problems import Problem
from handlers.texts import register as t

BESTUURDERS = (Rol.PORTEFEUILLEHOUDER, Rol.BURGEMEESTER, Rol.COMMISSARIS)
AMBTELIJK_OPDRACHTGEVERS = (Rol.DIRECTIELID, Rol.SECRETARIS)
OPDRACHTNEMERS = (Rol.TEAMLEIDER, Rol.OPGAVEMANAGER)
CHAIR_ROLES = {
    "bestuurlijk_opdrachtgever": (BESTUURDERS, t.NOT_BESTUURDER),
    "ambtelijk_opdrachtgever": (AMBTELIJK_OPDRACHTGEVERS, t.NOT_AMBTELIJK_OPDRACHTGEVER),
    "ambtelijk_opdrachtnemer": (OPDRACHTNEMERS, t.NOT_OPDRACHTNEMER),
}


def validate(register: Register) -> list[Problem]:
    topics = {key(o.naam) for p in register.portefeuilles for o in p.onderwerpen}
    return [
        *_people(register),
        *_units(register),
        *_portefeuilles(register),
        *(p for i, o in enumerate(register.opdrachten) for p in _opdracht(register, o, f"opdrachten[{i}]", topics)),
        *_duplicates("opdrachten", [o.naam for o in register.opdrachten], t.DUPLICATE_OPDRACHT),
        *_gebieden(register),
    ]


def who(register: Register, email: str) -> str:
    lid = register.lid(email)
    return f"{lid.naam} ({lid.email})" if lid else email


def _known(register: Register, email: str, path: str) -> Iterator[Problem]:
    if email and register.lid(email) is None:
        close = suggest(email, [p.naam for p in register.personen] + [p.email for p in register.personen])
        hint = t.DID_YOU_MEAN.format(namen=", ".join(close)) if close else t.ADD_PERSON_FIRST
        yield Problem(path, t.UNKNOWN_PERSON.format(wie=email) + " " + hint)


def _people(register: Register) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, lid in enumerate(register.personen):
        path = f"personen[{index}]"
        if lid.email and "@" not in lid.email:
            yield Problem(f"{path}.email", t.BAD_EMAIL.format(email=lid.email))
        if lid.email in first:
            yield Problem(f"{path}.email", t.DUPLICATE_EMAIL.format(email=lid.email, eerder=f"personen[{first[lid.email]}]"))
        first.setdefault(lid.email, index)
        if lid.opdrachtgever:
            yield from _known(register, lid.opdrachtgever, f"{path}.opdrachtgever")
            yield from _ambtelijk_boss(register, lid, f"{path}.opdrachtgever")
        if lid.eenheid and register.eenheid(lid.eenheid) is None:
            yield Problem(f"{path}.eenheid", t.UNKNOWN_UNIT.format(code=lid.eenheid))


def _ambtelijk_boss(register: Register, lid: Lid, path: str) -> Iterator[Problem]:
    """An ambtenaar's opdrachtgever is ambtelijk: never a bestuurder ("ga niet op elkaars stoel zitten")."""
    boss = register.lid(lid.opdrachtgever or "")
    if boss and boss.rollen & set(BESTUURDERS) and not lid.rollen & set(BESTUURDERS):
        yield Problem(path, t.BESTUURLIJKE_BAAS.format(wie=who(register, lid.email), baas=who(register, boss.email)))


def _units(register: Register) -> Iterator[Problem]:
    codes = {e.code for e in register.eenheden}
    yield from _duplicates("eenheden", [e.code for e in register.eenheden], t.DUPLICATE_UNIT)
    for index, eenheid in enumerate(register.eenheden):
        path = f"eenheden[{index}]"
        if eenheid.leider:
            yield from _known(register, eenheid.leider, f"{path}.leider")
        if eenheid.bovenliggend and eenheid.bovenliggend not in codes:
            yield Problem(f"{path}.onder", t.UNKNOWN_UNIT.format(code=eenheid.bovenliggend))
        elif _in_cycle(register, eenheid.code):
            yield Problem(f"{path}.onder", t.UNIT_CYCLE.format(code=eenheid.code))


def _in_cycle(register: Register, code: str) -> bool:
    parents = {e.code: e.bovenliggend for e in register.eenheden}
    seen: set[str] = set()
    current: str | None = code
    while current is not None:
        if current in seen:
            return True
        seen.add(current)
        current = parents.get(current)
    return False


def _portefeuilles(register: Register) -> Iterator[Problem]:
    for index, portefeuille in enumerate(register.portefeuilles):
        path = f"portefeuilles[{index}].houder"
        yield from _known(register, portefeuille.houder, path)
        yield from _role(register, portefeuille.houder, path, BESTUURDERS, t.NOT_BESTUURDER)


def _role(register: Register, email: str, path: str, roles: tuple[Rol, ...], message: str) -> Iterator[Problem]:
    lid = register.lid(email)
    if lid is not None and not lid.rollen & set(roles):
        rollen = ", ".join(sorted(lid.rollen)) or "geen"
        yield Problem(path, message.format(wie=who(register, email), rollen=rollen))


def _opdracht(register: Register, opdracht: Opdracht, path: str, topics: set[str]) -> Iterator[Problem]:
    chairs = opdracht.driehoek.chairs()
    for chair, email in chairs:
        where = f"{path}.driehoek.{chair}"
        yield from _known(register, email, where)
        roles, message = CHAIR_ROLES[chair]
        yield from _role(register, email, where, roles, message)
    seats = Counter(email for _chair, email in chairs if email)
    for chair, email in chairs:
        if seats[email] > 1:
            stoelen = " en ".join(t.CHAIR_LABELS[c] for c, e in chairs if e == email)
            yield Problem(f"{path}.driehoek.{chair}", t.TWO_CHAIRS.format(wie=who(register, email), stoelen=stoelen))
            seats[email] = 0  # one problem per person, on the first chair they take twice
    for index, email in enumerate(opdracht.professionals):
        yield from _known(register, email, f"{path}.professionals[{index}]")
    for index, onderwerp in enumerate(opdracht.onderwerpen):
        if key(onderwerp) not in topics:
            yield Problem(f"{path}.onderwerpen[{index}]", t.UNKNOWN_TOPIC.format(onderwerp=onderwerp))


def _gebieden(register: Register) -> Iterator[Problem]:
    for index, gebied in enumerate(register.contactgebieden):
        path = f"contactgebieden[{index}].contact"
        yield from _known(register, gebied.contact, path)
        yield from _role(register, gebied.contact, path, BESTUURDERS, t.NOT_BESTUURDER)
    names = [f"{g.soort} {g.gebied}" for g in register.contactgebieden]
    yield from _duplicates("contactgebieden", names, t.DUPLICATE_GEBIED)


def _duplicates(section: str, names: list[str], message: str) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, name in enumerate(names):
        if key(name) in first:
            yield Problem(f"{section}[{index}]", message.format(naam=name, eerder=f"{section}[{first[key(name)]}]"))
        first.setdefault(key(name), index)
