"""How a reminder and an escalation look: the same Item and buttons on every platform.

The buttons use the verbs every followed kind shares (`<kind> afdoening|stand|verzet <key>`), so a
motie or lobby action gets the same actions as a toezegging without code here.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from handlers.deadlines import describe
from handlers.domain.followup import FollowUp
from handlers.domain.people import Person
from handlers.domain.permissions import may_read
from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item, OutgoingReply, ReplyKind
from handlers.reminders.policy import Occurrence, is_overdue
from handlers.texts import datum
from handlers.texts import aantal
from handlers.texts import reminders as t

Names = Callable[[int | None], str]


def name_of(person: Person | None) -> str:
    return person.name if person else t.NOBODY


def label(kind: str) -> str:
    return t.KIND_LABEL.get(kind, kind.capitalize())


def actions(kind: str, key: str) -> tuple[Button, ...]:
    """Afgedaan voorstellen, stand van zaken, deadline verzetten (reden verplicht), herinner me later."""
    return (
        Button(t.BUTTON_AFDOENING, form=Form(
            t.FORM_AFDOENING.format(key=key), (FormField("referentie", t.FORM_AFDOENING_FIELD),),
            f"{kind} afdoening {key} {{referentie}}", "Voorstellen"), style=ButtonStyle.PRIMARY),
        Button(t.BUTTON_STAND, form=Form(
            t.FORM_STAND.format(key=key), (FormField("tekst", t.BUTTON_STAND, multiline=True),),
            f"{kind} stand {key} {{tekst}}")),
        Button(t.BUTTON_VERZET, form=Form(
            t.FORM_VERZET.format(key=key),
            (FormField("deadline", t.FORM_VERZET_DEADLINE, placeholder="bijv. Q3 2027 of na het zomerreces"),
             FormField("reden", t.FORM_VERZET_REDEN, multiline=True)),
            f"{kind} verzet {key} naar {{deadline}} omdat {{reden}}", "Verzetten")),
        Button(f"{t.BUTTON_LATER}: {t.LATER_MORGEN.lower()}", command=f"herinner {key} morgen"),
        Button(f"{t.BUTTON_LATER}: {t.LATER_VOLGENDE_WEEK.lower()}", command=f"herinner {key} volgende week"),
    )


def item(followup: FollowUp, today: dt.date, names: Names, *, with_actions: bool = True) -> Item:
    overdue = is_overdue(followup, today)
    status = f"{followup.status} · {t.OVERDUE_MARK}" if overdue else followup.status
    fields = (
        Field(t.FIELD_DEADLINE, describe(followup.deadline)),
        Field(t.FIELD_STATUS, status),
        Field(t.FIELD_EIGENAAR, names(followup.eigenaar_id) if followup.eigenaar_id else t.NO_OWNER),
        Field(t.FIELD_PORTEFEUILLEHOUDER, names(followup.portefeuillehouder_id)),
    )
    return Item(
        key=followup.key,
        title=f"{followup.key} · {followup.title}",
        fields=fields,
        buttons=actions(followup.kind, followup.key) if with_actions else (),
        confidential=followup.vertrouwelijk,
        overdue=overdue,
    )


def _due_text(followup: FollowUp) -> str:
    due = followup.deadline.due
    return datum(due) if due else describe(followup.deadline)


def reminder_text(followup: FollowUp, occurrence: Occurrence | None) -> str:
    values = {"label": label(followup.kind), "key": followup.key, "due": _due_text(followup)}
    if occurrence is None:
        return t.REMINDER_LATER.format(**values)
    if occurrence.rule.startswith("asap"):
        return t.REMINDER_ASAP.format(**values)
    if occurrence.days_before:
        return t.REMINDER_BEFORE.format(days=occurrence.days_before, **values)
    if occurrence.weeks_overdue:
        return t.REMINDER_OVERDUE.format(weeks=occurrence.weeks_overdue, **values)
    return t.REMINDER_DUE.format(**values)


def reminder(followup: FollowUp, occurrence: Occurrence | None, today: dt.date, names: Names) -> OutgoingReply:
    """`occurrence` None: the 'herinner me later' reminder the owner asked for."""
    overdue = is_overdue(followup, today)
    return OutgoingReply(
        text=reminder_text(followup, occurrence),
        items=(item(followup, today, names),),
        kind=ReplyKind.WARNING if overdue else ReplyKind.INFO,
        confidential=followup.vertrouwelijk,
    )


def escalation(followup: FollowUp, days: int, today: dt.date, names: Names, reader: Person | None) -> OutgoingReply:
    owner = names(followup.eigenaar_id) if followup.eigenaar_id else t.NO_OWNER
    if not may_read(reader, followup.stake):
        # The opdrachtgever learns that their person has a late confidential item, never which or what.
        return OutgoingReply(text=t.ESCALATION_CONFIDENTIAL.format(owner=owner, days=days), kind=ReplyKind.WARNING)
    text = t.ESCALATION.format(label=label(followup.kind), key=followup.key, owner=owner, days=days, due=_due_text(followup))
    return OutgoingReply(
        text=text, items=(item(followup, today, names, with_actions=False),), kind=ReplyKind.WARNING,
        confidential=followup.vertrouwelijk,
    )


LIST_PAGE = 10


def _listed(
    first: list[FollowUp], count: int, today: dt.date, names: Names
) -> tuple[tuple[Item, ...], tuple[str, ...]]:
    """The first page, overdue longest first, and a note saying how many more there are."""
    ordered = sorted(first, key=lambda f: (f.deadline.due or dt.date.max, f.key))
    shown = tuple(item(f, today, names, with_actions=False) for f in ordered[:LIST_PAGE])
    rest = count - len(shown)
    return shown, ((t.LIST_MORE.format(count=rest),) if rest > 0 else ())


def overdue_list(first: list[FollowUp], count: int, today: dt.date, names: Names) -> OutgoingReply:
    """One owner's overdue items this sweep (`count`, of which `first` is the first page), in one message."""
    items, notes = _listed(first, count, today, names)
    return OutgoingReply(
        text=t.OVERDUE_LIST.format(count=count), items=items, notes=notes, kind=ReplyKind.WARNING,
        confidential=any(f.vertrouwelijk for f in first),
    )


def escalation_list(
    first: list[FollowUp], count: int, today: dt.date, names: Names, days: int, reader: Person | None
) -> OutgoingReply:
    """One opdrachtgever's (or concernadviseur's) escalated items this sweep, in one message.

    What the reader may not read is only counted, per owner: that it is late, never which item or what.
    """
    readable = [f for f in first if may_read(reader, f.stake)]
    items, notes = _listed(readable, count - (len(first) - len(readable)), today, names)
    hidden: dict[str, int] = {}
    for f in first:
        if f not in readable:
            owner = names(f.eigenaar_id) if f.eigenaar_id else t.NO_OWNER
            hidden[owner] = hidden.get(owner, 0) + 1
    confidential = tuple(t.ESCALATION_CONFIDENTIAL_COUNT.format(
        aantal=aantal(n, 'vertrouwelijk item', 'vertrouwelijke items'), owner=owner, days=days) for owner, n in hidden.items())
    return OutgoingReply(
        text=t.ESCALATION_LIST.format(count=count, days=days, shown=len(items)), items=items,
        notes=(*confidential, *notes), kind=ReplyKind.WARNING, confidential=any(f.vertrouwelijk for f in readable),
    )
