"""Which reminder an item is due for today: 10 and 2 working days before, on the day, weekly after.

Only the LATEST occurrence that has come is returned: after downtime an owner gets one reminder,
not one per missed day. Its delivery key names the item, the rule and the day, so a reminder is
sent once, and a moved deadline starts afresh with new keys.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlers.deadlines import DeadlineKind, add_working_days, is_working_day
from handlers.domain.followup import FollowUp
from handlers.reminders.config import ReminderConfig
from handlers.reminders.hours import first_working_day_from, week_label, working_days_between


@dataclass(frozen=True)
class Occurrence:
    rule: str  # "voor-10", "vervaldag", "verlopen-3", "asap-2026-W48"
    day: dt.date  # the working day on which it is due
    days_before: int = 0
    weeks_overdue: int = 0

    @property
    def label(self) -> str:
        return f"{self.rule}:{self.day.isoformat()}"


def occurrences_before(item: FollowUp, config: ReminderConfig) -> list[Occurrence]:
    due = item.deadline.due
    assert due is not None
    found = [Occurrence(f"voor-{n}", add_working_days(due, -n), days_before=n) for n in config.before(item.kind) if n > 0]
    if config.on_due_date:
        # A due date on a weekend or holiday is announced on the working day before it.
        found.append(Occurrence("vervaldag", due if is_working_day(due) else add_working_days(due, -1)))
    return found


def latest_overdue(due: dt.date, today: dt.date, config: ReminderConfig) -> Occurrence | None:
    weeks = (today - due).days // config.overdue_every_days
    while weeks >= 1:
        day = first_working_day_from(due + dt.timedelta(days=weeks * config.overdue_every_days))
        if day <= today:
            return Occurrence(f"verlopen-{weeks}", day, weeks_overdue=weeks)
        weeks -= 1
    return None


def due_occurrence(item: FollowUp, today: dt.date, config: ReminderConfig) -> Occurrence | None:
    """The reminder this item is due for on `today`, or None (continuous and unknown: digests only)."""
    kind = item.deadline.kind
    if kind is DeadlineKind.ASAP:
        monday = today - dt.timedelta(days=today.weekday())
        day = first_working_day_from(monday)
        return Occurrence(f"asap-{week_label(today)}", day) if day <= today else None
    if kind is not DeadlineKind.DATE or item.deadline.due is None:
        return None
    overdue = latest_overdue(item.deadline.due, today, config)
    if overdue is not None:
        return overdue
    passed = [o for o in occurrences_before(item, config) if o.day <= today]
    return max(passed, key=lambda o: o.day) if passed else None


def too_old(occurrence: Occurrence, today: dt.date, config: ReminderConfig) -> bool:
    """Beyond the catch-up horizon: fold it into the next digest rather than send it late."""
    return working_days_between(occurrence.day, today) > config.catch_up_working_days


def overdue_working_days(item: FollowUp, today: dt.date) -> int:
    due = item.deadline.due
    if item.deadline.kind is not DeadlineKind.DATE or due is None:
        return 0
    return working_days_between(due, today)


def needs_escalation(item: FollowUp, today: dt.date, config: ReminderConfig) -> bool:
    due = item.deadline.due
    if item.deadline.kind is not DeadlineKind.DATE or due is None or due >= today:
        return False
    # Far past the threshold whatever the holidays: no need to count working days one by one.
    if (today - due).days > 2 * config.escalate_after_working_days + 21:
        return True
    return overdue_working_days(item, today) > config.escalate_after_working_days


def digest_day(today: dt.date, config: ReminderConfig) -> dt.date:
    """This week's digest day; on a holiday (Paasmaandag, Pinkstermaandag) the next working day."""
    monday = today - dt.timedelta(days=today.weekday())
    return first_working_day_from(monday + dt.timedelta(days=config.digest_weekday))


def is_overdue(item: FollowUp, today: dt.date) -> bool:
    due = item.deadline.due
    return item.deadline.kind is DeadlineKind.DATE and due is not None and due < today
