"""What a proposal carries into its command: a fixed termijn, a title cut between words, and the verslag's day."""
from __future__ import annotations

import datetime as dt

import pytest

from handlers.commands.lists import cut
from handlers.commands.luisteren.termijn import vaste_termijn
from handlers.commands.luisteren.verslag import vergaderdatum, vergadering_uit
from handlers.deadlines import parse_deadline
from handlers.deadlines.finder import find_termijnen
from handlers.forms import as_typed, missing
from handlers.invoer import tidy_lines
from handlers.messages import Form, FormField

GEZEGD = dt.date(2026, 12, 2)


@pytest.mark.parametrize(("sentence", "fixed"), [
    ("zegt toe binnen zes weken te antwoorden", "13 januari 2027"),  # counts from the meeting, as a date
    ("zegt toe binnen drie maanden terug te komen", "2 maart 2027"),
    ("zegt toe over drie weken te antwoorden", "23 december 2026"),
    ("zegt toe voor de zomer een brief te sturen", "voor de zomer 2027"),  # the wording stays, with its year
    ("zegt toe eind maart een brief te sturen", "eind maart 2027"),
    ("zegt toe in Q2 terug te komen", "in Q2 2027"),
    ("zegt toe uiterlijk 1 februari 2027 te antwoorden", "uiterlijk 1 februari 2027"),  # fixed already
    ("zegt toe in het eerste kwartaal van 2027 een statenbrief te sturen", "in het eerste kwartaal van 2027"),
])
def test_a_termijn_is_fixed_to_the_day_it_was_said(sentence: str, fixed: str) -> None:
    [found] = [t for t in find_termijnen(sentence, GEZEGD) if t.proposal]
    assert vaste_termijn(found, GEZEGD) == fixed
    # Registered half a year later it still means the same day.
    later = parse_deadline(fixed, GEZEGD + dt.timedelta(days=180))
    assert later.due == found.deadline.due


def test_a_verslag_dates_itself_from_its_heading() -> None:
    text = "Besluitenlijst PO Mobiliteit 10 december 2026\n\n1. Opening\n"
    assert vergadering_uit(text) == "PO Mobiliteit 10 december 2026"
    assert vergaderdatum(text, GEZEGD) == dt.date(2026, 12, 10)
    assert vergaderdatum("Verslag van de commissie Ruimte d.d. 12-11-2026", GEZEGD) == dt.date(2026, 11, 12)
    assert vergaderdatum("Aantekeningen van het overleg", GEZEGD) is None


@pytest.mark.parametrize(("text", "limit", "expected"), [
    ("De Staten verzoeken het college binnen drie maanden met een voorstel te komen", 40,
     "De Staten verzoeken het college binnen…"),
    ("kort", 40, "kort"),
    ("a" * 60, 20, "a" * 19 + "…"),  # one word longer than the room: then it is split
])
def test_cut_ends_on_a_whole_word(text: str, limit: int, expected: str) -> None:
    assert cut(text, limit) == expected and len(cut(text, limit)) <= limit


def test_a_form_as_typed_leaves_out_what_is_empty_so_the_command_asks_for_it() -> None:
    form = Form("Nieuwe motie", (FormField("titel", "Titel", initial="Fietsparkeren"), FormField("nummer", "Motienummer"),
                                 FormField("deadline", "Deadline", required=False)),
                "motie nieuw titel: {titel}; nummer: {nummer}; deadline: {deadline}")
    assert as_typed(form) == "motie nieuw titel: Fietsparkeren"
    assert [f.name for f in missing(form)] == ["nummer"]
    sentence_like = Form("Stand", (FormField("tekst", "Stand"),), "toezegging stand T-2026-001 {tekst}")
    assert as_typed(sentence_like) == "toezegging stand T-2026-001 <tekst>"  # the console shows where to type


def test_tidy_lines_keeps_the_line_breaks_of_a_chat_message() -> None:
    assert tidy_lines("  verslag\n2.  Hoogwater \n\tGedeputeerde  Jansen zegt toe\n") == \
        "verslag\n2. Hoogwater\nGedeputeerde Jansen zegt toe"
