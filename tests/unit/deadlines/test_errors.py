"""Errors are results with a helpful Dutch message; nothing raises and nothing is guessed."""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.deadlines import Calendar, DeadlineKind, parse_deadline

TODAY = dt.date(2026, 11, 23)

IMPOSSIBLE = [
    "32 maart", "31-02-2027", "29-02-2027", "31 april", "0 maart", "13-2027", "Q5 2027", "q0",
    "H3 2027", "derde helft", "week 60", "9999", "00-00-0000",
]


@pytest.mark.parametrize("phrase", IMPOSSIBLE)
def test_impossible_dates_are_errors(phrase: str) -> None:
    result = parse_deadline(phrase, TODAY)
    assert result.kind is DeadlineKind.ERROR
    assert result.due is None and result.precision is None
    assert phrase in result.message


def test_message_names_the_words_not_understood_and_three_examples() -> None:
    result = parse_deadline("binnenkort misschien", TODAY)
    assert result.kind is DeadlineKind.ERROR
    assert "'binnenkort'" in result.message and "'misschien'" in result.message
    assert len(result.examples) == 3
    assert all(example in result.message for example in result.examples)


def test_the_examples_in_error_messages_work() -> None:
    for example in parse_deadline("blabla", TODAY).examples:
        assert parse_deadline(example, TODAY).kind is DeadlineKind.DATE


def test_status_words_are_not_deadlines() -> None:
    result = parse_deadline("afgedaan", TODAY)
    assert result.kind is DeadlineKind.ERROR and "status" in result.message


def test_missing_moment_names_the_calendar_file_and_key(calendar: Calendar) -> None:
    result = parse_deadline("bij de begroting 2030", TODAY, calendar)
    assert result.kind is DeadlineKind.ERROR
    assert "begroting 2030" in result.message and "calendar.yaml" in result.message


def test_moment_without_a_calendar_mentions_the_setting() -> None:
    result = parse_deadline("bij de voorjaarsnota", TODAY)
    assert result.kind is DeadlineKind.ERROR
    assert "SAMENSPEL_CALENDAR" in result.message and "voorjaarsnota" in result.message


def test_moment_not_yet_planned_is_an_error(calendar: Calendar) -> None:
    result = parse_deadline("bij de kadernota", TODAY, calendar)
    assert result.kind is DeadlineKind.ERROR and "kadernota" in result.message


@pytest.mark.parametrize("phrase", ["", "   ", "\x00", "😀", "9" * 500, "over " * 300, "'27", "1/2/3/4"])
def test_odd_input_gives_an_error_result(phrase: str) -> None:
    assert parse_deadline(phrase, TODAY).kind is DeadlineKind.ERROR


def test_extreme_today_does_not_raise() -> None:
    assert parse_deadline("over 999 jaar", dt.date(9999, 12, 1)).kind is DeadlineKind.ERROR
