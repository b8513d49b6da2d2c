"""Action.Execute invokes, installs and removals, and what is stored for proactive messages."""
from __future__ import annotations

import copy

from bot.app import App
from bot.teams.references import CHANNEL, PERSON
from handlers.messages import OutgoingReply
from tests.adapters.teams.activities import card_text, channel, execute, find_action, personal, press
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, payload
from tests.dialogue import HANS


def _reference(app: App, scope: str, key: str) -> dict[str, object] | None:
    with app.uow_factory() as uow:
        return uow.teams_references.get(scope, key)


def test_an_action_execute_invoke_gets_200_and_a_card(teams: Harness, connector: Connector) -> None:
    status, body = teams.post(payload("teams_invoke_adaptive_card_action.json"))

    assert status == 200  # botbuilder 4.17.1's stock handler answers 500 here
    assert body["statusCode"] == 200
    assert body["type"] == "application/vnd.microsoft.card.adaptive"
    assert body["value"]["version"] == "1.5"
    assert "Deze knop ken ik niet" in card_text(body["value"])
    assert connector.sent == []  # the card is the answer; nothing is posted besides


def test_an_action_execute_with_our_command_runs_it_and_returns_the_reply_card(teams: Harness) -> None:
    invoke = copy.deepcopy(payload("teams_invoke_adaptive_card_action.json"))
    invoke["value"]["action"]["data"] = {
        "samenspel": {"template": "toezegging stand {nummer} {tekst}", "inputs": {"nummer": "veld1", "tekst": "veld2"}},
        "veld1": "T-2026-001", "veld2": "Brief ligt ter ondertekening",
    }

    status, body = teams.post(invoke)

    assert status == 200
    text = card_text(body["value"])
    assert "T-2026-001" in text and "Brief ligt ter ondertekening" in text


def test_installing_in_a_team_welcomes_the_channel_and_stores_its_reference(
    app: App, teams: Harness, connector: Connector
) -> None:
    update = payload("teams_conversation_update_bot_added_to_team.json")
    teams.post(update)

    [welcome] = connector.sent
    assert welcome.conversation_id == update["conversation"]["id"]
    text = card_text(welcome.card)
    assert "toezeggingen mijn" in text and "toezegging nieuw" in text and "help" in text
    assert "@Samenspel" in text  # how to talk to the bot in a channel
    stored = _reference(app, CHANNEL, update["conversation"]["id"])
    assert stored is not None and stored["serviceUrl"] == teams.connector_url + "/"


def test_an_installation_update_also_welcomes_and_stores(app: App, teams: Harness, connector: Connector) -> None:
    install = payload("teams_installation_update_add.json")  # isGroup arrives as the string "True"
    teams.post(install)
    assert "Hallo! Ik ben Samenspel" in card_text(connector.sent[0].card)
    assert _reference(app, CHANNEL, install["conversation"]["id"]) is not None


def test_one_install_announced_twice_is_welcomed_once(app: App, teams: Harness, connector: Connector) -> None:
    update = payload("teams_conversation_update_bot_added_to_team.json")
    install = copy.deepcopy(payload("teams_installation_update_add.json"))
    install["conversation"]["id"] = update["conversation"]["id"]

    teams.post(install)
    teams.post(update)

    assert len(connector.sent) == 1
    assert _reference(app, CHANNEL, update["conversation"]["id"]) is not None


def test_a_personal_install_links_the_person_and_stores_their_reference(app: App, teams: Harness, connector: Connector) -> None:
    connector.default_email = HANS
    update = payload("teams_conversation_update_bot_added_personal.json")
    teams.post(update)

    aad = update["from"]["aadObjectId"]
    stored = _reference(app, PERSON, aad)
    assert stored is not None and stored["conversation"]["id"] == update["conversation"]["id"]  # type: ignore[index]
    with app.uow_factory() as uow:
        person = uow.people.by_platform_id("teams", aad)
    assert person is not None and person.email == HANS


