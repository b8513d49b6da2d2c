"""Which due dates a daily sweep reads: exactly those whose reminder or escalation changed since the last day."""
from __future__ import annotations

import datetime as dt

from handlers.deadlines import add_working_days
from handlers.reminders.config import ReminderConfig
from handlers.reminders.window import changed_ranges, spans

MONDAY = dt.date(2026, 11, 23)
TUESDAY = dt.date(2026, 11, 24)
CONFIG = ReminderConfig()


def covers(ranges: list[tuple[dt.date, dt.date]], day: dt.date) -> bool:
    return any(first <= day <= last for first, last in ranges)


def test_a_second_sweep_on_the_same_day_reads_no_due_date() -> None:
    assert changed_ranges(TUESDAY, TUESDAY, dt.date(2024, 1, 1), dt.date(2027, 1, 31), CONFIG) == []


def test_the_next_day_reads_the_dates_that_reach_a_rule_and_no_others() -> None:
    ranges = changed_ranges(MONDAY, TUESDAY, dt.date(2024, 1, 1), dt.date(2027, 1, 31), CONFIG)
    assert covers(ranges, add_working_days(TUESDAY, 10))  # voor-10 today
    assert covers(ranges, add_working_days(TUESDAY, 2))  # voor-2 today
    assert covers(ranges, TUESDAY)  # due today
    assert covers(ranges, TUESDAY - dt.timedelta(days=7))  # one week overdue today
    assert not covers(ranges, TUESDAY + dt.timedelta(days=20))
    assert not covers(ranges, TUESDAY - dt.timedelta(days=9))
    # A few dates a day out of more than a thousand: the sweep reads a small share of what is open.
    assert sum((last - first).days + 1 for first, last in ranges) < 250


def test_a_new_week_re_escalates_every_item_past_the_threshold() -> None:
    ranges = changed_ranges(dt.date(2026, 11, 27), dt.date(2026, 11, 30), dt.date(2024, 1, 1), dt.date(2027, 1, 31), CONFIG)
    assert covers(ranges, dt.date(2024, 1, 1)) and covers(ranges, dt.date(2026, 10, 1))


def test_batches_cover_every_range_and_stay_bounded() -> None:
    ranges = [(dt.date(2025, 1, 1), dt.date(2025, 12, 31)), (dt.date(2026, 3, 1), dt.date(2026, 3, 1))]
    groups = list(spans(ranges, dt.timedelta(days=31)))
    assert all(sum((b - a).days + 1 for a, b in g) <= 31 for g in groups)
    days = {a + dt.timedelta(days=n) for g in groups for a, b in g for n in range((b - a).days + 1)}
    assert len(days) == 366 and dt.date(2026, 3, 1) in days
