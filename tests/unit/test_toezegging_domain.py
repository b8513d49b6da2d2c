"""The toezegging's rules, without storage: status transitions, reasons, derived overdue."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.clock import TIMEZONE
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.toezegging import Status, Toezegging, parse_nummer
from handlers.errors import UserError

Q2 = Deadline("Q2 2027", DeadlineKind.DATE, dt.date(2027, 6, 30), Precision.QUARTER)


def _new() -> Toezegging:
    return Toezegging(None, "T-2026-001", "Brief", Q2, dt.datetime(2026, 11, 23, tzinfo=TIMEZONE))


@pytest.mark.parametrize("text", ["T-2026-001", "t-2026-1", "2026-001", " T-2026-0001 "])
def test_number_spellings(text: str) -> None:
    assert parse_nummer(text) == "T-2026-001"


@pytest.mark.parametrize("text", ["M-2026-001", "T2026", "hallo", ""])
def test_not_a_number(text: str) -> None:
    assert parse_nummer(text) is None


def test_overdue_only_when_open_and_past_due() -> None:
    t = _new()
    assert not t.is_overdue(dt.date(2027, 6, 30))
    assert t.is_overdue(dt.date(2027, 7, 1))
    t.change_status(Status.AFGEDAAN)
    assert not t.is_overdue(dt.date(2027, 7, 1))


def test_continuous_is_never_overdue() -> None:
    t = _new()
    t.deadline = Deadline("doorlopend", DeadlineKind.CONTINUOUS)
    assert not t.is_overdue(dt.date(2040, 1, 1))


@pytest.mark.parametrize("status", [Status.VERVALLEN, Status.NIET_UITGEVOERD])
def test_closing_without_keeping_the_promise_needs_a_reason(status: Status) -> None:
    t = _new()
    with pytest.raises(UserError, match="reden"):
        t.change_status(status)
    t.change_status(status, "de raad trok de motie in")
    assert t.status is status and not t.is_open


def test_closed_can_only_be_reopened() -> None:
    t = _new()
    t.change_status(Status.AFGEDAAN)
    with pytest.raises(UserError, match="heropen"):
        t.change_status(Status.AFDOENING_VOORGESTELD)
    with pytest.raises(UserError, match="Een reden is verplicht"):
        t.change_status(Status.OPENSTAAND)
    t.change_status(Status.OPENSTAAND, "de raad wil meer weten")
    assert t.is_open


def test_moving_needs_reason_and_a_real_deadline() -> None:
    t = _new()
    q3 = Deadline("Q3 2027", DeadlineKind.DATE, dt.date(2027, 9, 30), Precision.QUARTER)
    with pytest.raises(UserError, match="reden"):
        t.move_deadline(q3, " ")
    with pytest.raises(UserError):
        t.move_deadline(Deadline("32 maart", DeadlineKind.ERROR, message="32 maart bestaat niet"), "uitloop")
    t.move_deadline(q3, "uitloop")
    assert t.deadline == q3
