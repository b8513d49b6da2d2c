"""A Dutch rendering of a deadline for chat messages: 'voor de zomer → do 9 juli 2027'."""
from __future__ import annotations

import datetime as dt

from handlers.deadlines.model import Deadline, DeadlineKind
from handlers.deadlines.vocabulary import MONTH_NAMES, WEEKDAY_ABBREVIATIONS


def format_date(d: dt.date) -> str:
    return f"{WEEKDAY_ABBREVIATIONS[d.weekday()]} {d.day} {MONTH_NAMES[d.month - 1]} {d.year}"


def describe(deadline: Deadline) -> str:
    if deadline.kind is DeadlineKind.CONTINUOUS:
        return "doorlopend"
    if deadline.kind is DeadlineKind.UNKNOWN:
        return "onbekend (P.M.)"
    if deadline.kind is DeadlineKind.ERROR or deadline.due is None:
        return f"ongeldige termijn: {deadline.message}"
    label = "z.s.m." if deadline.kind is DeadlineKind.ASAP else " ".join(deadline.text.split())
    return f"{label} → {format_date(deadline.due)}"
