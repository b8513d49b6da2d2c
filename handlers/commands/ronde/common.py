"""What every round command needs: the running round, and the keepers' right to run it."""
from __future__ import annotations

import datetime as dt

from handlers.commands.args import ask_confirmation, confirms, first_word
from handlers.commands.permission import people_with_roles
from handlers.commands.ronde.items import find
from handlers.context import Context
from handlers.deadlines import DeadlineKind, Precision, parse_deadline
from handlers.domain.followed import Followed
from handlers.domain.permissions import KEEPERS
from handlers.domain.ronde import Ronde
from handlers.errors import NotAllowed, UserError
from handlers.reminders.hours import local
from handlers.texts import datum, tijdstip
from handlers.texts import ronde as t


def ensure_keeper(ctx: Context) -> None:
    """Concernadviseurs and the griffie run a round (the same people who keep the lists sound)."""
    person = ctx.require_person()
    if not person.has_role(*KEEPERS):
        raise NotAllowed(t.ALLEEN_BEHEERDERS.format(wie=people_with_roles(ctx, KEEPERS) or "een concernadviseur"))


def current(ctx: Context) -> Ronde:
    ronde = ctx.uow.rondes.current()
    if ronde is None:
        raise UserError(t.GEEN_RONDE)
    return ronde


def named(ctx: Context, args: str) -> tuple[Ronde, Followed, str]:
    """The running round, the toezegging or motie named by the first word, and the rest of the text."""
    ronde = current(ctx)
    word, rest = first_word(args)
    if not word:
        raise UserError(t.GEEN_NUMMER)
    _kind, followed = find(ctx.uow, word)
    return ronde, followed, rest


def meeting_day(ctx: Context, doel: str, since: dt.date) -> dt.date | None:
    """The day of the meeting a round is for, when 'voor:' names one ('raad 10 december'), read from `since`."""
    found = parse_deadline(doel, since, ctx.calendar)
    if found.kind is DeadlineKind.DATE and found.precision is Precision.DAY:
        return found.due
    return None


def check_close(ctx: Context, doel: str, since: dt.date, sluit_op: dt.datetime) -> None:
    """A close after the meeting the round is for makes the list too late: it needs '; bevestig'."""
    day = meeting_day(ctx, doel, since)
    if day is not None and local(sluit_op).date() > day and not confirms(ctx.command.text):
        raise ask_confirmation(ctx.command.text, t.SLUIT_NA_VERGADERING.format(
            sluit=tijdstip(sluit_op), doel=doel, datum=datum(day)))


def check_meeting_held(ctx: Context, ronde: Ronde) -> None:
    """'ronde vastgesteld' records the raad's decision: before the meeting it needs '; bevestig'."""
    day = meeting_day(ctx, ronde.doel, local(ronde.gestart_op).date())
    if day is not None and ctx.today < day and not confirms(ctx.command.text):
        raise ask_confirmation(ctx.command.text, t.VASTGESTELD_TE_VROEG.format(doel=ronde.doel, datum=datum(day)))
