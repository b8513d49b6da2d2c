"""Who may change and who may read a followed item (toezegging, motie, lobby action, opdracht).

Concernadviseurs and the griffie keep the lists sound and may change anything; an owner may change
their own; a portefeuillehouder sees everything in their portefeuille, confidential items included;
the people working on an item see it too; everyone else may read what is not confidential.
The role registry itself is kept by the concernadviseurs only.
"""
from __future__ import annotations

from dataclasses import dataclass

from handlers.domain.people import Person, Rol

KEEPERS = (Rol.CONCERNADVISEUR, Rol.GRIFFIER)
REGISTRY_KEEPERS = (Rol.CONCERNADVISEUR,)


@dataclass(frozen=True)
class Stake:
    """The people an item belongs to, as far as permissions are concerned."""

    eigenaar_id: int | None
    portefeuillehouder_id: int | None
    created_by_id: int | None
    vertrouwelijk: bool
    # Others who work on the item and may therefore read it (e.g. the rest of an opdracht's driehoek).
    betrokkenen: frozenset[int] = frozenset()

    @property
    def owner_id(self) -> int | None:
        # Without an owner the registrar keeps it until one is named.
        return self.eigenaar_id if self.eigenaar_id is not None else self.created_by_id


def may_change(person: Person | None, stake: Stake) -> bool:
    if person is None:
        return False
    if person.has_role(*KEEPERS):
        return True
    return person.id is not None and person.id == stake.owner_id


def may_read(person: Person | None, stake: Stake) -> bool:
    if not stake.vertrouwelijk:
        return True
    if person is None:
        return False
    involved = {stake.eigenaar_id, stake.portefeuillehouder_id, stake.created_by_id, *stake.betrokkenen}
    return person.has_role(*KEEPERS) or (person.id is not None and person.id in involved)


@dataclass(frozen=True)
class ReadScope:
    """may_read as a list query needs it: which confidential items a page may hold, decided before reading.

    Storage turns this into a WHERE clause so a list is filtered, counted and paged in SQL; it must say
    exactly what may_read says for every item (a test checks both agree).
    """

    confidential: bool  # False: no confidential item at all (a channel, or someone we do not know)
    all_confidential: bool  # the keepers read every confidential item
    person_id: int | None  # otherwise only those this person is involved in


def read_scope(person: Person | None, private: bool) -> ReadScope:
    """Confidential items are only shown privately, and there only to those may_read allows."""
    if not private or person is None:
        return ReadScope(False, False, None)
    return ReadScope(True, person.has_role(*KEEPERS), person.id)


def may_change_registry(person: Person | None) -> bool:
    return person is not None and person.has_role(*REGISTRY_KEEPERS)
