from __future__ import annotations

import datetime as dt

import pytest

from handlers.deadlines import add_working_days, is_working_day

D = dt.date


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2026, 11, 23), True),  # Monday
        (D(2026, 11, 28), False),  # Saturday
        (D(2026, 11, 29), False),  # Sunday
        (D(2026, 12, 25), False),  # Eerste Kerstdag
        (D(2026, 12, 26), False),  # Tweede Kerstdag (a Saturday anyway)
        (D(2027, 1, 1), False),  # Nieuwjaarsdag
        (D(2027, 4, 27), False),  # Koningsdag
        (D(2025, 4, 26), False),  # Koningsdag moved to Saturday since 27 April 2025 was a Sunday
        (D(2027, 5, 6), False),  # Hemelvaartsdag
        (D(2027, 5, 17), False),  # Tweede Pinksterdag
    ],
)
def test_is_working_day(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


def test_zero_working_days_is_the_same_day() -> None:
    assert add_working_days(D(2026, 11, 28), 0) == D(2026, 11, 28)


def test_working_days_skip_weekend_and_christmas() -> None:
    assert add_working_days(D(2026, 12, 24), 1) == D(2026, 12, 28)


def test_negative_working_days_count_back() -> None:
    assert add_working_days(D(2026, 12, 28), -1) == D(2026, 12, 24)


def test_result_is_always_a_working_day() -> None:
    start = D(2026, 1, 1)
    for offset in range(0, 400, 7):
        assert is_working_day(add_working_days(start + dt.timedelta(days=offset), 3))
