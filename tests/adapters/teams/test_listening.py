"""Channel listening in Teams (resource-specific consent delivers every channel message): a promise is offered
to its author in their personal chat with the bot; the channel itself never gets an answer to plain talk."""
from __future__ import annotations

import copy
from typing import Any

from bot.teams import package
from tests.adapters.teams.activities import card_text, channel, find_action, personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload
from tests.dialogue import ANNA, long_verslag

ANNA_ACCOUNT = {"id": "29:anna-account", "aadObjectId": "anna-aad", "name": "Anna de Vries"}
BELOFTE = "Ik zeg toe dat de Staten voor de zomer een statenbrief krijgen over de fietsbrug."


def _talk(text: str, sender: dict[str, str], n: int) -> dict[str, Any]:
    """A channel message that does not @mention the bot, as Teams delivers it under RSC."""
    activity = copy.deepcopy(payload("teams_message_channel_mention.json"))
    activity.update(text=text, id=f"talk-{n}", entities=[], **{"from": sender})
    activity.pop("attachments", None)
    return activity


def _anna_in_private(teams: Harness, connector: Connector) -> str:
    connector.emails[ANNA_ACCOUNT["id"]] = connector.emails[ANNA_ACCOUNT["aadObjectId"]] = ANNA
    hello = personal("wie ben ik", **{"from": ANNA_ACCOUNT}, conversation={"conversationType": "personal",
                                                                          "id": "a:anna-persoonlijk"})
    teams.post(hello)
    assert "Je bent Anna de Vries" in card_text(connector.sent[-1].card)
    return "a:anna-persoonlijk"


def test_a_promise_in_a_listening_channel_goes_to_its_author_privately(teams: Harness, connector: Connector) -> None:
    anna = _anna_in_private(teams, connector)
    teams.post(channel("luister aan"))
    assert "Ik luister vanaf nu mee" in connector.sent[-1].text + str(connector.sent[-1].activity)
    channel_id = connector.sent[-1].conversation_id
    before = len(connector.sent)

    teams.post(_talk("Goedemorgen allemaal, de koffie staat klaar.", ANNA_ACCOUNT, 1))
    teams.post(_talk(BELOFTE, ANNA_ACCOUNT, 2))

    new = connector.sent[before:]
    assert [s.conversation_id for s in new] == [anna]  # one suggestion, in Anna's personal chat; none in the channel
    offer = card_text(new[0].card)
    assert "Zal ik dit registreren als toezegging?" in offer and "voor de zomer" in offer
    assert "https://teams.microsoft.com/l/message/" in str(new[0].card)  # registering links to the message
    assert all(s.conversation_id != channel_id for s in new)


def test_plain_talk_in_a_channel_without_luister_aan_gets_nothing(teams: Harness, connector: Connector) -> None:
    _anna_in_private(teams, connector)
    before = len(connector.sent)
    teams.post(_talk(BELOFTE, ANNA_ACCOUNT, 3))
    teams.post(_talk("toezeggingen", ANNA_ACCOUNT, 4))  # not addressed to the bot: not a command either
    assert connector.sent[before:] == []


def test_the_package_asks_the_consent_that_listening_needs() -> None:
    manifest = package.manifest(package.PackageOptions(app_id="00000000-0000-0000-0000-000000000001"))
    wanted = {p["name"] for p in manifest["authorization"]["permissions"]["resourceSpecific"]}
    assert wanted == {"ChannelMessage.Read.Group", "ChatMessage.Read.Chat"}
    assert package.problems(manifest, package.build(package.PackageOptions(
        app_id="00000000-0000-0000-0000-000000000001"))) == []


def test_a_long_verslag_in_the_personal_chat_comes_a_page_at_a_time_with_volgende(teams: Harness,
                                                                                    connector: Connector) -> None:
    teams.post(personal("verslag\n" + long_verslag(23)))  # one Teams message of many lines
    first = connector.sent[-1].card
    shown = card_text(first)
    assert "23 mogelijke punten uit PO Mobiliteit 10 december 2026. Pagina 1 van 5." in shown
    assert "5 · toezegging · Punt 5: Gedeputeerde De Vries" in shown and "6 · toezegging" not in shown
    assert "niet getoond" not in shown  # all five, with their buttons and forms, fit one card
    volgende = find_action(first, "Volgende")
    assert volgende["data"]["samenspel"] == {"command": "verslag pagina 2"}

    invoke = copy.deepcopy(payload("teams_invoke_adaptive_card_action.json"))
    invoke.update(conversation=personal("")["conversation"], **{"from": personal("")["from"]})
    invoke["value"]["action"]["data"] = volgende["data"]
    _, answer = teams.post(invoke)
    second = card_text(answer["value"])
    assert "Pagina 2 van 5." in second and "6 · toezegging · Punt 6:" in second
