"""Termijnen inside real sentences: the common council phrases, past years kept, numeric dates, and what is no termijn.

The due dates follow docs/termijnen.md; the sentence is read on the day it was said.
"""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.deadlines import anchored, parse_deadline
from handlers.deadlines.calendar import Calendar
from handlers.deadlines.finder import find_termijnen, proposal

SAID = dt.date(2026, 12, 2)
CALENDAR = Calendar({"begroting 2028": dt.date(2027, 11, 11), "voorjaarsnota 2027": dt.date(2027, 7, 8)})


def _due(text: str, said: dt.date = SAID) -> dt.date | None:
    found = proposal(find_termijnen(text, said, CALENDAR))
    return found.deadline.due if found else None


@pytest.mark.parametrize(("text", "due"), [
    ("De wethouder informeert de raad na het kerstreces.", dt.date(2027, 1, 31)),
    ("De raad ontvangt volgend voorjaar een evaluatie.", dt.date(2027, 5, 31)),
    ("Over een half jaar komt er een evaluatie.", dt.date(2027, 6, 2)),
    ("In de loop van 2027 volgt een plan.", dt.date(2027, 12, 31)),
    ("In de eerste helft van 2027 komt er een nota.", dt.date(2027, 6, 30)),
    ("Begin 2027 wordt de raad geïnformeerd.", dt.date(2027, 3, 31)),
    ("Half maart komt de brief.", dt.date(2027, 3, 15)),
    ("Op korte termijn ontvangt u een brief.", dt.date(2026, 12, 16)),
    ("Voor de kerst krijgt de raad de notitie.", dt.date(2026, 12, 24)),
    ("Bij de begrotingsbehandeling komt er een voorstel.", dt.date(2027, 11, 11)),
    ("Nog dit kalenderjaar wordt de raad geïnformeerd.", dt.date(2026, 12, 31)),
    ("Het college levert tijdig vóór de raad van 9 juli 2027 een notitie aan.", dt.date(2027, 7, 9)),
    ("Deze notitie wordt donderdag 24 december nagezonden.", dt.date(2026, 12, 24)),
    ("De resultaten worden december 2027 aan de raad gepresenteerd.", dt.date(2027, 12, 31)),
    # an explicit year that has passed is kept: old lists are full of them
    ("De raad wordt in september 2019 geïnformeerd.", dt.date(2019, 9, 30)),
    ("Na de zomer 2020 komt er een brief.", dt.date(2020, 9, 30)),
    ("De raad wordt in het voorjaar van 2019 geïnformeerd.", dt.date(2019, 5, 31)),
    # numeric and abbreviated dates
    ("De brief komt uiterlijk 1.3.2027.", dt.date(2027, 3, 1)),
    ("De brief komt uiterlijk 01-03-27.", dt.date(2027, 3, 1)),
    ("Termijn: 15 mrt. 2027", dt.date(2027, 3, 15)),
    ("De brief volgt voor 1 sept. 2027.", dt.date(2027, 9, 1)),
    ("Deadline: 1 februari", dt.date(2027, 2, 1)),
    ("Het beleid wordt geëvalueerd, met een deadline van 31 maart 2027.", dt.date(2027, 3, 31)),
    # a range of months ends with the later one; a move names its new termijn with 'tot'
    ("De raad wordt in april / mei 2027 geïnformeerd.", dt.date(2027, 5, 31)),
    ("De evaluatie is naar verwachting in september/oktober gereed.", dt.date(2027, 10, 31)),
    ("Door een andere prioritering wordt dit uitgesteld tot december.", dt.date(2026, 12, 31)),
    # a date still to come after 'op', a planned meeting named by its month, moments before and in the P&C-cyclus
    ("Op 6 juli aanstaande ontvangt u van ons de zomernota.", dt.date(2027, 7, 6)),
    ("Het college komt in de vergadering van oktober 2027 terug met een plan van aanpak.", dt.date(2027, 10, 31)),
    ("Voornemen is voorafgaand aan de voorjaarsnota van 2027 over de bijeenkomst te rapporteren.", dt.date(2027, 7, 8)),
    ("De indicatoren worden opgenomen in de begrotingen van 2028 en 2029.", dt.date(2027, 11, 11)),
    # a season or a numbered quarter with its year opens a termijn on its own, as lists write it
    ("De brief volgt najaar 2027.", dt.date(2027, 11, 30)),
    ("Evaluatie: 1e kwartaal 2027.", dt.date(2027, 3, 31)),
    ("De notitie komt komend voorjaar.", dt.date(2027, 5, 31)),
    ("De brief volgt in april of mei.", dt.date(2027, 5, 31)),
    ("De brief volgt najaar '27.", dt.date(2027, 11, 30)),
    ("De brief volgt na de zomerperiode.", dt.date(2027, 9, 30)),
    ("De brief volgt in wk 3.", dt.date(2027, 1, 22)),
    ("De brief volgt vóór 2028.", dt.date(2027, 12, 31)),  # the accent says before the year, not for it
    # the article after a month begins what comes next: no "1 januari"
    ("De raad krijgt in januari 2027 een voorstel.", dt.date(2027, 1, 31)),
    ("In maart een brief aan de raad.", dt.date(2027, 3, 31)),
    # a number after it counts what follows: no day, no year
    ("In maart drie notities aan de raad.", dt.date(2027, 3, 31)),
    ("Eind maart 12 woningen opleveren.", dt.date(2027, 3, 31)),
    ("In mei 2027 20 nieuwe bomen planten.", dt.date(2027, 5, 31)),
    # school holidays, the new year and its first weeks, a shortened year after a dash
    ("De wethouder komt na de herfstvakantie met een brief.", dt.date(2027, 11, 30)),
    ("Voor de herfstvakantie ontvangt de raad de notitie.", dt.date(2027, 10, 15)),
    ("Na de voorjaarsvakantie van 2027 volgt de evaluatie.", dt.date(2027, 3, 31)),
    ("Na de meivakantie komt er een voorstel.", dt.date(2027, 5, 31)),
    ("Aan het begin van het nieuwe jaar komt het college terug.", dt.date(2027, 3, 31)),
    ("Het college doet in de eerste maanden van 2027 een voorstel.", dt.date(2027, 3, 31)),
    ("De raad ontvangt in de eerste week van januari de stukken.", dt.date(2027, 1, 10)),
    ("Termijn: 12-06-'27", dt.date(2027, 6, 12)),
    ("Nieuwe datum: 1 maart 2027", dt.date(2027, 3, 1)),
    ("Het college komt voor het jaareinde met een plan van aanpak.", dt.date(2026, 12, 31)),
    ("De raad wordt tijdig vóór het begrotingsdebat 2028 geïnformeerd.", dt.date(2027, 11, 11)),
    ("Het college komt met spoed met een plan.", dt.date(2026, 12, 16)),
    ("“De raad wordt voor het einde van 2027 geïnformeerd.”", dt.date(2027, 12, 31)),
    ("Het plan komt in de week van 12 januari.", dt.date(2027, 1, 12)),
    ("Het plan komt in de loop van het jaar.", dt.date(2026, 12, 31)),
])
def test_common_council_phrases_past_years_and_numeric_dates(text: str, due: dt.date) -> None:
    assert _due(text) == due


