"""Properties that must hold for every phrase, not just the listed ones."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

# dateparser loads its language data on first use; that one slow call is not a failure.
NO_DEADLINE = settings(deadline=None)

from handlers.deadlines import Calendar, DeadlineKind, load_calendar, parse_deadline
from handlers.deadlines.vocabulary import MONTH_NAMES, NUMBERS
from tests.unit.deadlines.data_files import Case, data_file, load_cases

CALENDAR = load_calendar(data_file("calendar.yaml"))
TODAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 12, 31))
MONTH = st.sampled_from(MONTH_NAMES)
SCHEMA_WORDS = st.sampled_from(
    ["q2", "2027", "maart", "over", "weken", "3", "begin", "eind", "/", "of", "voor", "de", "zomer", "32",
     "-", "kwartaal", "tweede", "helft", "bij", "begroting", "z.s.m.", "volgende", "week", "dinsdag"]
)

YEARLESS = st.one_of(
    st.builds(lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]}", st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31))),
    st.builds(lambda d: f"{d.day}-{d.month}", st.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31))),
    st.builds("{} {}".format, st.sampled_from(["", "begin", "medio", "half", "eind", "ultimo"]), MONTH),
    st.sampled_from(["voorjaar", "zomer", "najaar", "herfst", "winter", "lente"]),
    st.sampled_from(["q1", "q2", "q3", "q4", "h1", "h2", "eerste kwartaal", "tweede helft"]),
    st.sampled_from(["maandag", "vrijdag", "zondag", "volgende week", "deze week", "volgende week dinsdag"]),
    st.sampled_from(["voor de zomer", "na de zomer", "voor de kerst", "vandaag", "eind van de maand"]),
    st.builds("over {} {}".format, st.integers(0, 400), st.sampled_from(["dagen", "weken", "maanden", "werkdagen"])),
)

MEANINGFUL = [c for c in load_cases() if c.kind != "error"]
FILLERS = st.sampled_from(["uiterlijk", "voor", "in", "vóór", "uiterlijk op", "deadline:", "nieuwe deadline", "tot"])


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), TODAYS)
def test_any_text_gives_a_result(text: str, today: dt.date) -> None:
    result = parse_deadline(text, today, CALENDAR)
    if result.kind is DeadlineKind.ERROR:
        assert result.message and len(result.examples) == 3
    elif result.kind in (DeadlineKind.DATE, DeadlineKind.ASAP):
        assert result.due is not None and result.precision is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(SCHEMA_WORDS, max_size=6).map(" ".join), TODAYS)
def test_deadline_like_word_salad_gives_a_result(text: str, today: dt.date) -> None:
    assert parse_deadline(text, today, CALENDAR).kind in DeadlineKind


@settings(max_examples=400, deadline=None)
@given(YEARLESS, TODAYS)
def test_phrase_without_a_year_is_never_before_today(phrase: str, today: dt.date) -> None:
    result = parse_deadline(phrase, today, Calendar.empty())
    assert result.kind is DeadlineKind.DATE, result.message
    assert result.due is not None and result.due >= today


@NO_DEADLINE
@given(st.sampled_from(MEANINGFUL), FILLERS)
def test_filler_words_do_not_change_the_meaning(case: Case, filler: str) -> None:
    phrase, today = case.phrase, case.today
    plain = parse_deadline(phrase, today, CALENDAR)
    padded = parse_deadline(f"{filler} {phrase}", today, CALENDAR)
    assert (padded.kind, padded.due, padded.precision) == (plain.kind, plain.due, plain.precision)


@NO_DEADLINE
@given(st.sampled_from(MEANINGFUL))
def test_case_does_not_matter(case: Case) -> None:
    phrase, today = case.phrase, case.today
    assert parse_deadline(phrase.upper(), today, CALENDAR).due == parse_deadline(phrase, today, CALENDAR).due


@NO_DEADLINE
@given(st.sampled_from(sorted(NUMBERS)), st.sampled_from(["dagen", "weken", "maanden", "werkdagen"]), TODAYS)
def test_number_words_mean_their_number(word: str, unit: str, today: dt.date) -> None:
    in_words = parse_deadline(f"over {word} {unit}", today)
    in_digits = parse_deadline(f"over {NUMBERS[word]} {unit}", today)
    assert in_words.due == in_digits.due and in_words.kind is DeadlineKind.DATE
