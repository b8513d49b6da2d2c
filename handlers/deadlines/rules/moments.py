"""Moments: the summer recess, Christmas, and planning-and-control moments from the calendar."""
from __future__ import annotations

import datetime as dt
import re

from handlers.deadlines.calendar import Calendar
from handlers.deadlines.errors import NotUnderstood
from handlers.deadlines.model import Precision
from handlers.deadlines.periods import resolve
from handlers.deadlines.rules.base import LONG_YEAR, Context, Hit, Rule, rule
from handlers.deadlines.vocabulary import MOMENTS, ORDINAL_RE, ORDINALS

RULES: list[Rule] = []

ALIASES = {"burap": "bestuursrapportage", "bestuursrapportage": "burap", "kaderbrief": "kadernota"}


def before_summer(year: int, calendar: Calendar) -> dt.date:
    recess = calendar.moments.get(f"zomerreces {year}")
    return recess - dt.timedelta(days=1) if recess else dt.date(year, 6, 30)


@rule(RULES, rf"voorzomer(?: {LONG_YEAR})?")
def summer_before(found: re.Match[str], context: Context) -> Hit:
    due = resolve(found["y"], context.today, lambda y: before_summer(y, context.calendar))
    return Hit(due, Precision.MOMENT)


@rule(RULES, rf"na (?:zomer|zomervakantie|zomerreces)(?: {LONG_YEAR})?")
def summer_after(found: re.Match[str], context: Context) -> Hit:
    return Hit(resolve(found["y"], context.today, lambda y: dt.date(y, 9, 30)), Precision.SEASON)


@rule(RULES, rf"voorkerst(?: {LONG_YEAR})?")
def christmas(found: re.Match[str], context: Context) -> Hit:
    return Hit(resolve(found["y"], context.today, lambda y: dt.date(y, 12, 24)), Precision.DAY)


@rule(RULES, rf"nakerst(?: {LONG_YEAR})?")
def after_christmas(found: re.Match[str], context: Context) -> Hit:
    # The recess ends in the first week of January; "na het kerstreces" gives January to deliver.
    return Hit(resolve(found["y"], context.today, lambda y: dt.date(y + 1, 1, 31)), Precision.MONTH)


@rule(RULES, rf"(?:(?P<ord>{ORDINAL_RE}) )?(?P<name>[a-z][a-z ]*?)(?: {LONG_YEAR})?")
def planning_moment(found: re.Match[str], context: Context) -> Hit | None:
    name, calendar = found["name"], context.calendar
    if name not in MOMENTS and name not in calendar.names():
        return None
    names = [name] + ([ALIASES[name]] if name in ALIASES else [])
    if found["ord"]:
        # "de 1e bestuursrapportage 2019": the calendar may name each rapportage ("1e bestuursrapportage 2019");
        # where it only knows the moment, that moment's date is the one the organisation keeps.
        names = [f"{ORDINALS[found['ord']]}e {n}" for n in names] + names
    if found["y"]:
        due = _first(calendar, [f"{n} {found['y']}" for n in names])
        key = f"{name} {found['y']}"
    else:
        due = _next(calendar, names, context.today)
        key = name
    if due is None:
        raise NotUnderstood(calendar.missing(key))
    return Hit(due, Precision.MOMENT)


def _first(calendar: Calendar, keys: list[str]) -> dt.date | None:
    return next((calendar.moments[k] for k in keys if k in calendar.moments), None)


def _next(calendar: Calendar, names: list[str], today: dt.date) -> dt.date | None:
    """The first moment with one of these names on or after today."""
    dates = [d for key, d in calendar.moments.items() if key.rsplit(" ", 1)[0] in names and d >= today]
    return min(dates, default=None)
