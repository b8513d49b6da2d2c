"""Working days: weekends, Dutch public holidays and the organisation's own days off are skipped.

Shared by deadlines, reminders and the agenda. The organisation's extra days (bridge days, 5 May in a
lustrum year; SAMENSPEL_VRIJE_DAGEN) are set once by the composition root, like the holiday set itself
they hold for the whole process.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays_in(year: int) -> frozenset[dt.date]:
    # One frozen set per year: the holidays object grows itself on lookup, which is not thread-safe.
    return frozenset(holidays.country_holidays("NL", years=year).keys())


_extra_days_off: frozenset[dt.date] = frozenset()


def set_extra_days_off(days: frozenset[dt.date]) -> None:
    global _extra_days_off
    _extra_days_off = frozenset(days)


def holidays_in(year: int) -> frozenset[dt.date]:
    """The public holidays the working-day logic uses (docs/termijnen.md lists them)."""
    return _holidays_in(year)


def is_working_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in _holidays_in(d.year) and d not in _extra_days_off


def add_working_days(d: dt.date, n: int) -> dt.date:
    """The n-th working day after d (before d for negative n); d itself for n == 0."""
    step = dt.timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    while remaining:
        d += step
        if is_working_day(d):
            remaining -= 1
    return d


def holiday_name(d: dt.date) -> str | None:
    """The Dutch name of the public holiday on d ('Eerste kerstdag'), or None on an ordinary day."""
    return holidays.country_holidays("NL", years=d.year, language="nl").get(d)
