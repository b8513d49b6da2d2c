"""Day dates: 1-3-2027, 1/3/27, 1.3.2027, 2027-03-01, 1 maart (2027), 7 dec."""
from __future__ import annotations

import datetime as dt
import re

from handlers.deadlines.errors import NotUnderstood
from handlers.deadlines.model import Precision
from handlers.deadlines.periods import resolve
from handlers.deadlines.rules.base import YEAR, Context, Hit, Rule, rule
from handlers.deadlines.vocabulary import MONTH_NAMES, MONTH_RE, MONTHS

RULES: list[Rule] = []


def day_date(day: int, month: int, year: str | None, today: dt.date) -> Hit:
    if not 1 <= month <= 12:
        raise NotUnderstood(f"maand {month} bestaat niet")
    try:
        dt.date(2000, month, day)  # a leap year: only dates that never exist fail here
    except ValueError as exc:
        raise NotUnderstood(f"{day} {MONTH_NAMES[month - 1]} bestaat niet") from exc
    return Hit(resolve(year, today, lambda y: dt.date(y, month, day)), Precision.DAY)


@rule(RULES, r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})")
def iso(found: re.Match[str], context: Context) -> Hit:
    return day_date(int(found["d"]), int(found["m"]), found["y"], context.today)


@rule(RULES, r"(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}|\d{2}))?")
def numeric(found: re.Match[str], context: Context) -> Hit:
    return day_date(int(found["d"]), int(found["m"]), found["y"], context.today)


@rule(RULES, rf"(?P<d>\d{{1,2}})(?:e|ste|de)? (?P<mon>{MONTH_RE})(?: {YEAR})?")
def named_month(found: re.Match[str], context: Context) -> Hit:
    return day_date(int(found["d"]), MONTHS[found["mon"]], found["y"], context.today)
