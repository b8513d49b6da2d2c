"""Working days: weekends and Dutch public holidays are skipped (shared with reminders)."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays_in(year: int) -> frozenset[dt.date]:
    # One frozen set per year: the holidays object grows itself on lookup, which is not thread-safe.
    return frozenset(holidays.country_holidays("NL", years=year).keys())


def is_working_day(d: dt.date) -> bool:
    return d.weekday() < 5 and d not in _holidays_in(d.year)


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
