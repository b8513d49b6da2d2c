"""A termijn counted from the day it was said ("over twee weken", "vrijdag", "binnen zes weken") kept as its date.

Stored as typed, "over twee weken" would mean another day every time someone reads it; in the list for the raad,
an export or the history it must say "uiterlijk 20 december 2026".
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from handlers.deadlines.calendar import Calendar
from handlers.deadlines.model import Deadline, DeadlineKind, Precision
from handlers.deadlines.normalise import basic
from handlers.deadlines.parser import parse_deadline
from handlers.deadlines.vocabulary import FULL_WEEKDAYS, MONTH_NAMES

# Words that make a phrase count from the day it is said; "maart" or "voor de zomer" name their period themselves.
_FROM_TODAY = frozenset({"over", "binnen", "komende", "komend", "volgende", "volgend", "deze", "dit", "vorige",
                         "vorig", "vandaag", "morgen", "overmorgen", "aanstaande", "as", "a.s.", *FULL_WEEKDAYS})


def written_out(day: dt.date) -> str:
    return f"uiterlijk {day.day} {MONTH_NAMES[day.month - 1]} {day.year}"


def counts_from_today(deadline: Deadline, today: dt.date, calendar: Calendar | None = None) -> bool:
    """True when the same words would mean another day if said a day or a week earlier."""
    if deadline.kind is not DeadlineKind.DATE or deadline.due is None or deadline.precision is Precision.MOMENT:
        return False
    if not _FROM_TODAY & set(basic(deadline.text).replace(",", " ").split()):
        return False
    for days in (1, 7, 31, 92, 366):
        earlier = today - dt.timedelta(days=days)
        if parse_deadline(deadline.text, earlier, calendar).due != deadline.due:
            return True
    return False


def anchored(deadline: Deadline, today: dt.date, calendar: Calendar | None = None) -> Deadline:
    """The deadline with its text written out as a date when it counts from today; otherwise unchanged."""
    if not counts_from_today(deadline, today, calendar):
        return deadline
    assert deadline.due is not None
    return replace(deadline, text=written_out(deadline.due), precision=Precision.DAY)
