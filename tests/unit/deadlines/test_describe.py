from __future__ import annotations

import datetime as dt

from handlers.deadlines import Calendar, describe, parse_deadline

TODAY = dt.date(2026, 11, 23)


def test_date_shows_phrase_and_dutch_date(calendar: Calendar) -> None:
    assert describe(parse_deadline("voor de zomer", TODAY, calendar)) == "voor de zomer → vr 9 juli 2027"  # 9 July 2027 is a Friday


def test_every_weekday_abbreviation() -> None:
    days = [describe(parse_deadline(f"{d} december 2026", TODAY)).split("→ ")[1][:2] for d in range(7, 14)]
    assert days == ["ma", "di", "wo", "do", "vr", "za", "zo"]


def test_other_kinds() -> None:
    assert describe(parse_deadline("doorlopend", TODAY)) == "doorlopend"
    assert describe(parse_deadline("p.m.", TODAY)) == "onbekend (P.M.)"
    assert describe(parse_deadline("z.s.m.", TODAY)) == "z.s.m. → ma 7 december 2026"
    assert describe(parse_deadline("32 maart", TODAY)).startswith("ongeldige termijn: ")
