"""The role registry as plain values: units, people, portefeuilles, opdrachten and contact areas.

People are named by e-mail everywhere in the registry: e-mail is how Slack and Teams users are joined
to people, and it survives renames. Database ids stay in storage.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

from handlers.domain.people import Rol


class Niveau(StrEnum):
    CONCERN = "concern"
    DOMEIN = "domein"
    AFDELING = "afdeling"
    TEAM = "team"
    CLUSTER = "cluster"


class OpdrachtStatus(StrEnum):
    VOORBEREIDING = "in voorbereiding"
    LOPEND = "lopend"
    AFGEROND = "afgerond"
    GESTOPT = "gestopt"


class GebiedSoort(StrEnum):
    GEMEENTE = "gemeente"
    DORP = "dorp"
    WIJK = "wijk"


@dataclass(frozen=True)
class Eenheid:
    code: str
    naam: str
    niveau: Niveau
    leider: str | None = None
    bovenliggend: str | None = None


@dataclass(frozen=True)
class Lid:
    """A person as the registry knows them."""

    naam: str
    email: str
    functie: str = ""
    rollen: frozenset[Rol] = frozenset()
    eenheid: str | None = None
    # Only when the registry says so explicitly; otherwise derived (see derive.py).
    opdrachtgever: str | None = None
    slack: str | None = None
    teams: str | None = None


@dataclass(frozen=True)
class Onderwerp:
    naam: str
    synoniemen: tuple[str, ...] = ()


@dataclass(frozen=True)
class Portefeuille:
    houder: str
    naam: str
    onderwerpen: tuple[Onderwerp, ...] = ()


@dataclass(frozen=True)
class Driehoek:
    bestuurlijk_opdrachtgever: str
    ambtelijk_opdrachtgever: str
    ambtelijk_opdrachtnemer: str

    def chairs(self) -> tuple[tuple[str, str], ...]:
        return (
            ("bestuurlijk_opdrachtgever", self.bestuurlijk_opdrachtgever),
            ("ambtelijk_opdrachtgever", self.ambtelijk_opdrachtgever),
            ("ambtelijk_opdrachtnemer", self.ambtelijk_opdrachtnemer),
        )


@dataclass(frozen=True)
class Opdracht:
    naam: str
    driehoek: Driehoek
    omschrijving: str = ""
    professionals: tuple[str, ...] = ()
    status: OpdrachtStatus = OpdrachtStatus.LOPEND
    onderwerpen: tuple[str, ...] = ()
    vertrouwelijk: bool = False

    def involves(self, email: str) -> bool:
        return email in {person for _chair, person in self.driehoek.chairs()} or email in self.professionals


@dataclass(frozen=True)
class Contactgebied:
    gebied: str
    soort: GebiedSoort
    contact: str


@dataclass(frozen=True)
class Register:
    organisatie: str = ""
    datum: dt.date | None = None
    versie: str = ""
    eenheden: tuple[Eenheid, ...] = ()
    personen: tuple[Lid, ...] = ()
    portefeuilles: tuple[Portefeuille, ...] = ()
    opdrachten: tuple[Opdracht, ...] = ()
    contactgebieden: tuple[Contactgebied, ...] = ()
    # Built on first use; init=False so that dataclasses.replace() never carries a stale index over.
    _index: dict[str, Lid] = field(default_factory=dict, init=False, compare=False, repr=False)

    def lid(self, email: str) -> Lid | None:
        if not self._index and self.personen:
            self._index.update((p.email, p) for p in self.personen)
        return self._index.get(email)

    def eenheid(self, code: str | None) -> Eenheid | None:
        return next((e for e in self.eenheden if e.code == code), None) if code else None
