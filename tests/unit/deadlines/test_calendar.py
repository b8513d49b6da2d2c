from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from handlers.deadlines import Calendar, CalendarError, load_calendar
from tests.unit.deadlines.data_files import data_file


def test_loads_moments_and_source() -> None:
    calendar = load_calendar(data_file("calendar.yaml"))
    assert calendar.moments["begroting 2028"] == dt.date(2027, 11, 11)
    assert calendar.source == data_file("calendar.yaml")
    assert calendar.asap_days == 14


def test_asap_days_is_configurable() -> None:
    assert load_calendar(data_file("calendar.yaml"), asap_days=7).asap_days == 7
    assert Calendar.empty(asap_days=3).asap_days == 3
    assert Calendar.empty().moments == {}


def test_calendar_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        Calendar.empty().asap_days = 1  # type: ignore[misc]


def test_keys_are_normalised_and_quoted_dates_accepted(tmp_path: Path) -> None:
    path = tmp_path / "kalender.yaml"
    path.write_text('momenten:\n  "Kadernota   2028": "2027-06-01"\n', encoding="utf-8")
    assert load_calendar(path).moments == {"kadernota 2028": dt.date(2027, 6, 1)}


@pytest.mark.parametrize(
    "content",
    ["momenten: [1, 2]\n", "andere: {}\n", "momenten:\n  begroting 2028: volgend jaar\n", "momenten: {a: [\n"],
)
def test_unusable_calendar_names_the_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CalendarError, match="kapot.yaml"):
        load_calendar(path)


def test_missing_file_is_a_calendar_error(tmp_path: Path) -> None:
    with pytest.raises(CalendarError, match="bestaat-niet.yaml"):
        load_calendar(tmp_path / "bestaat-niet.yaml")
