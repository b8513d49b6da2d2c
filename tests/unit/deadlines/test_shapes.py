"""Shapes beyond cases.tsv, with the expected values worked out from the README rules."""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.deadlines import Calendar, DeadlineKind, parse_deadline

MON = dt.date(2026, 11, 23)  # the Monday the labelled cases are written on
D = dt.date

SHAPES: list[tuple[dt.date, str, dt.date, str]] = [
    # month name + two digits is month and year; a day comes before its month
    (MON, "nov 23", D(2023, 11, 30), "month"),
    (MON, "in juli 23", D(2023, 7, 31), "month"),
    (MON, "23 nov", D(2026, 11, 23), "day"),
    (MON, "22 nov", D(2027, 11, 22), "day"),
    (MON, "7 december '27", D(2027, 12, 7), "day"),
    (MON, "ma 7 december", D(2026, 12, 7), "day"),
    (MON, "1-3-27", D(2027, 3, 1), "day"),
    (MON, "1.3.2027", D(2027, 3, 1), "day"),
    (MON, "29-02-2028", D(2028, 2, 29), "day"),
    (MON, "29 februari", D(2028, 2, 29), "day"),
    (MON, "1 maart a.s.", D(2027, 3, 1), "day"),
    # alternatives mean the later one
    (MON, "Q3 of Q4 2022", D(2022, 12, 31), "quarter"),
    (MON, "juni/juli 24", D(2024, 7, 31), "month"),
    (MON, "februari / maart", D(2027, 3, 31), "month"),
    (MON, "q1/q2", D(2027, 6, 30), "quarter"),
    (MON, "1 of 2 maart", D(2027, 3, 2), "day"),
    # meetings and filler words
    (MON, "in de raad van 12 maart", D(2027, 3, 12), "day"),
    (MON, "in de commissievergadering van december", D(2026, 12, 31), "month"),
    (MON, "nieuwe deadline: Q2 2027", D(2027, 6, 30), "quarter"),
    (MON, "uiterlijk eind maart", D(2027, 3, 31), "month"),
    (MON, "tot en met 1 maart", D(2027, 3, 1), "day"),
    (MON, "t/m vrijdag", D(2026, 11, 27), "day"),
    (MON, "15 december 2026 17:00", D(2026, 12, 15), "day"),
    (MON, "1-3-2027 om 12.00 uur", D(2027, 3, 1), "day"),
    (MON, "15.12", D(2026, 12, 15), "day"),
    (MON, "binnen 48 uur", D(2026, 11, 25), "day"),
    # months, quarters, halves, years
    (MON, "juli", D(2027, 7, 31), "month"),
    (MON, "medio juli 2028", D(2028, 7, 15), "month"),
    (MON, "begin december", D(2026, 12, 10), "month"),
    (MON, "begin november", D(2027, 11, 10), "month"),  # 10 November 2026 has passed
    (MON, "ultimo februari 2027", D(2027, 2, 28), "month"),
    (MON, "12-2027", D(2027, 12, 31), "month"),
    (D(2026, 12, 15), "eind volgende maand", D(2027, 1, 31), "month"),
    (MON, "Q4 2026", D(2026, 12, 31), "quarter"),
    (MON, "q2 28", D(2028, 6, 30), "quarter"),
    (MON, "2027-Q3", D(2027, 9, 30), "quarter"),
    (MON, "derde kwartaal", D(2027, 9, 30), "quarter"),
    (MON, "vierde kwartaal 2030", D(2030, 12, 31), "quarter"),
    (MON, "eind 2e kwartaal 2027", D(2027, 6, 30), "quarter"),
    (MON, "Q1 volgend jaar", D(2027, 3, 31), "quarter"),
    (MON, "H1 2028", D(2028, 6, 30), "half"),
    (MON, "2e halfjaar", D(2026, 12, 31), "half"),
    (MON, "begin 2027", D(2027, 3, 31), "year"),
    (MON, "medio volgend jaar", D(2027, 6, 30), "year"),
    (D(2026, 12, 31), "volgend jaar", D(2027, 12, 31), "year"),
    # seasons and moments
    (MON, "winter", D(2027, 2, 28), "season"),
    (D(2027, 1, 15), "winter", D(2027, 2, 28), "season"),
    (D(2027, 9, 1), "zomer", D(2028, 8, 31), "season"),
    (MON, "lente 2028", D(2028, 5, 31), "season"),
    (MON, "na het zomerreces van 2009", D(2009, 9, 30), "season"),
    (MON, "tot na de zomer", D(2027, 9, 30), "season"),
    (MON, "voor de zomer 2022", D(2022, 6, 30), "moment"),
    (MON, "voor de kerst 2027", D(2027, 12, 24), "day"),
    (D(2026, 12, 25), "voor de kerst", D(2027, 12, 24), "day"),
    (MON, "bij de jaarrekening 2026", D(2027, 6, 24), "moment"),
    (MON, "bij de begroting", D(2027, 11, 11), "moment"),
    (MON, "bij de begroting 2027", D(2026, 11, 12), "moment"),
    # relative to today
    (MON, "dinsdag volgende week", D(2026, 12, 1), "day"),
    (MON, "woensdag a.s.", D(2026, 11, 25), "day"),
    (MON, "komende maandag", D(2026, 11, 30), "day"),
    (MON, "dit kwartaal", D(2026, 12, 31), "quarter"),
    (D(2026, 12, 1), "volgend kwartaal", D(2027, 3, 31), "quarter"),
    (D(2026, 11, 27), "vrijdag", D(2026, 12, 4), "day"),
    (D(2026, 11, 28), "deze week", D(2026, 11, 28), "week"),  # Friday has passed: today still counts
    (D(2026, 11, 29), "volgende week", D(2026, 12, 4), "week"),
    (MON, "week 48", D(2026, 11, 27), "week"),
    (MON, "over drie weken", D(2026, 12, 14), "day"),
    (MON, "over twaalf dagen", D(2026, 12, 5), "day"),
    (MON, "de komende 3 weken", D(2026, 12, 14), "day"),
    (D(2027, 1, 31), "over een maand", D(2027, 2, 28), "day"),
    (MON, "over een jaar", D(2027, 11, 23), "day"),
    (D(2026, 12, 18), "binnen 10 werkdagen", D(2027, 1, 5), "day"),  # Kerst and Nieuwjaar skipped
    (D(2027, 4, 23), "over 3 werkdagen", D(2027, 4, 29), "day"),  # Koningsdag (di 27 april) skipped
    # plain dateparser still serves shapes the Dutch layer leaves alone
    (MON, "next friday", D(2026, 11, 27), "day"),
    (MON, "tomorrow", D(2026, 11, 24), "day"),
]


