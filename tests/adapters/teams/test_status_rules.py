"""Closed is closed over Teams: real activities against the running server, the refusal on the card."""
from __future__ import annotations

from tests.adapters.teams.activities import card_text, personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness


def _answer(teams: Harness, connector: Connector, text: str) -> str:
    before = len(connector.sent)
    teams.post(personal(text))
    reply = connector.sent[before]
    # Refusals come as plain text, item replies as an Adaptive Card.
    return reply.text or card_text(reply.card)


def test_a_closed_toezegging_refuses_a_move_and_says_to_reopen_first(teams: Harness, connector: Connector) -> None:
    assert "status gewijzigd" in _answer(teams, connector, "toezegging afgedaan T-2026-001 statenbrief 2026-77")
    refused = _answer(teams, connector, "toezegging verzet T-2026-001 naar Q4 2027 omdat het uitloopt")
    assert "T-2026-001 is afgedaan; heropen hem eerst: 'toezegging heropen T-2026-001 omdat …'" in refused
    reopened = _answer(teams, connector, "toezegging heropen T-2026-001 omdat de Staten meer willen")
    assert "openstaand" in reopened and "statenbrief 2026-77" not in reopened
