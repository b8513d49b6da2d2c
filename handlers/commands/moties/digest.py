"""The weekly moties digest: what changed since last week and which moties are overdue.

`digest` is pure (values in, an OutgoingReply out) so the scheduler can build it for each subscriber
from `weekly_digest` and deliver it as a Notification; nothing here sends anything.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from handlers.commands.history import history_line
from handlers.commands.moties.kind import MOTIE
from handlers.deadlines import describe
from handlers.domain.audit import AuditEntry
from handlers.domain.motie import Motie
from handlers.domain.people import Person
from handlers.domain.permissions import may_read
from handlers.messages import Field, Item, OutgoingReply
from handlers.ports import MotieFilter, UnitOfWork
from handlers.texts import aantal, datum
from handlers.texts import moties as t
from handlers.texts.followed import OVERDUE

DIGEST_DAYS = 7


def digest(
    reader: Person,
    since: dt.date,
    today: dt.date,
    changes: Sequence[AuditEntry],
    moties: Mapping[str, Motie],
    overdue: Sequence[Motie],
    name_of: Callable[[int | None], str],
) -> OutgoingReply:
    """The digest as `reader` may see it: confidential moties only when they may read them."""
    readable = {n for n, m in moties.items() if may_read(reader, m.stake)}
    shown = [e for e in changes if e.key in readable]
    hidden = len(changes) - len(shown)
    late = [m for m in overdue if may_read(reader, m.stake)]
    day = datum(since)
    notes = [
        t.DIGEST_CHANGES.format(wijzigingen=aantal(len(shown), "wijziging", "wijzigingen"), since=day) if shown else t.DIGEST_NO_CHANGES.format(since=day),
        t.DIGEST_OVERDUE.format(moties=aantal(len(late), "motie", "moties")) if late else t.DIGEST_NO_OVERDUE,
    ]
    if hidden:
        notes.append(t.DIGEST_HIDDEN.format(wijzigingen=aantal(hidden, "wijziging", "wijzigingen")))
    fields = tuple(_change_field(e, moties) for e in shown)
    return OutgoingReply(
        text=t.DIGEST_TITLE.format(since=day),
        items=tuple(_overdue_item(m, today, name_of) for m in late),
        fields=fields,
        notes=tuple(notes),
        confidential=any(moties[e.key].vertrouwelijk for e in shown) or any(m.vertrouwelijk for m in late),
    )


def _change_field(entry: AuditEntry, moties: Mapping[str, Motie]) -> Field:
    line = history_line(entry, MOTIE.field_labels, MOTIE.action_labels)
    return Field(f"{entry.key} · {moties[entry.key].titel} · {line.label}", line.value)


def _overdue_item(motie: Motie, today: dt.date, name_of: Callable[[int | None], str]) -> Item:
    return Item(
        key=motie.nummer,
        title=f"{motie.nummer} · {motie.titel}",
        fields=(
            Field(t.FIELD_LABELS["status"], f"{motie.status.value} · {OVERDUE}"),
            Field(t.FIELD_LABELS["deadline"], describe(motie.deadline)),
            Field(t.FIELD_LABELS["eigenaar"], name_of(motie.eigenaar_id)),
        ),
        confidential=motie.vertrouwelijk,
        overdue=motie.is_overdue(today),
    )


def weekly_digest(uow: UnitOfWork, reader: Person, now: dt.datetime) -> OutgoingReply:
    """Gathers the week's moties changes and overdue moties and builds the digest for one subscriber."""
    since = now - dt.timedelta(days=DIGEST_DAYS)
    changes = uow.moties.changes_since(since)
    moties = {m.nummer: m for m in uow.moties.find(MotieFilter(open_only=False))}
    changes = [e for e in changes if e.key in moties]
    overdue = uow.moties.find(MotieFilter(overdue_on=now.date()))

    def name_of(person_id: int | None) -> str:
        person = uow.people.get(person_id) if person_id is not None else None
        return person.name if person else "—"

    return digest(reader, since.date(), now.date(), changes, moties, overdue, name_of)
