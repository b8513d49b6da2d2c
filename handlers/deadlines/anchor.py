"""Write 'dit jaar', 'volgende maand', 'dit kwartaal' as the year, month or quarter they are today.

After this step the period recognisers only ever see absolute periods ("eind december 2026").
"""
from __future__ import annotations

import datetime as dt
import re

from handlers.deadlines.periods import add_months
from handlers.deadlines.vocabulary import MONTH_NAMES, SEASON_RE

# The month in which each season begins, to tell whether "volgend voorjaar" is this year's or the next.
SEASON_START = {"voorjaar": 3, "lente": 3, "zomer": 6, "najaar": 9, "herfst": 9, "winter": 12}

NEXT = r"(?:volgende|komende)"
NEXT_ADJ = r"(?:volgend|volgende|komend|komende)"


def anchor(text: str, today: dt.date) -> str:
    """Write 'dit jaar', 'volgende maand' and the like as the year or month they are today."""
    next_month = add_months(today.replace(day=1), 1)
    month = f"{_month_name(today)} {today.year}"
    text = re.sub(r"\b(dit|deze) jaar\b", str(today.year), text)
    text = re.sub(rf"\b{NEXT_ADJ} jaar\b", str(today.year + 1), text)
    text = re.sub(r"\b(vorig|vorige) jaar\b", str(today.year - 1), text)
    text = re.sub(r"^(eind|einde|ultimo|begin|medio) jaar$", rf"\1 {today.year}", text)
    text = re.sub(rf"\b{NEXT_ADJ} (?P<s>{SEASON_RE})\b", lambda m: _next_season(m["s"], today), text)
    text = re.sub(rf"\b(deze|dit) (?P<s>{SEASON_RE})\b", lambda m: f"{m['s']} {today.year}", text)
    text = re.sub(r"\b(deze|dit) maand\b", month, text)
    text = re.sub(r"\b(deze|dit) kwartaal\b", _quarter(today), text)
    text = re.sub(rf"\b{NEXT_ADJ} kwartaal\b", _quarter(add_months(today.replace(day=1), 3)), text)
    text = re.sub(rf"\b{NEXT} maand\b", f"{_month_name(next_month)} {next_month.year}", text)
    return re.sub(r"^(eind|einde|ultimo|begin|medio|half|midden) maand$", rf"\1 {month}", text)


def _next_season(season: str, today: dt.date) -> str:
    """The first such season that has not yet begun: "volgend voorjaar" said in April is next year's."""
    start = SEASON_START[season]
    year = today.year if today.month < start else today.year + 1
    return f"{season} {year}"


def _quarter(d: dt.date) -> str:
    return f"q{(d.month - 1) // 3 + 1} {d.year}"


def _month_name(d: dt.date) -> str:
    return MONTH_NAMES[d.month - 1]