@pytest.mark.parametrize(("today", "phrase", "due", "precision"), SHAPES, ids=[s[1] for s in SHAPES])
def test_shape(today: dt.date, phrase: str, due: dt.date, precision: str, calendar: Calendar) -> None:
    result = parse_deadline(phrase, today, calendar)
    assert (result.kind, result.due, result.precision) == (DeadlineKind.DATE, due, precision), result.message


def test_before_the_summer_without_a_recess_in_the_calendar_is_30_june() -> None:
    result = parse_deadline("voor de zomer", MON)
    assert (result.due, result.precision) == (D(2027, 6, 30), "moment")


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("structureel", DeadlineKind.CONTINUOUS),
        ("per direct", DeadlineKind.ASAP),
        ("op zo kort mogelijke termijn", DeadlineKind.ASAP),
        ("per ommegaande", DeadlineKind.ASAP),
        ("tot nader order", DeadlineKind.UNKNOWN),
        ("einddatum onbekend", DeadlineKind.UNKNOWN),
        ("N.T.B.", DeadlineKind.UNKNOWN),
    ],
)
def test_fixed_phrases(phrase: str, kind: DeadlineKind) -> None:
    assert parse_deadline(phrase, MON).kind is kind


def test_asap_period_comes_from_the_calendar() -> None:
    result = parse_deadline("zsm", MON, Calendar.empty(asap_days=5))
    assert result.due == D(2026, 11, 28)
