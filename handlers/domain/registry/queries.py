"""Questions the registry answers, as pure functions over a Register."""
from __future__ import annotations

from dataclasses import dataclass

from handlers.domain.registry.model import Contactgebied, Eenheid, Lid, Onderwerp, Opdracht, Portefeuille, Register
from handlers.domain.registry.naming import best, key


@dataclass(frozen=True)
class Onderwerpmatch:
    portefeuille: Portefeuille
    onderwerp: Onderwerp | None  # None: the portefeuille's own name matched


def opdrachten_van(register: Register, email: str) -> list[Opdracht]:
    return [o for o in register.opdrachten if o.involves(email)]


def find_opdrachten(register: Register, wanted: str) -> list[Opdracht]:
    return [register.opdrachten[i] for i in best(wanted, [o.naam for o in register.opdrachten])]


def find_onderwerp(register: Register, wanted: str) -> list[Onderwerpmatch]:
    """Topic names, their synonyms and portefeuille names all count; the best matches win."""
    choices: list[tuple[str, Onderwerpmatch]] = []
    for portefeuille in register.portefeuilles:
        choices.append((portefeuille.naam, Onderwerpmatch(portefeuille, None)))
        for onderwerp in portefeuille.onderwerpen:
            match = Onderwerpmatch(portefeuille, onderwerp)
            choices += [(name, match) for name in (onderwerp.naam, *onderwerp.synoniemen)]
    found = [choices[i][1] for i in best(wanted, [name for name, _match in choices])]
    return list(dict.fromkeys(found))


def opdrachten_over(register: Register, match: Onderwerpmatch) -> list[Opdracht]:
    houder = match.portefeuille.houder
    if match.onderwerp is None:
        topics = {key(o.naam) for o in match.portefeuille.onderwerpen}
    else:
        topics = {key(match.onderwerp.naam)}
    return [
        o for o in register.opdrachten
        if o.driehoek.bestuurlijk_opdrachtgever == houder and topics & {key(t) for t in o.onderwerpen}
    ]


def find_gebieden(register: Register, wanted: str) -> list[Contactgebied]:
    return [register.contactgebieden[i] for i in best(wanted, [g.gebied for g in register.contactgebieden])]


def find_leden(register: Register, wanted: str) -> list[Lid]:
    people = register.personen
    target = key(wanted)
    exact = [p for p in people if target in (key(p.naam), p.email, p.email.split("@")[0]) or key(p.naam).endswith(" " + target)]
    return exact or [people[i] for i in best(wanted, [p.naam for p in people])]


def eenheden_van(register: Register, email: str) -> list[Eenheid]:
    """The units this person belongs to or leads."""
    lid = register.lid(email)
    member = register.eenheid(lid.eenheid) if lid else None
    led = [e for e in register.eenheden if e.leider == email]
    return list(dict.fromkeys([*(([member]) if member else []), *led]))


def portefeuilles_van(register: Register, email: str) -> list[Portefeuille]:
    return [p for p in register.portefeuilles if p.houder == email]


def gebieden_van(register: Register, email: str) -> list[Contactgebied]:
    return [g for g in register.contactgebieden if g.contact == email]
