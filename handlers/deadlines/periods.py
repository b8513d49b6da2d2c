"""Date arithmetic shared by the recognisers: period ends and 'the next one not yet ended'."""
from __future__ import annotations

import calendar as _stdcal
import datetime as dt
from collections.abc import Callable

from handlers.deadlines.errors import NotUnderstood


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _stdcal.monthrange(year, month)[1])


def add_months(d: dt.date, months: int) -> dt.date:
    """Same day n months on; the 31st becomes the month's last day when the month is shorter."""
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return min(dt.date(year, month + 1, 1) + dt.timedelta(days=d.day - 1), month_end(year, month + 1))


def friday_of_week(d: dt.date, weeks_ahead: int = 0) -> dt.date:
    return d + dt.timedelta(days=4 - d.weekday() + 7 * weeks_ahead)


def to_year(text: str) -> int:
    """'2027' is 2027; a two-digit year ('27', "'27") is 20YY."""
    digits = text.lstrip("'")
    return int(digits) + 2000 if len(digits) == 2 else int(digits)


def resolve(year: str | None, today: dt.date, build: Callable[[int], dt.date]) -> dt.date:
    """`build(year)` with the given year; without one, the first result on or after today.

    Starting one year back lets "winter" in January find the winter that began last December.
    """
    if year is not None:
        try:
            return build(to_year(year))
        except ValueError as exc:
            raise NotUnderstood("die datum bestaat niet") from exc
    for candidate in range(today.year - 1, today.year + 9):
        try:
            due = build(candidate)
        except ValueError:
            continue  # 29 februari in a year that is not a leap year
        if due >= today:
            return due
    raise NotUnderstood("die datum bestaat niet")
