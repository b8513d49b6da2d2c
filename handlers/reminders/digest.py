"""The weekly digest (and 'overzicht' on demand): one reply per person, overdue first.

A portefeuillehouder sees the open items in their portefeuille; a concernadviseur sees the
organisation-wide overdue list, items without an owner, and people no platform could reach;
anyone who owns items sees their own. Reminders too old to send late are listed here too.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from handlers.domain.followup import FollowUp
from handlers.domain.people import Person, Rol
from handlers.domain.permissions import may_read
from handlers.messages import Field, Item, OutgoingReply
from handlers.reminders.policy import is_overdue
from handlers.reminders.render import Names, item
from handlers.texts import datum
from handlers.texts import reminders as t

MAX_ITEMS = 50


def overdue_first(items: Sequence[FollowUp], today: dt.date) -> list[FollowUp]:
    far = dt.date.max
    return sorted(items, key=lambda f: (not is_overdue(f, today), f.deadline.due or far, f.key))


def _items(followups: Sequence[FollowUp], today: dt.date, names: Names) -> tuple[Item, ...]:
    return tuple(item(f, today, names, with_actions=False) for f in followups[:MAX_ITEMS])


def _more(followups: Sequence[FollowUp]) -> tuple[str, ...]:
    rest = len(followups) - MAX_ITEMS
    return (t.MORE.format(count=rest),) if rest > 0 else ()


def digest(
    person: Person,
    followups: Sequence[FollowUp],
    today: dt.date,
    names: Names,
    unreachable: Sequence[str] = (),
    folded: Sequence[str] = (),
) -> OutgoingReply:
    date = datum(today)
    notes: list[str] = []
    # Confidential items only for who may read them; the others learn how many there are.
    readable = [f for f in followups if may_read(person, f.stake)]
    if hidden := len(followups) - len(readable):
        notes.append(t.DIGEST_HIDDEN.format(count=hidden))
    followups = readable
    if folded:
        notes.append(t.SECTION_FOLDED.format(keys=", ".join(folded)))
    if person.has_role(Rol.CONCERNADVISEUR):
        overdue = overdue_first([f for f in followups if is_overdue(f, today)], today)
        ownerless = overdue_first([f for f in followups if f.eigenaar_id is None], today)
        shown = overdue + [f for f in ownerless if not is_overdue(f, today)]
        notes.append(t.SECTION_UNREACHABLE.format(names=", ".join(unreachable) or t.NONE))
        return OutgoingReply(
            text=t.DIGEST_CONCERNADVISEUR.format(date=date),
            fields=(
                Field(t.SECTION_OVERDUE.format(count=len(overdue)), ", ".join(f.key for f in overdue) or t.NONE),
                Field(t.SECTION_NO_OWNER.format(count=len(ownerless)), ", ".join(f.key for f in ownerless) or t.NONE),
            ),
            items=_items(shown, today, names),
            notes=(*notes, *_more(shown)),
        )
    if person.is_portefeuillehouder:
        mine = overdue_first([f for f in followups if f.portefeuillehouder_id == person.id], today)
        template = t.DIGEST_PORTEFEUILLEHOUDER
    else:
        mine = overdue_first([f for f in followups if f.eigenaar_id == person.id], today)
        template = t.DIGEST_OWNER
    if not mine:
        return OutgoingReply(text=t.DIGEST_NOTHING.format(date=date), notes=tuple(notes))
    return OutgoingReply(
        text=template.format(date=date, count=len(mine)), items=_items(mine, today, names),
        notes=(*notes, *_more(mine)),
    )


def wants_digest(person: Person, folded: bool) -> bool:
    """Who gets a digest on Monday: portefeuillehouders, concernadviseurs, and owners with missed reminders."""
    return person.is_portefeuillehouder or person.has_role(Rol.CONCERNADVISEUR) or folded
