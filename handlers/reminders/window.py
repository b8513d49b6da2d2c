"""Which due dates got a new reminder or escalation between two days: what a sweep has to read.

Every date-driven rule (10 and 2 working days before, the due day, weekly when overdue, the weekly
escalation) depends only on the due date and the day of the sweep. So the planner compares, per
due date, what is due on the last planned day with what is due today, and reads only the items
whose due date changed answer: a second sweep on the same day reads none.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterator, Sequence

from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.followup import FollowUp
from handlers.reminders.config import ReminderConfig
from handlers.reminders.hours import week_label
from handlers.reminders.policy import due_occurrence, needs_escalation

KINDS = ("toezegging", "motie", "lobby")


def _probes(due: dt.date, config: ReminderConfig) -> list[FollowUp]:
    """One item per distinct 'days before' setting: kinds with the same setting behave the same."""
    by_setting = {config.before(kind): kind for kind in (*KINDS, *config.days_before_per_kind)}
    deadline = Deadline(due.isoformat(), DeadlineKind.DATE, due, Precision.DAY)
    return [FollowUp(kind, "", "", deadline, "", 1, None, False) for kind in by_setting.values()]


def _answer(probes: list[FollowUp], day: dt.date, config: ReminderConfig) -> Hashable:
    occurrences = tuple(getattr(due_occurrence(p, day, config), "label", None) for p in probes)
    escalated = week_label(day) if needs_escalation(probes[0], day, config) else None
    return occurrences, escalated


def changed_ranges(
    since: dt.date, today: dt.date, first: dt.date, last: dt.date, config: ReminderConfig
) -> list[tuple[dt.date, dt.date]]:
    """(first, last) ranges of due dates in [first, last] whose reminders or escalation differ."""
    ranges: list[tuple[dt.date, dt.date]] = []
    due = first
    while due <= last:
        probes = _probes(due, config)
        if _answer(probes, since, config) != _answer(probes, today, config):
            if ranges and ranges[-1][1] == due - dt.timedelta(days=1):
                ranges[-1] = (ranges[-1][0], due)
            else:
                ranges.append((due, due))
        due += dt.timedelta(days=1)
    return ranges


def spans(
    ranges: Sequence[tuple[dt.date, dt.date]], span: dt.timedelta
) -> Iterator[list[tuple[dt.date, dt.date]]]:
    """The ranges in groups covering at most `span` of due dates each: one bounded batch of items per group."""
    group: list[tuple[dt.date, dt.date]] = []
    days = 0
    for first, last in ranges:
        while first <= last:
            end = min(last, first + dt.timedelta(days=span.days - days - 1))
            group.append((first, end))
            days += (end - first).days + 1
            first = end + dt.timedelta(days=1)
            if days >= span.days:
                yield group
                group, days = [], 0
    if group:
        yield group
