"""People and the roles the core needs before the full role registry exists."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Rol(StrEnum):
    PORTEFEUILLEHOUDER = "portefeuillehouder"
    BURGEMEESTER = "burgemeester"
    COMMISSARIS = "commissaris"
    SECRETARIS = "secretaris"
    DIRECTIELID = "directielid"
    TEAMLEIDER = "teamleider"
    OPGAVEMANAGER = "opgavemanager"
    CONCERNADVISEUR = "concernadviseur"
    BESTUURSADVISEUR = "bestuursadviseur"
    PROFESSIONAL = "professional"
    GRIFFIER = "griffier"
    CONCERNCONTROLLER = "concerncontroller"
    CISO = "ciso"
    FG = "functionaris gegevensbescherming"
    ARCHIVARIS = "archivaris"


@dataclass
class Person:
    id: int | None
    name: str
    email: str
    function: str = ""
    roles: frozenset[Rol] = field(default_factory=frozenset)
    slack_user_id: str | None = None
    teams_aad_id: str | None = None
    opdrachtgever_id: int | None = None

    def has_role(self, *roles: Rol) -> bool:
        return any(role in self.roles for role in roles)

    @property
    def handle(self) -> str:
        """The part of the e-mail before the @: a short way to name someone in a command."""
        return self.email.split("@", 1)[0]

    @property
    def is_portefeuillehouder(self) -> bool:
        return self.has_role(Rol.PORTEFEUILLEHOUDER, Rol.BURGEMEESTER, Rol.COMMISSARIS)
