"""The holidays the working-day logic skips are the ones docs/termijnen.md lists; the organisation's own days off count too."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import holidays
import pytest

from bot.app import build_app
from bot.settings import Settings, SettingsError, load_settings
from handlers.deadlines import add_working_days, is_working_day, parse_deadline
from handlers.deadlines.workdays import holidays_in, set_extra_days_off

README = Path(__file__).resolve().parents[3] / "docs" / "termijnen.md"


def _readme_holidays() -> set[str]:
    text = " ".join(README.read_text(encoding="utf-8").split())
    found = re.search(r"een test vergelijkt ze met deze lijst\): (.+?)\. Eigen vrije dagen", text)
    assert found, "docs/termijnen.md: the list of holidays"
    return {name.strip() for name in re.sub(r"\s*\([^)]*\)", "", found.group(1)).split(", ")}


def test_the_holidays_used_are_the_ones_the_readme_lists() -> None:
    years = range(2025, 2036)
    used = {name for year in years for name in holidays.country_holidays("NL", years=year, language="nl").values()}
    assert used == _readme_holidays()
    dates = {day for year in years for day in holidays_in(year)}
    named = {day for year in years for day in holidays.country_holidays("NL", years=year)}
    assert dates == named
    # Bevrijdingsdag only in lustrum years, as the README says; Goede vrijdag always.
    assert dt.date(2030, 5, 5) in dates and dt.date(2027, 5, 5) not in dates
    assert dt.date(2027, 3, 26) in dates


@pytest.fixture
def days_off() -> Iterator[None]:
    yield
    set_extra_days_off(frozenset())


def test_the_organisations_own_days_off_are_not_working_days(days_off: None, tmp_path: Path) -> None:
    bridge = dt.date(2027, 5, 7)  # the Friday after Hemelvaart
    assert is_working_day(bridge)
    app = build_app(Settings(DATABASE_URL=f"sqlite:///{tmp_path / 'x.db'}", SAMENSPEL_VRIJE_DAGEN="2027-05-07, 2027-05-05"))  # type: ignore[call-arg]
    app.close()
    assert not is_working_day(bridge) and not is_working_day(dt.date(2027, 5, 5))
    # Wednesday 5 May + 1 working day: Thursday is Hemelvaart, Friday the bridge day → Monday.
    assert add_working_days(dt.date(2027, 5, 4), 1) == dt.date(2027, 5, 10)
    assert parse_deadline("over 2 werkdagen", dt.date(2027, 5, 4)).due == dt.date(2027, 5, 11)


def test_a_day_off_that_is_not_a_date_is_named() -> None:
    with pytest.raises(SettingsError, match="'7 mei' is geen datum; gebruik JJJJ-MM-DD"):
        load_settings(SAMENSPEL_VRIJE_DAGEN="2027-05-07,7 mei")
