"""Phrases counted from today: vandaag, weekdays, weeks, 'over N weken', 'N werkdagen'."""
from __future__ import annotations

import datetime as dt
import re

from handlers.deadlines.model import Precision
from handlers.deadlines.periods import add_months, friday_of_week, resolve
from handlers.deadlines.rules.base import Context, Hit, Rule, rule
from handlers.deadlines.vocabulary import FULL_WEEKDAY_RE, FULL_WEEKDAYS
from handlers.deadlines.workdays import add_working_days

RULES: list[Rule] = []

DAYS_FROM_TODAY = {"vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2}
NEXT = r"(?:volgende|komende)"


@rule(RULES, "|".join(DAYS_FROM_TODAY))
def named_day(found: re.Match[str], context: Context) -> Hit:
    return Hit(context.today + dt.timedelta(days=DAYS_FROM_TODAY[found[0]]), Precision.DAY)


@rule(RULES, rf"(?:komende )?(?P<wd>{FULL_WEEKDAY_RE})")
def weekday(found: re.Match[str], context: Context) -> Hit:
    # The next such day after today: "vrijdag" said on a Friday means a week later.
    ahead = (FULL_WEEKDAYS[found["wd"]] - context.today.weekday() - 1) % 7 + 1
    return Hit(context.today + dt.timedelta(days=ahead), Precision.DAY)


@rule(RULES, r"(?:einde? )?deze week|einde? week")
def this_week(found: re.Match[str], context: Context) -> Hit:
    # On a weekend this week's Friday has passed; today is then the last day that still counts.
    return Hit(max(friday_of_week(context.today), context.today), Precision.WEEK)


@rule(RULES, rf"(?:einde? )?{NEXT} week")
def next_week(found: re.Match[str], context: Context) -> Hit:
    return Hit(friday_of_week(context.today, 1), Precision.WEEK)


@rule(RULES, rf"{NEXT} week (?P<wd>{FULL_WEEKDAY_RE})|(?P<wd2>{FULL_WEEKDAY_RE}) {NEXT} week")
def weekday_next_week(found: re.Match[str], context: Context) -> Hit:
    monday = context.today + dt.timedelta(days=7 - context.today.weekday())
    day = FULL_WEEKDAYS[found["wd"] or found["wd2"]]
    return Hit(monday + dt.timedelta(days=day), Precision.DAY)


@rule(RULES, r"week (?P<n>\d{1,2})(?: (?P<y>\d{4}))?")
def week_number(found: re.Match[str], context: Context) -> Hit:
    number = int(found["n"])
    due = resolve(found["y"], context.today, lambda y: dt.date.fromisocalendar(y, number, 5))
    return Hit(due, Precision.WEEK)


@rule(
    RULES,
    r"(?:over|binnen|komende|na )?\s?(?P<n>\d{1,3}) "
    r"(?P<unit>dagen|dag|weken|week|maanden|maand|jaren|jaar|werkdagen|werkdag|uur)",
)
def counted(found: re.Match[str], context: Context) -> Hit:
    n, unit, today = int(found["n"]), found["unit"], context.today
    if unit.startswith("werkdag"):
        due = add_working_days(today, n)
    elif unit.startswith("maand"):
        due = add_months(today, n)
    elif unit.startswith("ja"):
        due = add_months(today, 12 * n)
    elif unit == "uur":
        due = today + dt.timedelta(days=n // 24)  # "binnen 48 uur": the day on which the hours run out
    else:
        due = today + dt.timedelta(days=n * (7 if unit.startswith("we") else 1))
    return Hit(due, Precision.DAY)
