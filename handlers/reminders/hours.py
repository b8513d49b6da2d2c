"""The one working window of every outgoing message: working days, between the start and end of work.

Reminders, escalations, digests, the stand-van-zakenronde, agenda announcements and stukken reminders all
ask these functions: nothing goes out at night, at the weekend or on a holiday; what falls outside waits
for the next working morning (deferred, never dropped).
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Protocol
from zoneinfo import ZoneInfo

from handlers.deadlines import add_working_days, is_working_day

TIMEZONE = ZoneInfo("Europe/Amsterdam")


class WorkingHours(Protocol):
    """Any settings that carry the working day (SAMENSPEL_WORK_START / SAMENSPEL_WORK_END)."""

    @property
    def work_start(self) -> dt.time: ...

    @property
    def work_end(self) -> dt.time: ...


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(TIMEZONE)


def at(day: dt.date, time: dt.time) -> dt.datetime:
    # Wall-clock time in Amsterdam: 08:30 stays 08:30 across the DST change.
    return dt.datetime.combine(day, time, tzinfo=TIMEZONE)


def within_working_hours(moment: dt.datetime, config: WorkingHours) -> bool:
    now = local(moment)
    return is_working_day(now.date()) and config.work_start <= now.time() < config.work_end


def next_working_moment(moment: dt.datetime, config: WorkingHours) -> dt.datetime:
    """`moment` itself when within working hours, else the start of the next working morning."""
    now = local(moment)
    if within_working_hours(now, config):
        return now
    day = now.date()
    if is_working_day(day) and now.time() < config.work_start:
        return at(day, config.work_start)
    return at(add_working_days(day, 1), config.work_start)


def may_send(now: dt.datetime, due_from: dt.datetime, due_until: dt.datetime, config: WorkingHours) -> bool:
    """Whether a message that is due from `due_from` until `due_until` goes out at `now`.

    Only within working hours. A message whose moment falls outside them waits for the next opening; when its
    own window closes before that (a reminder set for 18:00 on its last day), it still gets that whole first
    working day, so it is deferred rather than lost.
    """
    if not within_working_hours(now, config):
        return False
    opens = next_working_moment(due_from, config)
    closes = due_until if opens < due_until else at(local(opens).date(), config.work_end)
    return opens <= now < closes


@lru_cache(maxsize=8192)
def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (0 when end <= start).

    Cached: a sweep asks it for the same few hundred due dates thousands of times (holidays are fixed per year).
    """
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count


def first_working_day_from(day: dt.date) -> dt.date:
    return day if is_working_day(day) else add_working_days(day, 1)


def week_start(moment: dt.datetime) -> dt.datetime:
    """Monday 00:00 (Amsterdam) of the week `moment` falls in: where a weekoverzicht's own week begins."""
    day = local(moment).date()
    return at(day - dt.timedelta(days=day.weekday()), dt.time(0))


def week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