def test_removing_the_bot_from_a_team_forgets_the_channel(app: App, teams: Harness) -> None:
    teams.post(payload("teams_conversation_update_bot_added_to_team.json"))
    removed = payload("teams_conversation_update_bot_removed_from_team.json")
    teams.post(removed)

    assert _reference(app, CHANNEL, removed["conversation"]["id"]) is None


def test_every_message_refreshes_the_stored_service_url(app: App, teams: Harness) -> None:
    teams.post(personal("help"))
    aad = personal("")["from"]["aadObjectId"]
    with app.uow_factory() as uow:
        uow.teams_references.refresh_service_url(PERSON, aad, "https://smba.trafficmanager.net/emea/oud/", app.clock.now())
        uow.commit()

    teams.post(personal("help"))

    stored = _reference(app, PERSON, aad)
    assert stored is not None and stored["serviceUrl"] == teams.connector_url + "/"


def test_a_channel_message_stores_the_channel_without_the_thread(app: App, teams: Harness) -> None:
    teams.post(channel("help"))

    thread = payload("teams_message_channel_mention.json")["conversation"]["id"]
    stored = _reference(app, CHANNEL, thread.split(";")[0])
    assert stored is not None and stored["conversation"]["tenantId"]  # type: ignore[index]
    assert stored["conversation"]["id"] == thread.split(";")[0]  # type: ignore[index]


def test_a_channel_never_receives_a_confidential_item(teams: Harness, connector: Connector) -> None:
    teams.post(personal("toezegging nieuw Geheime grondaankoop; portefeuillehouder: Kuipers; deadline: 1 maart 2027; "
                        "vertrouwelijk"))
    assert "Geheime grondaankoop" in card_text(connector.sent[-1].card)  # personal chat: shown

    for text in ("toezeggingen alle", "toezegging T-2026-005", "toezegging historie T-2026-005"):
        teams.post(channel(text))

    in_channel = [s for s in connector.sent if s.conversation_id.startswith("19:")]
    assert len(in_channel) == 3
    assert all("Geheime grondaankoop" not in str(s.activity) for s in in_channel)
    assert "1 vertrouwelijke toezegging niet getoond" in str(in_channel[0].activity)


def test_a_confidential_reply_that_slips_through_is_replaced_in_a_channel(
    app: App, teams: Harness, connector: Connector
) -> None:
    leaked = OutgoingReply(text="Geheime grondaankoop", confidential=True)
    app.dispatcher.handle = lambda incoming: leaked  # type: ignore[method-assign]

    teams.post(channel("toezeggingen"))

    [reply] = connector.sent
    assert "Geheime grondaankoop" not in str(reply.activity)
    assert reply.text.startswith("Dit antwoord bevat vertrouwelijke informatie")


def test_a_failed_action_on_a_card_without_a_view_leaves_the_card_and_says_why(teams: Harness, connector: Connector) -> None:
    status, body = teams.post(press({"type": "Action.Execute", "verb": "samenspel",
                                     "data": {"samenspel": {"command": "toezeggingen pagina 9"}}}))

    # A message answer: Teams keeps the card as it was and shows the reason to whoever pressed.
    assert status == 200 and body["type"] == "application/vnd.microsoft.activity.message"
    assert body["value"].startswith("Pagina 9 bestaat niet")
    assert connector.sent == []


def test_an_action_on_a_shared_channel_card_is_answered_in_its_thread_and_the_card_stays(
    teams: Harness, connector: Connector
) -> None:
    teams.post(channel("toezegging T-2026-001"))
    [shown] = connector.sent
    thread = payload("teams_message_channel_mention.json")["conversation"]
    stand = find_action(shown.card, "Stand van zaken", "T-2026-001")

    invoke = execute(stand, {"Stand van zaken": "Brief ligt bij de gedeputeerde"})
    invoke["conversation"] = thread
    _, body = teams.post(invoke)

    assert card_text(body["value"]).startswith("Toezegging T-2026-001")  # the item's card, as it is now
    assert "Brief ligt bij de gedeputeerde" in card_text(body["value"])
    [_, posted] = connector.sent
    assert posted.conversation_id == thread["id"]  # in the card's thread, for everyone
    assert card_text(posted.card).startswith("T-2026-001: ")  # the result, as a message of its own
