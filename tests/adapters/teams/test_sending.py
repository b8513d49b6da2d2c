"""Backoff for Teams' rate limits: Retry-After when given, else exponential with full jitter, capped."""
from __future__ import annotations

from types import SimpleNamespace

from bot.teams.sending import RETRY_STATUSES, Backoff, retry_after, status_of


def test_retry_after_is_honoured_up_to_the_cap() -> None:
    backoff = Backoff(base_seconds=0.5, cap_seconds=16)
    assert backoff.delay(0, retry_after=3) == 3
    assert backoff.delay(0, retry_after=120) == 16


def test_without_retry_after_the_wait_grows_but_stays_jittered_and_capped() -> None:
    backoff = Backoff(base_seconds=0.5, cap_seconds=4)
    for attempt, ceiling in ((0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (8, 4.0)):
        waits = {backoff.delay(attempt, None) for _ in range(50)}
        assert all(0 <= w <= ceiling for w in waits) and len(waits) > 1


def test_the_status_and_retry_after_are_read_from_the_connector_error() -> None:
    error = Exception("throttled")
    error.response = SimpleNamespace(status_code=429, headers={"Retry-After": "2"})  # type: ignore[attr-defined]
    assert status_of(error) == 429 and retry_after(error) == 2.0
    assert status_of(ValueError()) is None and retry_after(ValueError()) is None
    assert RETRY_STATUSES == {412, 429, 502, 504}