@pytest.mark.parametrize(("text", "due"), [
    ("Zo spoedig mogelijk, maar uiterlijk bij de voorjaarsnota 2027, komt er een plan.", dt.date(2027, 7, 8)),
    ("Het ontwerp is voor het zomerreces klaar, maar het besluit wordt pas in september genomen.", dt.date(2027, 6, 30)),
    ("Update 8/9/22: de raad wordt na het zomerreces geïnformeerd; planning Q3", dt.date(2027, 9, 30)),
    # a year written out is surer than a month without one, even when that month falls later
    ("Update jan 27: het advies wordt in november verwacht, besluitvorming in febr 27.", dt.date(2027, 2, 28)),
])
def test_the_surest_of_several_phrases_is_proposed(text: str, due: dt.date) -> None:
    assert _due(text) == due


@pytest.mark.parametrize("text", [
    "Het onderzoek geeft aanbevelingen voor 2018 en verder.",  # for that year, not before it
    "De eerstvolgende raadsvergadering is op dinsdag 2 november.",
    "Vanwege het verzoek wordt ook de besluitenlijst van 6 februari 2023 uitgebreid.",
    "Het zwembad blijft open tot de zomer.",
    "De subsidie loopt van 2021 tot 2024.",
    "In de vergadering van 12 maart 2027 is de motie besproken.",
    "De indicatoren staan in de begrotingen en de jaarstukken.",
    "Datum: 8 oktober 2026. De wethouder zegt toe de raad te informeren.",
    "Op 26 januari dit jaar heeft de raad de motie aangenomen.",
    "In de commissie Ruimte van woensdag 15 juni zegde de wethouder toe met een voorstel te komen.",
])
def test_meeting_dates_stamps_and_years_a_thing_is_for_are_no_termijn(text: str) -> None:
    assert _due(text) is None


def test_a_relative_termijn_counts_from_the_day_it_was_said() -> None:
    assert _due("De wethouder reageert binnen zes weken.", dt.date(2026, 12, 2)) == dt.date(2027, 1, 13)
    assert _due("De wethouder reageert binnen zes weken.", dt.date(2026, 11, 4)) == dt.date(2026, 12, 16)


@pytest.mark.parametrize(("typed", "kept"), [
    ("over twee weken", "uiterlijk 16 december 2026"),
    ("binnen zes weken", "uiterlijk 13 januari 2027"),
    ("vrijdag", "uiterlijk 4 december 2026"),
    ("volgend jaar", "uiterlijk 31 december 2027"),
    ("voor de zomer", "voor de zomer"),
    ("Q2 2027", "Q2 2027"),
    ("maart", "maart"),
])
def test_a_termijn_counted_from_today_is_kept_as_its_date(typed: str, kept: str) -> None:
    deadline = anchored(parse_deadline(typed, SAID), SAID)
    assert deadline.text == kept
    assert parse_deadline(deadline.text, SAID + dt.timedelta(days=30)).due == parse_deadline(typed, SAID).due
