"""Teams announces one install twice at the same moment (installationUpdate and conversationUpdate): storing
the conversation reference is an upsert, so neither turn fails, on SQLite and PostgreSQL alike."""
from __future__ import annotations

import asyncio
import copy
import threading
import time
from typing import Any

from bot.app import App
from bot.teams.references import CHANNEL, PERSON, ReferenceBook
from tests.adapters.teams.activities import card_text, personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload


def test_a_second_turn_storing_the_same_reference_while_the_first_is_uncommitted_updates_it(app: App) -> None:
    """The first writer holds its row uncommitted; the second must wait and update, not fail on the key."""
    book = ReferenceBook(app.uow_factory, app.clock)
    first, second = copy.deepcopy(payload("teams_installation_update_add.json")), None
    second = copy.deepcopy(payload("teams_conversation_update_bot_added_to_team.json"))
    second["conversation"] = first["conversation"]
    second["serviceUrl"] = "https://smba.trafficmanager.net/emea/"
    saved = threading.Event()
    errors: list[BaseException] = []

    def slow_first() -> None:
        try:
            with app.uow_factory() as uow:
                uow.teams_references.save(CHANNEL, first["conversation"]["id"], {"serviceUrl": "x"}, app.clock.now())
                saved.set()
                time.sleep(0.5)  # keeps the row uncommitted while the second turn arrives (ordering, not asserted)
                uow.commit()
        except BaseException as error:  # noqa: BLE001 - re-raised in the test thread
            saved.set()
            errors.append(error)

    thread = threading.Thread(target=slow_first)
    thread.start()
    saved.wait(10)
    book.remember(second)
    thread.join(30)

    assert errors == []
    with app.uow_factory() as uow:
        stored = uow.teams_references.get(CHANNEL, first["conversation"]["id"])
    assert stored is not None and stored["serviceUrl"] in {"x", "https://smba.trafficmanager.net/emea/"}


def test_install_announced_twice_at_once_answers_both_turns_and_welcomes_once(
    app: App, teams: Harness, connector: Connector
) -> None:
    for attempt in range(4):
        install = copy.deepcopy(payload("teams_installation_update_add.json"))
        install["conversation"]["id"] = f"19:race-{attempt}@thread.tacv2"
        update = copy.deepcopy(payload("teams_conversation_update_bot_added_to_team.json"))
        update["conversation"] = dict(install["conversation"])
        statuses = teams.run(_post_together(teams, install, update))
        assert all(status < 300 for status in statuses), statuses
        with app.uow_factory() as uow:
            assert uow.teams_references.get(CHANNEL, install["conversation"]["id"]) is not None
    welcomes = [s for s in connector.sent if "Hallo! Ik ben Samenspel" in card_text(s.card)]
    assert len(welcomes) == 4  # one per install, never two


def test_two_first_messages_at_once_from_one_person_are_both_answered(
    app: App, teams: Harness, connector: Connector
) -> None:
    first, second = personal("wie ben ik"), personal("help")

    statuses = teams.run(_post_together(teams, first, second))

    assert all(status < 300 for status in statuses), statuses
    assert len(connector.sent) == 2
    with app.uow_factory() as uow:
        assert uow.teams_references.get(PERSON, first["from"]["aadObjectId"]) is not None


async def _post_together(teams: Harness, *activities: dict[str, Any]) -> list[int]:
    prepared = []
    for activity in activities:
        activity = copy.deepcopy(activity)
        activity["serviceUrl"] = teams.connector_url + "/"
        prepared.append(activity)
    results = await asyncio.gather(*(teams._post(a, {}, None) for a in prepared))
    return [status for status, _ in results]
