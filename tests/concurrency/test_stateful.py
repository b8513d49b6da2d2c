"""A stateful property test: several people typing commands in any order, and what must always hold.

Invariants: every reply is an answer or a clear refusal (never the apology); numbers are unique and gap-free
per kind and year; every item's history is a chain that ends at the stored value; closed items stay unchanged.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from bot.app import App
from handlers.domain.followed import OPEN_STATUSES
from handlers.ports import LobbyFilter, ToezeggingFilter
from handlers.texts import APOLOGY
from tests.concurrency.helpers import assert_chain
from tests.dialogue import ANNA, HANS, KARIN, say

PEOPLE = st.sampled_from([KARIN, HANS, ANNA])
DEADLINES = st.sampled_from(["over 3 weken", "Q3 2027", "voor de zomer", "1-1-0001", "eind 2027", "morgen", "x"])
TEXT = st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=30)
NUMBER = re.compile(r"\b([TL])-(\d{4})-(\d{3,4})\b")


def _gap_free(numbers: list[str]) -> None:
    by_year: dict[str, list[int]] = {}
    for nummer in numbers:
        _kind, jaar, volg = nummer.split("-")
        by_year.setdefault(jaar, []).append(int(volg))
    for jaar, volgnummers in by_year.items():
        assert sorted(volgnummers) == list(range(1, len(volgnummers) + 1)), (jaar, sorted(volgnummers))


def machine_for(app: App) -> type[RuleBasedStateMachine]:
    class Samenspel(RuleBasedStateMachine):
        toezeggingen = Bundle("toezeggingen")

        def ask(self, text: str, who: str) -> str:
            reply = say(app, text, who)
            assert APOLOGY not in reply, text
            return reply

        @rule(target=toezeggingen, who=PEOPLE, wat=TEXT, deadline=DEADLINES)
        def register(self, who: str, wat: str, deadline: str) -> str:
            reply = self.ask(f"toezegging nieuw {wat}; portefeuillehouder: De Vries; deadline: {deadline}", who)
            found = NUMBER.search(reply) if "geregistreerd" in reply else None
            with app.uow_factory() as uow:
                # Whatever the outcome, some stored toezegging is a fine target for the next rules.
                return found.group(0) if found else uow.toezeggingen.find(ToezeggingFilter(open_only=False))[0].nummer

        @rule(nummer=toezeggingen, who=PEOPLE, naar=DEADLINES, reden=TEXT)
        def move(self, nummer: str, who: str, naar: str, reden: str) -> None:
            self.ask(f"toezegging verzet {nummer} naar {naar} omdat {reden}", who)

        @rule(nummer=toezeggingen, who=PEOPLE, stand=TEXT)
        def stand(self, nummer: str, who: str, stand: str) -> None:
            self.ask(f"toezegging stand {nummer} {stand}", who)

        @rule(nummer=toezeggingen, who=PEOPLE, verb=st.sampled_from(["afgedaan", "heropen", "vervallen", "deels"]))
        def status(self, nummer: str, who: str, verb: str) -> None:
            self.ask(f"toezegging {verb} {nummer} brief 2026-12", who)

        @rule(who=PEOPLE, doel=TEXT)
        def lobby(self, who: str, doel: str) -> None:
            self.ask(f"lobby nieuw {doel}; dossier: Havens; target: EZK; moment: 10 december 2026", who)

        @invariant()
        def numbers_unique_and_gap_free(self) -> None:
            with app.uow_factory() as uow:
                toezeggingen = [t.nummer for t in uow.toezeggingen.find(ToezeggingFilter(open_only=False))]
                lobby = [a.nummer for a in uow.lobby.find(LobbyFilter(open_only=False))]
            for numbers in (toezeggingen, lobby):
                assert len(numbers) == len(set(numbers))
                _gap_free(numbers)

        @invariant()
        def histories_are_chains(self) -> None:
            with app.uow_factory() as uow:
                numbers = [t.nummer for t in uow.toezeggingen.find(ToezeggingFilter(open_only=False))]
            for nummer in numbers:
                assert_chain(app, "toezegging", nummer)

        @invariant()
        def closed_items_stay_unchanged(self) -> None:
            """A command on a closed item is refused and leaves row and history as they were (only heropen,
            which needs a reason the rules here never give, may open it again)."""
            with app.uow_factory() as uow:
                now = {
                    t.nummer: (t.status, t.deadline, t.stand_van_zaken, t.omschrijving,
                               len(uow.audit.history("toezegging", t.nummer)))
                    for t in uow.toezeggingen.find(ToezeggingFilter(open_only=False))
                    if t.status not in OPEN_STATUSES
                }
            for nummer, before in getattr(self, "closed", {}).items():
                if nummer in now:
                    assert now[nummer] == before, nummer
            self.closed = now

    return Samenspel


def test_commands_of_several_people_keep_every_invariant(app: App) -> None:
    run_state_machine_as_test(
        machine_for(app),
        settings=settings(max_examples=8, stateful_step_count=12, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow]),
    )
