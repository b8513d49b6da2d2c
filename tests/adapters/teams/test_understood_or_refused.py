"""The router is shared: a verb after the number, a bare number and 'volgende' work in a Teams chat too."""
from __future__ import annotations

from tests.adapters.teams.activities import card_text, personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness
from tests.scenarios.test_lists_that_fit import _seed


def _answer(teams: Harness, connector: Connector, text: str) -> str:
    before = len(connector.sent)
    teams.post(personal(text))
    [reply] = connector.sent[before:]
    return card_text(reply.card) if reply.activity.get("attachments") else reply.text


def test_words_after_the_number_are_understood_or_refused(teams: Harness, connector: Connector) -> None:
    assert "T-2026-001: status gewijzigd." in _answer(teams, connector, "toezegging T-2026-001 afgedaan")
    assert "er is niets veranderd" in _answer(teams, connector, "toezegging T-2026-002 naar Q3 2027")
    assert "Toezegging T-2026-002" in _answer(teams, connector, "T-2026-002")


def test_volgende_and_vorige_page_on_as_typed_text(teams: Harness, connector: Connector) -> None:
    _seed(teams.app, 31)
    assert "Pagina 1 van 3." in _answer(teams, connector, "toezeggingen verlopen")
    assert "Pagina 2 van 3." in _answer(teams, connector, "volgende")
    assert "Pagina 1 van 3." in _answer(teams, connector, "vorige")
