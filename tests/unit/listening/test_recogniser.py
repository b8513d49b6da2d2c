"""The promise recogniser on short sentences written for the tests (zinnen.tsv), and the termijn finder in text.

The figures on real council language come from tests/data/listening/corpus.tsv (bench/recogniser.py and
tests/unit/listening/test_corpus.py); these invented sentences only pin down behaviour.
"""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from handlers.deadlines.finder import find_termijnen
from handlers.domain.people import Person
from handlers.listening.cues import Soort
from handlers.listening.recogniser import DOCUMENT_THRESHOLD, recognise, suggestion

TODAY = dt.date(2026, 11, 23)
LABELLED = list(csv.DictReader(
    (Path(__file__).parents[2] / "data" / "listening" / "zinnen.tsv").read_text(encoding="utf-8").splitlines(),
    delimiter="\t"))
PEOPLE = [Person(1, "Anna de Vries", "anna@x.nl"), Person(2, "Pieter van de Ven", "pieter@x.nl"),
          Person(3, "Hans Bakker", "hans@x.nl")]


DEVELOPMENT = [r for r in LABELLED if r["deel"] == "ontwikkel"]
HELD_OUT = [r for r in LABELLED if r["deel"] == "toets"]


def _label(sentence: str) -> str:
    found = [c for c in recognise(sentence, TODAY, PEOPLE) if c.confidence >= DOCUMENT_THRESHOLD]
    return found[0].soort.value if found else "geen"


@pytest.mark.parametrize("row", DEVELOPMENT, ids=[r["zin"][:40] for r in DEVELOPMENT])
def test_labelled_sentence(row: dict[str, str]) -> None:
    assert _label(row["zin"]) == row["soort"]


def test_sentences_written_after_the_rules_are_never_wrongly_proposed_and_mostly_found() -> None:
    """The held-out part was written after the rules and not tuned on: no false alarm, most promises found."""
    guesses = [(row["soort"], _label(row["zin"])) for row in HELD_OUT]
    assert [g for truth, g in guesses if truth == "geen" and g != "geen"] == []
    promises = [(truth, g) for truth, g in guesses if truth != "geen"]
    assert sum(truth == g for truth, g in promises) / len(promises) >= 0.25


def test_stand_van_zaken_gives_both_termijnen_and_proposes_the_later_mention() -> None:
    found = find_termijnen("Update 8/9/22: de raad wordt na het zomerreces geïnformeerd; planning Q3", TODAY)
    assert [(f.phrase, f.deadline.due, f.proposal) for f in found] == [
        ("na het zomerreces", dt.date(2027, 9, 30), False),
        ("Q3", dt.date(2027, 9, 30), True),
    ]


@pytest.mark.parametrize("text", [
    "In de vergadering van 12 maart 2027 is de motie besproken.",
    "Update 8/9/22: de stukken zijn op 3 oktober verstuurd.",
    "De commissie vergadert op 14 januari 2027.",
])
def test_meeting_dates_and_stamps_are_not_termijnen(text: str) -> None:
    assert find_termijnen(text, TODAY) == []


def test_a_year_written_out_is_kept_when_it_has_passed() -> None:
    """Old lists are full of 'september 2019': that is 2019, not next September."""
    found = find_termijnen("De raad wordt in september 2019 geïnformeerd.", TODAY)
    assert [(f.phrase, f.deadline.due) for f in found] == [("in september 2019", dt.date(2019, 9, 30))]


def test_the_phrase_stops_where_its_meaning_does() -> None:
    assert [f.phrase for f in find_termijnen("we komen daar in Q2 op terug", TODAY)] == ["in Q2"]
    assert [f.phrase for f in find_termijnen("ik kom er zo snel mogelijk op terug", TODAY)] == ["zo snel mogelijk"]


def test_who_comes_from_the_title_and_name_the_speaker_or_the_author() -> None:
    minutes = ("Wethouder Van de Ven: ik zeg toe dat de raad voor de zomer een brief krijgt.\n"
               "Gedeputeerde De Vries zegt toe dat er in Q3 een statenbrief komt.")
    found = recognise(minutes, TODAY, PEOPLE)
    assert [(c.soort, c.person.name if c.person else None) for c in found] == [
        (Soort.TOEZEGGING, "Pieter van de Ven"), (Soort.TOEZEGGING, "Anna de Vries")]
    chat = suggestion("we komen daar in Q2 op terug", TODAY, PEOPLE, None, PEOPLE[2])
    assert chat is not None and chat.person == PEOPLE[2] and chat.termijn and chat.termijn.phrase == "in Q2"


def test_a_wethouder_with_a_party_is_who_and_a_raadslid_with_a_party_is_not() -> None:
    [found] = recognise("De verantwoordelijk wethouder Eric Faassen (VVD) zal de gemeenteraad voor de zomer informeren.",
                        TODAY, PEOPLE)
    assert found.who == "wethouder Eric Faassen"
    [answered] = recognise("De heer Bakker (VVD) vraagt om een brief. De wethouder zegt toe de raad voor de zomer te "
                           "informeren.", TODAY, PEOPLE)
    assert "Bakker" not in answered.who


def test_a_chat_message_without_termijn_or_with_a_refusal_is_left_alone() -> None:
    assert suggestion("Ik zeg toe dat ik ernaar kijk", TODAY, PEOPLE, None, PEOPLE[0]) is None
    assert suggestion("Ik zeg niet toe dat het voor de zomer klaar is", TODAY, PEOPLE, None, PEOPLE[0]) is None


def test_every_candidate_says_why() -> None:
    [candidate] = recognise("De wethouder zegt toe de raad voor de zomer te informeren.", TODAY, PEOPLE)
    assert candidate.reasons[0] == "'zegt toe' wijst op een toezegging"
    assert "termijn 'voor de zomer'" in candidate.reasons
