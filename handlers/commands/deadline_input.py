"""Reading a deadline typed by a user, for every command that takes one."""
from __future__ import annotations

import datetime as dt

from handlers.commands.args import ask_confirmation, confirms
from handlers.context import Context
from handlers.deadlines import Deadline, DeadlineKind, Precision, anchored, describe, parse_deadline
from handlers.errors import UserError
from handlers.texts import FAR_FUTURE, FAR_PAST, FAR_YEAR, TERMIJN_NEEDS_CONFIRM, WHY_FAR_TERMIJN, WHY_PAST_TERMIJN, datum
from handlers.texts.invoer import DATE_RANGE

# Beyond this a date is refused; further than FAR_YEARS it gets a warning naming the year.
REACH_YEARS = 100
FAR_YEARS = 10


def read_deadline(ctx: Context, text: str, *, moving: bool = False) -> tuple[Deadline, tuple[str, ...]]:
    """The parsed deadline and the lines that show the user how it was understood.

    One rule for every command that sets a termijn: more than FAR_YEARS ahead, or (`moving`: a deadline that is
    changed, not a new registration from an old list) in the past, it needs '; bevestig'.
    """
    deadline = parse_deadline(text, ctx.today, ctx.calendar)
    if deadline.due is not None:
        _within_reach(ctx, text, deadline.due)
    if deadline.kind is DeadlineKind.ERROR:
        # The parser's message already names three phrases that work.
        raise UserError(deadline.message or f"De deadline '{text}' begrijp ik niet.")
    typed = deadline
    # "over twee weken" is kept as the day it means, so the list for the raad never shifts with the reader's day.
    deadline = anchored(deadline, ctx.today, ctx.calendar)
    notes = [f"Deadline: {typed.text.strip()} → {describe(deadline).split(' → ', 1)[1]}"
             if deadline is not typed else f"Deadline: {describe(deadline)}"]
    _confirmed(ctx, deadline.due, moving)
    if deadline.due is not None and deadline.due < ctx.today:
        notes.append(f"Let op: deze deadline ligt in het verleden ({datum(deadline.due)}).")
    notes.extend(far_year(ctx.today, deadline.due))
    return deadline, tuple(notes)


def _confirmed(ctx: Context, day: dt.date | None, moving: bool) -> None:
    """A termijn that is almost always a typo (3027 for 2027, last year for next) waits for '; bevestig'."""
    if day is None or confirms(ctx.command.text):
        return
    if day.year - ctx.today.year > FAR_YEARS:
        waarom = WHY_FAR_TERMIJN.format(n=FAR_YEARS, jaar=day.year)
    elif moving and day < ctx.today:
        waarom = WHY_PAST_TERMIJN
    else:
        return
    raise ask_confirmation(ctx.command.text, TERMIJN_NEEDS_CONFIRM.format(datum=datum(day), waarom=waarom))


def far_year(today: dt.date, day: dt.date | None) -> tuple[str, ...]:
    """A year more than FAR_YEARS away is almost always a typo (3027 for 2027): say which year was read."""
    if day is None or abs(day.year - today.year) <= FAR_YEARS:
        return ()
    richting = FAR_FUTURE if day.year > today.year else FAR_PAST
    return (FAR_YEAR.format(jaar=day.year, richting=richting, n=FAR_YEARS),)


def read_day(ctx: Context, text: str) -> dt.date:
    """A single calendar day ('12-11-2026', '12 november'), e.g. the date of a meeting."""
    deadline = parse_deadline(text, ctx.today, ctx.calendar)
    if deadline.kind is not DeadlineKind.DATE or deadline.precision is not Precision.DAY or deadline.due is None:
        raise UserError(f"'{text}' is geen datum.", examples=("12-11-2026", "12 november 2026"))
    _within_reach(ctx, text, deadline.due)
    return deadline.due


def _within_reach(ctx: Context, text: str, day: dt.date) -> None:
    """A century either side of today: year 1 or 9999 is a typo, and date arithmetic on it overflows."""
    van, tot = _shift(ctx.today, -REACH_YEARS), _shift(ctx.today, REACH_YEARS)
    if not van <= day <= tot:
        raise UserError(DATE_RANGE.format(tekst=text.strip()[:40], datum=datum(day), van=datum(van), tot=datum(tot)),
                        examples=("12-11-2026", "over 3 weken", "eind Q2"))


def _shift(day: dt.date, years: int) -> dt.date:
    return day.replace(year=day.year + years, day=min(day.day, 28))
