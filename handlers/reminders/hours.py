"""Working hours: messages go out only on working days between the start and end of the day."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

from handlers.deadlines import add_working_days, is_working_day
from handlers.reminders.config import ReminderConfig

TIMEZONE = ZoneInfo("Europe/Amsterdam")


def local(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(TIMEZONE)


def at(day: dt.date, time: dt.time) -> dt.datetime:
    # Wall-clock time in Amsterdam: 08:30 stays 08:30 across the DST change.
    return dt.datetime.combine(day, time, tzinfo=TIMEZONE)


def within_working_hours(moment: dt.datetime, config: ReminderConfig) -> bool:
    now = local(moment)
    return is_working_day(now.date()) and config.work_start <= now.time() < config.work_end


def next_working_moment(moment: dt.datetime, config: ReminderConfig) -> dt.datetime:
    """`moment` itself when within working hours, else the start of the next working morning."""
    now = local(moment)
    if within_working_hours(now, config):
        return now
    day = now.date()
    if is_working_day(day) and now.time() < config.work_start:
        return at(day, config.work_start)
    return at(add_working_days(day, 1), config.work_start)


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


def week_label(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
