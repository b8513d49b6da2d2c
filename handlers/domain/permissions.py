"""Who may change and who may read a followed item (toezegging, motie, lobby action).

Concernadviseurs and the griffie keep the lists sound and may change anything; an owner may change
their own; a portefeuillehouder sees everything in their portefeuille; everyone else may read what is
not confidential.
"""
from __future__ import annotations

from dataclasses import dataclass

from handlers.domain.people import Person, Rol

KEEPERS = (Rol.CONCERNADVISEUR, Rol.GRIFFIER)


@dataclass(frozen=True)
class Stake:
    """The people an item belongs to, as far as permissions are concerned."""

    eigenaar_id: int | None
    portefeuillehouder_id: int | None
    created_by_id: int | None
    vertrouwelijk: bool


def may_change(person: Person | None, stake: Stake) -> bool:
    if person is None:
        return False
    if person.has_role(*KEEPERS):
        return True
    # Without an owner the registrar keeps it until one is named.
    owner = stake.eigenaar_id if stake.eigenaar_id is not None else stake.created_by_id
    return person.id is not None and person.id == owner


def may_read(person: Person | None, stake: Stake) -> bool:
    if not stake.vertrouwelijk:
        return True
    if person is None:
        return False
    involved = {stake.eigenaar_id, stake.portefeuillehouder_id, stake.created_by_id}
    return person.has_role(*KEEPERS) or (person.id is not None and person.id in involved)
