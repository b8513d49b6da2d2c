"""'herinner <nummer> morgen|volgende week' (snooze) and 'overzicht' (the weekly digest on demand).

A snooze only moves the reminders, never the deadline; it is recorded in the item's history.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from handlers.commands.args import first_word
from handlers.commands.lists import paged, split_page
from handlers.commands.permission import ensure_may_read
from handlers.context import Context
from handlers.deadlines import add_working_days
from handlers.domain.followup import FollowUp, Page, Scope
from handlers.domain.people import Person, Rol
from handlers.errors import NotFound, UserError
from handlers.messages import OutgoingReply
from handlers.reminders import render
from handlers.reminders.codec import reply_to_json
from handlers.reminders.digest import digest
from handlers.reminders.hours import TIMEZONE, first_working_day_from
from handlers.reminders.outbox import Channel, Planned
from handlers.router import Command, normalise
from handlers.texts import datum
from handlers.texts import reminders as t

# How long a 'later' reminder may wait for a working moment before it is given up.
LATER_EXPIRES = dt.timedelta(days=3)


def _names(ctx: Context) -> render.Names:
    def name(person_id: int | None) -> str:
        return render.name_of(ctx.uow.people.get(person_id) if person_id is not None else None)

    return name


def find_open(ctx: Context, key: str) -> FollowUp:
    wanted = key.strip().upper()
    for source in ctx.uow.followup_sources():
        for followup in source.open_followups(None):
            if followup.key.upper() == wanted:
                return followup
    raise NotFound(t.SNOOZE_UNKNOWN_KEY.format(key=key), examples=t.SNOOZE_EXAMPLES)


def snooze_day(today: dt.date, when: str) -> tuple[dt.date, str]:
    """'morgen': the next working morning; 'volgende week': the first working day of next week."""
    word = normalise(when)
    if word in {"morgen", "morgenochtend", "morgenvroeg"}:
        return add_working_days(today, 1), t.WHEN_MORGEN
    if word in {"volgende week", "volgende-week", "volgende week maandag", "maandag"}:
        monday = today + dt.timedelta(days=7 - today.weekday())
        return first_working_day_from(monday), t.WHEN_VOLGENDE_WEEK
    raise UserError(t.SNOOZE_NEED_WHEN, examples=t.SNOOZE_EXAMPLES)


def herinner(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    assert person.id is not None
    key, when = first_word(args)
    if not key:
        raise UserError(t.SNOOZE_NEED_KEY, examples=t.SNOOZE_EXAMPLES)
    followup = find_open(ctx, key)
    ensure_may_read(ctx, followup.stake, f"{render.label(followup.kind)} {followup.key}")
    day, label = snooze_day(ctx.today, when)
    # Midnight of that day: the delivery engine waits for working hours, so it goes out at the start.
    until = dt.datetime.combine(day, dt.time(0, 0), tzinfo=TIMEZONE)
    moved = ctx.uow.reminders.snooze(followup.kind, followup.key, person.id, until)
    if not moved:
        reply = render.reminder(followup, None, day, _names(ctx))
        ctx.uow.reminders.enqueue([Planned(
            f"{Channel.LATER}:{followup.kind}:{followup.key}:{day.isoformat()}:{person.id}", person.id,
            Channel.LATER, followup.kind, followup.key, reply_to_json(reply), until, until + LATER_EXPIRES,
            planned_at=ctx.now,
        )])
    ctx.record(followup.kind, followup.key, "herinner later", {"herinnering": (None, datum(day))})
    due = datum(followup.deadline.due) if followup.deadline.due else followup.deadline.text
    return OutgoingReply(
        text=t.SNOOZE_DONE.format(when=label, moment=datum(day), key=followup.key, due=due),
        confidential=followup.vertrouwelijk,
    )


def overzicht(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    unreachable: list[str] = []
    if person.has_role(Rol.CONCERNADVISEUR):
        since = ctx.now - dt.timedelta(days=7)
        unreachable = [_names(ctx)(pid) for pid in ctx.uow.reminders.unreachable_people(since)]
    named: dict[int, Person] = {}

    def pages(scope: Scope, limit: int) -> Page:
        """A section's page, and the people it names in one query (not one per item)."""
        page = ctx.uow.planning.page(scope, limit, ctx.count_up_to)
        wanted = {pid for f in page.first for pid in (f.eigenaar_id, f.portefeuillehouder_id) if pid is not None}
        named.update(ctx.uow.people.by_ids(wanted - named.keys()))
        return page

    def names(person_id: int | None) -> str:
        return render.name_of(named.get(person_id) if person_id is not None else None)

    _rest, number = split_page(args)
    # In a channel everyone reads along: confidential items stay out.
    reply = digest(person, pages, ctx.today, names, unreachable, public_only=not ctx.private, number=number)
    if reply.page is None:
        return reply
    # Remembered like every list, so that 'volgende' and 'vorige' go on from here.
    return replace(reply, page=paged(ctx, reply.page.number, reply.page.size, reply.page.total, "overzicht"))


COMMANDS = (
    Command("herinner", herinner, "Herinner me later aan een item (de deadline blijft staan)",
            "herinner <nummer> morgen | volgende week", t.SNOOZE_EXAMPLES,
            aliases=("herinner me later", "snooze")),
    Command("overzicht", overzicht, "Je weekoverzicht: open items, verlopen eerst",
            "overzicht [pagina N]", ("overzicht",), aliases=("weekoverzicht",)),
)
