"""The reminder policy on working days, holidays, DST and working hours (pure, no database)."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import TIMEZONE
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.followup import FollowUp
from handlers.reminders.config import ReminderConfig, parse_per_kind
from handlers.reminders.hours import next_working_moment, within_working_hours
from handlers.reminders.policy import digest_day, due_occurrence, needs_escalation, too_old

CONFIG = ReminderConfig()


def item(due: dt.date | None, kind: DeadlineKind = DeadlineKind.DATE, soort: str = "toezegging") -> FollowUp:
    deadline = Deadline("termijn", kind, due, Precision.DAY if due else None)
    return FollowUp(soort, "T-2026-001", "Brief", deadline, "openstaand", 8, 2, False)


def rule(due: dt.date | None, today: dt.date, kind: DeadlineKind = DeadlineKind.DATE, config: ReminderConfig = CONFIG) -> str | None:
    found = due_occurrence(item(due, kind), today, config)
    return found.label if found else None


D = dt.date


def test_ten_and_two_working_days_before_then_on_the_day_then_weekly() -> None:
    due = D(2026, 12, 11)  # Friday
    assert rule(due, D(2026, 11, 26)) is None
    assert rule(due, D(2026, 11, 27)) == "voor-10:2026-11-27"
    assert rule(due, D(2026, 12, 8)) == "voor-10:2026-11-27"  # the same key: sent once
    assert rule(due, D(2026, 12, 9)) == "voor-2:2026-12-09"
    assert rule(due, D(2026, 12, 11)) == "vervaldag:2026-12-11"
    assert rule(due, D(2026, 12, 17)) == "vervaldag:2026-12-11"
    assert rule(due, D(2026, 12, 18)) == "verlopen-1:2026-12-18"


def test_weekly_overdue_skips_kerstdag_to_the_next_working_day() -> None:
    # Friday 25 December 2026 is Eerste Kerstdag: the second weekly reminder waits until Monday the 28th.
    due = D(2026, 12, 11)
    assert rule(due, D(2026, 12, 25)) == "verlopen-1:2026-12-18"
    assert rule(due, D(2026, 12, 28)) == "verlopen-2:2026-12-28"


def test_tweede_kerstdag_due_date_is_announced_on_the_last_working_day_before() -> None:
    due = D(2028, 12, 26)  # Tuesday, Tweede Kerstdag; Monday the 25th is Kerstdag too
    assert rule(due, D(2028, 12, 21)) == "voor-2:2028-12-21"
    assert rule(due, D(2028, 12, 22)) == "vervaldag:2028-12-22"


def test_koningsdag_is_not_a_working_day() -> None:
    due = D(2027, 4, 29)  # Thursday; Tuesday 27 April 2027 is Koningsdag
    assert rule(due, D(2027, 4, 26)) == "voor-2:2027-04-26"
    assert rule(due, D(2027, 4, 27)) == "voor-2:2027-04-26"


def test_after_downtime_only_the_latest_reminder_is_due() -> None:
    assert rule(D(2026, 12, 11), D(2026, 12, 10)) == "voor-2:2026-12-09"


def test_asap_is_reminded_weekly_from_the_first_working_day_of_the_week() -> None:
    assert rule(None, D(2026, 11, 23), DeadlineKind.ASAP) == "asap-2026-W48:2026-11-23"
    assert rule(None, D(2026, 11, 27), DeadlineKind.ASAP) == "asap-2026-W48:2026-11-23"
    assert rule(None, D(2026, 11, 30), DeadlineKind.ASAP) == "asap-2026-W49:2026-11-30"
    # Paasmaandag 29 March 2027: that week's asap reminder is on Tuesday.
    assert rule(None, D(2027, 3, 29), DeadlineKind.ASAP) is None
    assert rule(None, D(2027, 3, 30), DeadlineKind.ASAP) == "asap-2027-W13:2027-03-30"


@pytest.mark.parametrize("kind", [DeadlineKind.CONTINUOUS, DeadlineKind.UNKNOWN])
def test_continuous_and_unknown_appear_only_in_digests(kind: DeadlineKind) -> None:
    assert rule(None, D(2026, 11, 23), kind) is None


def test_days_before_per_kind() -> None:
    config = ReminderConfig(days_before_per_kind=parse_per_kind("motie=5"))
    found = due_occurrence(item(D(2026, 12, 11), soort="motie"), D(2026, 12, 4), config)
    assert found is not None and found.label == "voor-5:2026-12-04"
    assert config.before("") == (10, 5, 2)


def test_reminders_older_than_the_horizon_are_folded() -> None:
    found = due_occurrence(item(D(2026, 12, 11)), D(2026, 12, 2), CONFIG)  # voor-10 was on 27 November
    assert found is not None and not too_old(found, D(2026, 12, 2), CONFIG)
    assert too_old(found, D(2026, 12, 2), ReminderConfig(catch_up_working_days=2))


def test_escalation_after_more_than_n_working_days_overdue() -> None:
    due = D(2026, 11, 6)  # Friday; 10 working days later is Friday 20 November
    assert not needs_escalation(item(due), D(2026, 11, 20), CONFIG)
    assert needs_escalation(item(due), D(2026, 11, 23), CONFIG)
    assert not needs_escalation(item(None, DeadlineKind.CONTINUOUS), D(2026, 11, 23), CONFIG)


def test_digest_moves_from_a_holiday_monday_to_tuesday() -> None:
    assert digest_day(D(2026, 11, 25), CONFIG) == D(2026, 11, 23)
    assert digest_day(D(2027, 3, 29), CONFIG) == D(2027, 3, 30)  # Paasmaandag


def at(y: int, m: int, d: int, hh: int, mm: int) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=TIMEZONE)


def test_working_hours_wait_for_the_next_working_morning() -> None:
    assert next_working_moment(at(2026, 11, 23, 7, 0), CONFIG) == at(2026, 11, 23, 8, 30)
    assert next_working_moment(at(2026, 11, 23, 10, 0), CONFIG) == at(2026, 11, 23, 10, 0)
    assert next_working_moment(at(2026, 11, 23, 17, 30), CONFIG) == at(2026, 11, 24, 8, 30)
    assert next_working_moment(at(2026, 11, 27, 18, 0), CONFIG) == at(2026, 11, 30, 8, 30)
    assert next_working_moment(at(2027, 4, 26, 20, 0), CONFIG) == at(2027, 4, 28, 8, 30)  # over Koningsdag
    assert not within_working_hours(at(2026, 11, 28, 10, 0), CONFIG)  # Saturday


def test_working_hours_follow_the_wall_clock_across_dst_changes() -> None:
    # Summer time starts Sunday 28 March 2027 and Monday is Paasmaandag: Friday evening waits until
    # Tuesday 08:30, which is 06:30 UTC (Friday's 08:30 was 07:30 UTC).
    tuesday = next_working_moment(at(2027, 3, 26, 18, 0), CONFIG)
    assert tuesday.astimezone(dt.timezone.utc) == dt.datetime(2027, 3, 30, 6, 30, tzinfo=dt.timezone.utc)
    assert at(2027, 3, 26, 8, 30).astimezone(dt.timezone.utc).hour == 7
    # Winter time starts Sunday 25 October 2026: 08:29 CET is still outside, 08:30 inside.
    assert not within_working_hours(dt.datetime(2026, 10, 26, 7, 29, tzinfo=dt.timezone.utc), CONFIG)
    assert within_working_hours(dt.datetime(2026, 10, 26, 7, 30, tzinfo=dt.timezone.utc), CONFIG)
    # A weekly overdue reminder across the change keeps its working day.
    assert rule(D(2027, 3, 22), D(2027, 3, 29)) == "vervaldag:2027-03-22"
    assert rule(D(2027, 3, 22), D(2027, 3, 30)) == "verlopen-1:2027-03-30"
