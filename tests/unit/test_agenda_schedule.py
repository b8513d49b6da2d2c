"""The recurring schedule: PO on Monday, college on Tuesday, holidays moved to the next working day."""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.agenda.schedule import college_after
from handlers.domain.agenda import AgendaInstellingen, Soort, planned, stukken_deadline, weekdag

STANDAARD = AgendaInstellingen.standaard()


def test_default_schedule_is_po_monday_and_college_tuesday() -> None:
    week = planned(STANDAARD, dt.date(2026, 11, 30), dt.date(2026, 12, 6))
    assert [(v.soort, v.naam, v.datum, v.tijd) for v in week] == [
        (Soort.PO, "PO", dt.date(2026, 11, 30), dt.time(10, 0)),
        (Soort.COLLEGE, "GS", dt.date(2026, 12, 1), dt.time(10, 0)),
    ]
    assert week[0].stukken_deadline == dt.date(2026, 11, 23)  # five working days before


def test_easter_monday_moves_the_po_to_tuesday_and_keeps_its_key() -> None:
    week = planned(STANDAARD, dt.date(2027, 3, 29), dt.date(2027, 4, 4))
    po = next(v for v in week if v.soort is Soort.PO)
    assert po.datum == dt.date(2027, 3, 30)
    assert po.oorspronkelijke_datum == dt.date(2027, 3, 29)
    assert po.sleutel == "rooster:PO:2027-03-29"
    # Good Friday and Easter Monday are no working days for the stukken either.
    assert po.stukken_deadline == dt.date(2027, 3, 19)


def test_kings_day_moves_the_college_to_wednesday() -> None:
    college = next(v for v in planned(STANDAARD, dt.date(2027, 4, 26), dt.date(2027, 5, 2)) if v.soort is Soort.COLLEGE)
    assert college.datum == dt.date(2027, 4, 28)


def test_besluitpunten_go_to_the_college_of_the_following_week() -> None:
    meetings = planned(STANDAARD, dt.date(2026, 11, 30), dt.date(2026, 12, 13))
    po = meetings[0]
    college = college_after(po, meetings)
    assert college is not None and college.datum == dt.date(2026, 12, 8)


def test_weekdays_in_dutch_abbreviated_and_english() -> None:
    assert weekdag("maandag") == 0 and weekdag("di") == 1 and weekdag("Friday") == 4
    with pytest.raises(ValueError, match="maandag, dinsdag"):
        weekdag("maan")


def test_stukken_deadline_skips_christmas() -> None:
    assert stukken_deadline(dt.date(2026, 12, 28), 5) == dt.date(2026, 12, 18)
