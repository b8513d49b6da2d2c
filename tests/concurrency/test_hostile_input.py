"""Every command word with hostile arguments: out-of-range numbers and dates, huge texts, control characters.

Never the apology: a clear Dutch answer or refusal. On today's main `toezeggingen binnen 99999999999 weken`,
`vergadering 99999999999999999999`, a meeting on 1-1-0001 and any NUL on PostgreSQL gave the apology, and a
long message took seconds to route.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import App
from handlers.texts import APOLOGY
from handlers.texts.invoer import MAX_LENGTH
from tests.dialogue import ANNA, HANS, KARIN, say

HOSTILE = (
    "99999999999999999999", "-1", "0", "1-1-0001", "31-12-9999", "\x00", "T-2026-001\x00", "T-9999-99999",
    "A-2026-001; vergadering: 99999999999999999999", "; vergadering: 99999999999999999999; fase: besluitvorming",
    "binnen 99999999999 weken", "binnen 3000000 dagen", "Y; soort: po; datum: 1-1-0001", "naar 1-1-0001 omdat x",
    "\x07\x1b[31m\ud800", "x" * 300, "woord " * 3000, "; " * 500, "T-2026-001 naar over 99999999 weken omdat x",
)


def _phrases(app: App) -> list[str]:
    return sorted({p for c in app.core.router.commands for p in (c.words, *c.aliases)})


def test_the_reported_cases_get_a_clear_dutch_answer(app: App) -> None:
    expected = {
        "toezeggingen binnen 99999999999 weken": "kies een aantal weken van 1 tot en met 520",
        "toezeggingen binnen 3000000 dagen": "kies een aantal dagen van 1 tot en met 3650",
        "vergadering nieuw Y; soort: po; datum: 1-1-0001": "ligt te ver van vandaag",
        "vergadering 99999999999999999999": "kies een vergaderingnummer",
        "agendapunt nieuw X; fase: besluitvorming; vergadering: 99999999999999999999": "kies een vergaderingnummer",
    }
    for text, answer in expected.items():
        assert answer in say(app, text), text
    assert "T-2026-" in say(app, "toezegging nieuw Brief\x00 sturen; portefeuillehouder: De Vries; deadline: over 3 weken")


def test_a_message_over_the_maximum_says_so(app: App) -> None:
    assert f"hoogstens {MAX_LENGTH:,}".replace(",", ".") in say(app, "toezegging nieuw " + "x" * MAX_LENGTH)


def test_every_command_word_with_hostile_arguments(app: App) -> None:
    for phrase in [c.words for c in app.core.router.commands]:
        for argument in HOSTILE:
            reply = say(app, f"{phrase} {argument}", KARIN)
            assert APOLOGY not in reply, f"{phrase} {argument[:60]!r}"


ARGUMENTS = st.one_of(
    st.text(max_size=80),  # includes control characters
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.builds("{}-{}-{}".format, st.integers(-5, 99), st.integers(-5, 99), st.integers(0, 99999)),
    st.lists(st.sampled_from(["T-2026-001", "L-2026-001", "A-2026-001", "M-2026-1", "naar", "omdat", "; eigenaar:",
                              "; deadline:", "; vergadering:", "; datum:", "99999999999", "\x00", "binnen", "weken"]),
             max_size=8).map(" ".join),
)


def test_fuzzed_arguments_never_get_the_apology(app: App) -> None:
    phrases = _phrases(app)

    @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
    @given(st.sampled_from(phrases), ARGUMENTS, st.sampled_from([KARIN, HANS, ANNA]))
    def check(phrase: str, argument: str, who: str) -> None:
        assert APOLOGY not in say(app, f"{phrase} {argument}", who)

    check()


def test_a_value_longer_than_its_column_is_explained_not_apologised_for(app: App) -> None:
    reply = say(app, "vergadering nieuw " + "Y" * 300 + "; soort: po; datum: 1-12-2026")
    assert APOLOGY not in reply
    if app.database.dialect == "postgresql":  # SQLite does not enforce column lengths
        assert "Dat kan ik niet bewaren" in reply
