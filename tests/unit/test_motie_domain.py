"""The motie's own rules: council numbers, which uitslagen are followed, the shared status rules."""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.followed import Status
from handlers.domain.motie import Motie, Uitslag, parse_nummer, parse_uitslag
from handlers.errors import UserError

NOW = dt.datetime(2026, 11, 23, 10, tzinfo=dt.timezone.utc)
PAST = Deadline("1 november 2026", DeadlineKind.DATE, dt.date(2026, 11, 1), Precision.DAY)


@pytest.mark.parametrize("written,expected", [("M2026-014", "M2026-014"), ("m2026-014", "M2026-014"),
                                              ("2026/M12", "2026/M12"), ("M-14", "M-14"), ("motie", None), ("", None)])
def test_numbers_are_the_councils_own(written: str, expected: str | None) -> None:
    assert parse_nummer(written) == expected


def test_only_adopted_or_taken_over_moties_are_followed() -> None:
    for uitslag in Uitslag:
        motie = Motie(None, "M1", "t", NOW, uitslag=uitslag, deadline=PAST)
        followed = uitslag in (Uitslag.AANGENOMEN, Uitslag.OVERGENOMEN)
        assert motie.is_open is followed and motie.is_overdue(dt.date(2026, 11, 23)) is followed
    assert parse_uitslag(" Aangenomen ") is Uitslag.AANGENOMEN and parse_uitslag("afgewezen") is Uitslag.VERWORPEN


def test_niet_uitgevoerd_needs_a_reason_and_names_the_motie_command() -> None:
    motie = Motie(None, "M2026-014", "t", NOW)
    with pytest.raises(UserError) as refused:
        motie.change_status(Status.NIET_UITGEVOERD)
    assert refused.value.examples[0].startswith("motie niet-uitgevoerd M2026-014 omdat")
    motie.change_status(Status.NIET_UITGEVOERD, "geen budget")
    assert not motie.is_open and motie.as_followup().kind == "motie"
