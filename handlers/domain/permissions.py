"""Who may change and who may read a followed item (toezegging, motie, lobby action, opdracht).

Concernadviseurs and the griffie keep the lists sound and may change anything; an owner may change
their own; a portefeuillehouder sees everything in their portefeuille, confidential items included;
the people working on an item see it too; everyone else may read what is not confidential.
The owner's ambtelijk opdrachtgever is deliberately not a reader: an escalation tells them that a
confidential item of their person is late, never what it is about.
The role registry itself is kept by the concernadviseurs only.

`may_show` is the one question every renderer asks (lists, single views, linked items, history,
digests, escalations, announcements, exports): confidential content only in a private conversation
and only to a reader. Who runs a meeting's agenda is `may_run_agenda`, decided by the registry's
roles and the meeting, never by a name someone types into a field.
"""
from __future__ import annotations

from collections.abc import Iterable
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


def may_show(person: Person | None, stake: Stake, *, private: bool) -> bool:
    """May this item's content appear in a reply to `person`? In a channel nothing confidential does."""
    return not stake.vertrouwelijk or (private and may_read(person, stake))


def in_channel(stake: Stake) -> bool:
    """May this item's content be posted where everyone reads along (a channel announcement)?"""
    return may_show(None, stake, private=False)


def may_run_agenda(person: Person | None, meeting_holder_id: int | None, holders_on_it: Iterable[int] | None = None) -> bool:
    """Who may add agendapunten to a PO or college meeting and record its outcomes.

    Concernadviseurs and the griffie always; the portefeuillehouder of a PO of their own; on a shared PO or
    the college, a portefeuillehouder by role (for outcomes: one with a point on it). Roles come from the
    registry, so naming yourself portefeuillehouder on a point gives nothing.
    """
    if person is None or person.id is None:
        return False
    if person.has_role(*KEEPERS):
        return True
    if not person.is_portefeuillehouder:
        return False
    if meeting_holder_id is not None:
        return person.id == meeting_holder_id
    # Adding a point (holders_on_it None): any portefeuillehouder; outcomes: one with a point on the meeting.
    return holders_on_it is None or person.id in set(holders_on_it)


def may_change_registry(person: Person | None) -> bool:
    return person is not None and person.has_role(*REGISTRY_KEEPERS)
