"""Who may be named for which part in an item: the registry's roles decide, once for every field.

A portefeuillehouder or bestuurder is a member of the college (portefeuillehouder, burgemeester,
commissaris); an eigenaar or opdrachtnemer is an ambtenaar (anyone in the registry with a role who is not
a bestuurder); an inbrenger may be either. Someone without any role in the registry fits no part.
"""
from __future__ import annotations

from enum import StrEnum

from handlers.domain.people import Person


class Functie(StrEnum):
    PORTEFEUILLEHOUDER = "portefeuillehouder"
    BESTUURDER = "bestuurder"
    EIGENAAR = "eigenaar"
    OPDRACHTNEMER = "opdrachtnemer"
    INBRENGER = "inbrenger"


BESTUURLIJK = frozenset({Functie.PORTEFEUILLEHOUDER, Functie.BESTUURDER})
AMBTELIJK = frozenset({Functie.EIGENAAR, Functie.OPDRACHTNEMER})


def is_ambtenaar(person: Person) -> bool:
    return bool(person.roles) and not person.is_portefeuillehouder


def fits(person: Person, functie: Functie) -> bool:
    if functie in BESTUURLIJK:
        return person.is_portefeuillehouder
    if functie in AMBTELIJK:
        return is_ambtenaar(person)
    return bool(person.roles)


def default_owner(registrant: Person) -> int | None:
    """No eigenaar named: the registrant owns it if they are an ambtenaar; otherwise nobody (yet)."""
    return registrant.id if is_ambtenaar(registrant) else None
