"""The message action and Universal Actions against the connector stand-in (runs without Node.js; the same
journeys through Microsoft's Playground are in test_playground.py)."""
from __future__ import annotations

import copy
from typing import Any

from tests.adapters.teams.activities import card_text, personal, same_person
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload
from tests.dialogue import HANS

MESSAGE = {
    "id": "1677000000000",
    "body": {"contentType": "html", "content": "<div><p>Wij sturen de Staten v&oacute;&oacute;r de zomer een brief;"
                                               " met de planning.</p></div>"},
    "from": {"user": {"id": "29:anna", "displayName": "Anna de Vries"}},
    "linkToMessage": "https://teams.microsoft.com/l/message/19:po@thread.v2/1677000000000",
}


def _invoke(name: str, value: dict[str, Any], sender: str | None = None) -> dict[str, Any]:
    activity = copy.deepcopy(payload("teams_invoke_adaptive_card_action.json"))
    activity.update(name=name, value=value, id=f"invoke-{name}-{id(value)}")
    # One Teams account per person: a second account for the same e-mail is refused (see test_trust.py).
    activity["from"] = same_person() if sender is None else {"id": f"29:{sender}", "aadObjectId": sender, "name": sender}
    return activity


def _capture(value: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"commandId": "registreerToezegging", "commandContext": "message", "messagePayload": MESSAGE, **(value or {})}


def _filled(form: dict[str, Any], answers: dict[str, str]) -> dict[str, Any]:
    [submit] = form["actions"]
    data = dict(submit["data"])
    for element in form["body"]:
        if element["type"] == "Input.Text":
            data[element["id"]] = next((v for k, v in answers.items() if element["label"].startswith(k)),
                                       element.get("value", ""))
    return data


def test_the_dialog_is_the_registration_form_filled_from_the_message(teams: Harness) -> None:
    status, body = teams.post(_invoke("composeExtension/fetchTask", _capture()))

    assert status == 200
    form = body["task"]["value"]["card"]["content"]
    [omschrijving] = [e for e in form["body"] if e.get("label") == "Wat is er toegezegd?"]
    assert omschrijving["value"] == (
        "Wij sturen de Staten vóór de zomer een brief; met de planning. (gezegd door Anna de Vries, "
        "bron https://teams.microsoft.com/l/message/19:po@thread.v2/1677000000000)"
    )
    assert form["actions"][0]["type"] == "Action.Submit"


def test_submitting_the_dialog_registers_through_the_same_command_and_posts_the_result(
    teams: Harness, connector: Connector
) -> None:
    _, dialog = teams.post(_invoke("composeExtension/fetchTask", _capture()))
    data = _filled(dialog["task"]["value"]["card"]["content"], {"Portefeuillehouder": "De Vries",
                                                                "Deadline": "voor de zomer"})

    status, body = teams.post(_invoke("composeExtension/submitAction", _capture({"data": data})))

    # A task-module answer that closes the dialog with a message (an empty body is none: the dialog stays open).
    assert status == 200 and body == {"task": {"type": "message", "value": "Toezegging T-2026-005 is geregistreerd."}}
    [posted] = connector.sent
    text = card_text(posted.card)
    assert "is geregistreerd" in text and "Anna de Vries" in text and "planning" in text
    assert "zomer" in text.lower()  # the deadline as understood


def test_a_deadline_it_cannot_read_brings_the_form_back_with_reason_and_input(teams: Harness, connector: Connector) -> None:
    _, dialog = teams.post(_invoke("composeExtension/fetchTask", _capture()))
    data = _filled(dialog["task"]["value"]["card"]["content"], {"Portefeuillehouder": "De Vries",
                                                                "Deadline": "gisteravond"})

    _, body = teams.post(_invoke("composeExtension/submitAction", _capture({"data": data})))

    form = body["task"]["value"]["card"]["content"]
    text = card_text(form)
    assert "Ik begrijp de termijn 'gisteravond' niet" in text and "Pas het formulier aan" in text
    assert [e.get("value") for e in form["body"] if e.get("label") == "Portefeuillehouder"] == ["De Vries"]
    assert connector.sent == []


def test_another_message_extension_command_is_answered_in_dutch(teams: Harness) -> None:
    _, body = teams.post(_invoke("composeExtension/fetchTask", {"commandId": "iets-anders"}))
    assert body == {"task": {"type": "message", "value": "Deze actie ken ik niet. Kies 'Registreer als toezegging'."}}


def test_an_executed_button_answers_with_the_updated_card_and_posts_nothing(teams: Harness, connector: Connector) -> None:
    teams.post(personal("toezegging T-2026-001"))
    card = connector.sent[-1].card
    connector.sent.clear()
    verzet = next(a for part in card["body"][1]["items"] for a in part.get("actions", []) if a["title"] == "Deadline verzetten")
    form = verzet["card"]
    [execute] = form["actions"]
    assert execute["type"] == "Action.Execute"
    inputs = [e["id"] for e in form["body"] if e["type"] == "Input.Text"]
    data = {**execute["data"], inputs[0]: "Q3 2027", inputs[1]: "het onderzoek loopt uit"}

    status, body = teams.post(_invoke("adaptiveCard/action", {"action": {"type": "Action.Execute", "verb": "samenspel",
                                                                         "data": data}, "trigger": "manual"}))

    assert status == 200 and body["statusCode"] == 200
    assert "T-2026-001: deadline verzet." in card_text(body["value"])
    assert body["value"]["refresh"]["userIds"] == [same_person()["id"]]
    assert connector.sent == []


def test_a_refresh_by_someone_who_may_not_read_a_confidential_item_shows_them_nothing_of_it(
    teams: Harness, connector: Connector
) -> None:
    teams.post(personal("toezegging nieuw Grondaankoop Noordpolder; portefeuillehouder: Bram Kuipers; "
                        "deadline: Q3 2027; vertrouwelijk"))
    card = connector.sent[-1].card
    refresh = card["refresh"]["action"]
    connector.emails["29:hans"] = HANS

    _, as_hans = teams.post(_invoke("adaptiveCard/action", {"action": refresh, "trigger": "automatic"}, sender="hans"))
    # Karin, who registered it, refreshes from her own (the one linked) Teams account.
    _, as_karin = teams.post(_invoke("adaptiveCard/action", {"action": refresh, "trigger": "automatic"}))

    assert "Grondaankoop" not in card_text(as_hans["value"]) and "is vertrouwelijk" in card_text(as_hans["value"])
    assert "Grondaankoop" in card_text(as_karin["value"])
