"""A stand-van-zakenronde request reaches the owner's personal Teams chat as a card, and its buttons answer it
(Action.Execute invokes against the running server, the connector stood in on loopback)."""
from __future__ import annotations

import copy

import pytest

from bot.app import App
from handlers.domain.ronde import Antwoord
from handlers.reminders.config import ReminderConfig
from scheduler.engine import ReminderEngine
from tests.adapters.teams.activities import card_text, execute, find_action, personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload
from tests.adapters.teams.test_proactive import _in_thread, _notifier
from tests.dialogue import HANS, say


@pytest.fixture
def connector() -> Connector:
    return Connector(default_email=HANS)  # the Teams user of the recorded payloads is Hans Bakker here


def _click(action: dict[str, object]) -> dict[str, object]:
    invoke = copy.deepcopy(payload("teams_invoke_adaptive_card_action.json"))
    invoke.update(conversation=personal("")["conversation"], **{"from": personal("")["from"]})
    invoke["value"] = {"action": {"type": "Action.Execute", "verb": action["verb"], "data": action["data"]},
                       "trigger": "manual"}
    return invoke


def test_owner_answers_the_round_from_the_teams_card(app: App, teams: Harness, connector: Connector) -> None:
    teams.post(personal("wie ben ik"))  # Hans talked to the bot once: Teams can reach him now
    say(app, "ronde start toezeggingen; portefeuillehouder: Anna de Vries; sluit: over 10 werkdagen 12:00; "
             "voor: raad 10 december")
    connector.sent.clear()
    engine = ReminderEngine(app.uow_factory, app.clock, _notifier(teams), ReminderConfig())
    _in_thread(engine.deliver)
    engine.close()
    [request] = connector.sent
    assert "Stand-van-zakenronde voor raad 10 december" in card_text(request.card)

    status, body = teams.post(_click(find_action(request.card, "Ongewijzigd", "T-2026-001")))
    assert status == 200 and "stand van zaken ongewijzigd" in card_text(body["value"])

    verzet = find_action(request.card, "Deadline verzetten", "T-2026-001")
    status, body = teams.post(execute(verzet, {"Nieuwe deadline": "Q3 2027", "Reden (verplicht)": "het onderzoek loopt uit"}))
    assert status == 200 and "deadline verzet" in card_text(body["value"])
    with app.uow_factory() as uow:
        item = uow.rondes.item(1, "T-2026-001")
        assert item is not None and item.antwoord is Antwoord.VERZET
        assert uow.toezeggingen.get("T-2026-001").deadline.text == "Q3 2027"  # type: ignore[union-attr]
