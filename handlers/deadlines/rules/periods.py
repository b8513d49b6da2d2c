"""Periods ending on their last day: months, quarters, halves, years and seasons."""
from __future__ import annotations

import datetime as dt
import re

from handlers.deadlines.errors import NotUnderstood
from handlers.deadlines.model import Precision
from handlers.deadlines.periods import month_end, resolve
from handlers.deadlines.rules.base import LONG_YEAR, YEAR, Context, Hit, Rule, rule
from handlers.deadlines.vocabulary import MONTH_RE, MONTHS, ORDINAL_RE, ORDINALS, SEASON_END, SEASON_RE

RULES: list[Rule] = []

EARLY, MIDDLE, LATE = r"begin|aanvang|start", r"medio|half|midden|halverwege", r"eind|einde|ultimo"
PREFIX = rf"(?:(?P<pre>{EARLY}|{MIDDLE}|{LATE}) )?"
# "eind Q2" or "ultimo 2e helft" is the period's last day, which the period already is.
AT_END = rf"(?:(?:{LATE}) )?"
MONTH_DAY = {"begin": 10, "aanvang": 10, "start": 10, "medio": 15, "half": 15, "midden": 15, "halverwege": 15}
YEAR_MONTH = {"begin": 3, "aanvang": 3, "start": 3, "medio": 6, "half": 6, "midden": 6, "halverwege": 6}


def in_month(year: int, month: int, prefix: str | None) -> dt.date:
    day = MONTH_DAY.get(prefix or "")
    return dt.date(year, month, day) if day else month_end(year, month)


@rule(RULES, rf"{PREFIX}(?P<mon>{MONTH_RE})(?: {YEAR})?")
def month(found: re.Match[str], context: Context) -> Hit:
    number, prefix = MONTHS[found["mon"]], found["pre"]
    return Hit(resolve(found["y"], context.today, lambda y: in_month(y, number, prefix)), Precision.MONTH)


@rule(RULES, r"(?P<m>\d{1,2})[-/](?P<y>\d{4})")
def numeric_month(found: re.Match[str], context: Context) -> Hit:
    number = int(found["m"])
    if not 1 <= number <= 12:
        raise NotUnderstood(f"maand {number} bestaat niet")
    return Hit(month_end(int(found["y"]), number), Precision.MONTH)


def part_of_year(number: int, parts: int, year: str | None, today: dt.date) -> dt.date:
    names = {4: "kwartaal", 2: "helft"}
    if not 1 <= number <= parts:
        raise NotUnderstood(f"er is geen {names[parts]} {number}; een jaar heeft er {parts}")
    last_month = number * 12 // parts
    return resolve(year, today, lambda y: month_end(y, last_month))


@rule(RULES, rf"{AT_END}{LONG_YEAR}[ -]?[qk](?P<n>\d)")
@rule(RULES, rf"{AT_END}[qk](?P<n>\d)(?:[ -]?{YEAR})?")
def quarter(found: re.Match[str], context: Context) -> Hit:
    return Hit(part_of_year(int(found["n"]), 4, found["y"], context.today), Precision.QUARTER)


@rule(RULES, rf"{AT_END}(?:(?P<ord>{ORDINAL_RE}) kwartaal|kwartaal (?P<n>\d))(?: {LONG_YEAR})?")
def quarter_words(found: re.Match[str], context: Context) -> Hit:
    number = ORDINALS[found["ord"]] if found["ord"] else int(found["n"])
    return Hit(part_of_year(number, 4, found["y"], context.today), Precision.QUARTER)


@rule(RULES, rf"{AT_END}(?P<ord>{ORDINAL_RE}) (?:helft|halfjaar|half jaar)(?: {LONG_YEAR})?")
@rule(RULES, rf"{AT_END}h(?P<n>\d)(?:[ -]?{YEAR})?")
def half(found: re.Match[str], context: Context) -> Hit:
    number = ORDINALS[found["ord"]] if "ord" in found.re.groupindex else int(found["n"])
    return Hit(part_of_year(number, 2, found["y"], context.today), Precision.HALF)


@rule(RULES, rf"{PREFIX}{LONG_YEAR}")
def year(found: re.Match[str], context: Context) -> Hit:
    number = int(found["y"])
    if not 1900 <= number <= 2199:
        raise NotUnderstood(f"{number} is geen jaartal voor een termijn")
    return Hit(month_end(number, YEAR_MONTH.get(found["pre"] or "", 12)), Precision.YEAR)


@rule(RULES, rf"{AT_END}(?P<s>{SEASON_RE})(?: {YEAR})?")
def season(found: re.Match[str], context: Context) -> Hit:
    last_month, year_after = SEASON_END[found["s"]]
    due = resolve(found["y"], context.today, lambda y: month_end(y + year_after, last_month))
    return Hit(due, Precision.SEASON)
