"""What a Teams user does, through Microsoft's own client (the M365 Agents Playground) against the running app:
install and get one welcome, capture a message as a toezegging from its '…' menu, see a list card, and press
'Deadline verzetten' so the same card updates in place; in a personal chat, a group chat and a meeting chat.
After each scenario the Playground must have logged no warning about any activity or card."""
from __future__ import annotations

import re
import socket

import datetime as dt
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from tests.adapters.teams.activities import card_text
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness
from tests.adapters.teams.playground import (
    BOT_ID, BOT_NAME, GROUP, MEETING, MEETING_ID, PERSONAL, TENANT, USER_ID, Playground, card_problems,
    listening_addresses, require_playground, running_playground,
)
from tests.adapters.teams.conftest import DEV
from tests.conftest import make_app
from bot.clock import FixedClock
from tests.dialogue import KARIN

CHATS = {"persoonlijk": PERSONAL, "groepschat": GROUP, "vergaderchat": MEETING}
CAPTURE = "registreerToezegging"
MESSAGE = {
    "id": "1795763357369",
    "body": {"contentType": "html",
             "content": "<p>De gedeputeerde zegt toe de Staten <b>voor de zomer</b> te informeren over de N-weg.</p>"},
    "from": {"user": {"id": "user-id-1", "displayName": "Megan Bowen"}},
    "linkToMessage": "https://teams.microsoft.com/l/message/19:overleg@thread.v2/1795763357369",
}


@pytest.fixture(params=list(CHATS))
def chat(request: pytest.FixtureRequest) -> str:
    return CHATS[str(request.param)]


@pytest.fixture
def playground(sqlite_url: str, clock: FixedClock, connector: Connector, chat: str,
               tmp_path: Path) -> Iterator[tuple[Harness, Playground]]:
    app = make_app(sqlite_url, clock, **DEV)  # the Playground sends no token: the development switch
    teams = Harness(app, connector)
    group_chat = MEETING if chat == MEETING else GROUP
    try:
        with running_playground(teams, tmp_path, group_chat, KARIN, "Karin Bos") as client:
            yield teams, client
            assert client.warnings() == []
    finally:
        teams.close()
        app.close()


def _say(teams: Harness, client: Playground, chat: str, text: str) -> dict[str, Any]:
    if chat == MEETING:
        return teams.run(client.send_activity(_meeting_message(client, text)))
    return teams.run(client.say(chat, text, mention=chat != PERSONAL))


def _meeting_message(client: Playground, text: str) -> dict[str, Any]:
    """A message in a meeting's chat, as Teams sends it: a group chat with the meeting in channelData."""
    mention = f"<at>{BOT_NAME}</at>"
    return {
        "type": "message", "id": str(uuid.uuid4()), "channelId": "msteams", "serviceUrl": client.url + "/_connector",
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(), "locale": "nl-NL", "textFormat": "plain",
        "text": f"{mention} {text}",
        "from": {"id": USER_ID, "name": "Karin Bos", "aadObjectId": "00000000-0000-0000-0000-0000000000020"},
        "recipient": {"id": BOT_ID, "name": BOT_NAME},
        "conversation": {"id": MEETING, "conversationType": "groupChat", "isGroup": True, "tenantId": TENANT},
        "channelData": {"tenant": {"id": TENANT}, "meeting": {"id": MEETING_ID}},
        "entities": [{"type": "mention", "text": mention, "mentioned": {"id": BOT_ID, "name": BOT_NAME}}],
    }


def _card(message: dict[str, Any]) -> dict[str, Any]:
    [attachment] = message["attachments"]
    assert attachment["contentType"] == "application/vnd.microsoft.card.adaptive"
    content: dict[str, Any] = attachment["content"]
    return content


def _first_item(card: dict[str, Any]) -> dict[str, Any]:
    return next(part for part in card["body"] if str(part.get("id", "")).startswith("item-"))


def _form_action(container: dict[str, Any], title: str) -> dict[str, Any]:
    for part in container["items"]:
        for action in part.get("actions", []):
            if action["title"] == title:
                return action
    raise AssertionError(f"no {title!r} in {container}")


def _inputs(form: dict[str, Any], answers: dict[str, str]) -> dict[str, str]:
    """What the client sends for a form: every input by id, the given answers by label, the rest as shown."""
    filled = {}
    for element in form["body"]:
        if element["type"] == "Input.Text":
            filled[element["id"]] = next((v for k, v in answers.items() if element["label"].startswith(k)),
                                         element.get("value", ""))
    return filled


def test_install_welcomes_once(playground: tuple[Harness, Playground], chat: str) -> None:
    teams, client = playground

    teams.run(client.install(chat))

    welcomes = [m for m in client.bot_messages(chat) if "Hallo! Ik ben Samenspel" in card_text(_card(m))]
    assert len(welcomes) == 1
    assert ("@Samenspel" in card_text(_card(welcomes[0]))) is (chat != PERSONAL)
    named = {PERSONAL: None, GROUP: "In deze groepschat spreek je me aan", MEETING: "In deze vergaderchat spreek je me aan"}
    if named[chat]:
        assert named[chat] in card_text(_card(welcomes[0])) and "kanaal" not in card_text(_card(welcomes[0]))


def test_a_message_is_captured_as_toezegging_from_its_menu(playground: tuple[Harness, Playground], chat: str) -> None:
    teams, client = playground
    teams.run(client.install(chat))
    value = {"commandId": CAPTURE, "commandContext": "message", "messagePayload": MESSAGE, "context": {"theme": "default"}}

    dialog = teams.run(client.invoke(chat, "composeExtension/fetchTask", value))

    task = dialog["task"]
    assert task["type"] == "continue" and task["value"]["title"] == "Registreer als toezegging"
    form = task["value"]["card"]["content"]
    text = card_text(form)
    assert "informeren over de N-weg" in text and "Megan Bowen" in text and MESSAGE["linkToMessage"] in text
    [submit] = form["actions"]
    assert submit["type"] == "Action.Submit"  # Teams' dialogs take no Action.Execute

    before = len(client.bot_messages(chat))
    data = {**submit["data"], **_inputs(form, {"Portefeuillehouder": "De Vries", "Deadline": "voor de zomer"})}
    answer = teams.run(client.invoke(chat, "composeExtension/submitAction", {**value, "data": data}))

    assert answer["task"]["type"] == "message" and "is geregistreerd" in answer["task"]["value"]  # the dialog closes
    teams.run(client.wait_for(lambda: len(client.bot_messages(chat)) > before))
    registered = card_text(_card(client.bot_messages(chat)[-1]))
    assert "N-weg" in registered and "Megan Bowen" in registered
    assert "zomer" in registered.lower()  # the deadline as the bot understood it


def test_a_capture_with_a_deadline_it_cannot_read_shows_the_form_again_with_the_reason(
    playground: tuple[Harness, Playground], chat: str
) -> None:
    teams, client = playground
    value = {"commandId": CAPTURE, "commandContext": "message", "messagePayload": MESSAGE}
    form = teams.run(client.invoke(chat, "composeExtension/fetchTask", value))["task"]["value"]["card"]["content"]
    data = {**form["actions"][0]["data"], **_inputs(form, {"Portefeuillehouder": "De Vries", "Deadline": "gisteravond"})}

    answer = teams.run(client.invoke(chat, "composeExtension/submitAction", {**value, "data": data}))

    again = answer["task"]["value"]["card"]["content"]
    text = card_text(again)
    assert "gisteravond" in text and "Probeer bijvoorbeeld" in text  # the reason, and what was typed
    assert "informeren over de N-weg" in text


def test_a_list_card_and_deadline_verzetten_updates_the_same_card_in_place(
    playground: tuple[Harness, Playground], chat: str
) -> None:
    teams, client = playground
    teams.run(client.install(chat))

    listing = _say(teams, client, chat, "toezeggingen")
    numbers = re.findall(r"T-\d{4}-\d{3}", card_text(_card(listing)))
    assert len(set(numbers)) > 1  # a list: compact lines; the actions live on the item's own card
    key = numbers[0]
    shown = _say(teams, client, chat, f"toezegging {key}")
    item = _first_item(_card(shown))
    assert item["id"] == f"item-{key}"
    show_card = _form_action(item, "Deadline verzetten")
    assert show_card["type"] == "Action.ShowCard"
    form = show_card["card"]
    [execute] = form["actions"]
    before = len(client.bot_messages(chat))

    answer = teams.run(client.press(chat, shown, execute, _inputs(
        form, {"Nieuwe deadline": "Q3 2027", "Reden": "het onderzoek loopt uit"})))

    # The Playground hands back the invoke's body (the statusCode it keeps) and puts the card in place.
    assert answer["type"] == "application/vnd.microsoft.card.adaptive"
    updated = card_text(answer["value"])
    assert "2027" in updated
    if chat == PERSONAL:
        assert f"{key}: deadline verzet." in updated
        assert len(client.bot_messages(chat)) == before  # no new message: the card itself changed
    else:
        # A card everyone in the chat shares stays the item's card (as it is now); the change is news for the
        # whole chat, so it is posted as a message of its own.
        assert updated.startswith(f"Toezegging {key}") and "deadline verzet" not in updated
        teams.run(client.wait_for(lambda: len(client.bot_messages(chat)) > before))
        assert f"{key}: deadline verzet." in card_text(_card(client.bot_messages(chat)[-1]))
    refresh = answer["value"]["refresh"]
    assert refresh["userIds"] == [USER_ID] and refresh["action"]["data"]["samenspel"]["command"].endswith(key)

    # The refresh Teams runs when this viewer opens the chat again shows the item's current state.
    again = teams.run(client.press(chat, shown, refresh["action"] | {"title": "refresh"}, {}))
    assert "2027" in card_text(again["value"])


def test_help_is_a_short_menu_with_a_button_per_section(playground: tuple[Harness, Playground], chat: str) -> None:
    teams, client = playground

    menu = _card(_say(teams, client, chat, "help"))

    text = card_text(menu)
    assert "toezegging niet-uitgevoerd" not in text and "agendapunt intrekken" not in text  # not ~100 commands
    buttons = [a for part in menu["body"] if part["type"] == "ColumnSet" for column in part["columns"]
               for element in column["items"] if element["type"] == "ActionSet" for a in element["actions"]]
    assert [b["title"] for b in buttons][:3] == ["Toezeggingen", "Moties", "Lobby"] and len(buttons) == 9
    answer = teams.run(client.press(chat, client.bot_messages(chat)[-1], buttons[0], {}))
    section = card_text(answer["value"])
    assert section.startswith("Toezeggingen: registreren") and "toezegging verzet &lt;nummer&gt; naar" in section


def test_registering_from_the_welcome_card_keeps_the_welcome_and_posts_the_toezegging(
    playground: tuple[Harness, Playground], chat: str
) -> None:
    teams, client = playground
    teams.run(client.install(chat))
    [welcome] = [m for m in client.bot_messages(chat) if "Hallo! Ik ben Samenspel" in card_text(_card(m))]
    [new] = [a for a in _card(welcome)["actions"] if a["title"] == "Nieuwe toezegging"]
    form = new["card"]
    before = len(client.bot_messages(chat))

    answer = teams.run(client.press(chat, welcome, form["actions"][0], _inputs(form, {
        "Wat is er toegezegd?": "Brief over de fietsbrug", "Portefeuillehouder": "De Vries", "Deadline": "Q3 2027"})))

    assert card_text(answer["value"]).startswith("Hallo! Ik ben Samenspel")  # never turned into the new item
    teams.run(client.wait_for(lambda: len(client.bot_messages(chat)) > before))
    assert "Toezegging T-2026-005 is geregistreerd." in card_text(_card(client.bot_messages(chat)[-1]))


def test_a_failed_card_action_keeps_the_card_with_the_reason_on_top_and_the_input_kept(
    playground: tuple[Harness, Playground], chat: str
) -> None:
    teams, client = playground
    shown = _say(teams, client, chat, "toezegging T-2026-001")
    form = _form_action(_first_item(_card(shown)), "Deadline verzetten")["card"]
    before = len(client.bot_messages(chat))

    answer = teams.run(client.press(chat, shown, form["actions"][0], _inputs(
        form, {"Nieuwe deadline": "gisteravond", "Reden": "het onderzoek loopt uit"})))

    kept = answer["value"]
    [problem, heading, *_] = kept["body"]
    assert problem["style"] == "attention" and "Ik begrijp de termijn 'gisteravond' niet" in card_text(problem)
    assert heading["text"] == "Toezegging T-2026-001"  # the same card below: facts, buttons
    item = _first_item(kept)
    assert "Status" in card_text(item) and "Afgedaan voorstellen" in card_text(item)
    again = _form_action(item, "Deadline verzetten")["card"]
    assert [e.get("value") for e in again["body"] if e["type"] == "Input.Text"] == ["gisteravond", "het onderzoek loopt uit"]
    assert len(client.bot_messages(chat)) == before  # nothing posted: the reason is for whoever pressed


def test_the_card_check_flags_what_microsofts_renderer_would_not_show() -> None:
    """The check every scenario ends with is not vacuous: an unknown element is reported, our cards are not."""
    require_playground()
    wrong = {"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "Input.Slider", "id": "x"}]}
    assert any("Input.Slider" in problem for problem in card_problems([wrong]))
    assert card_problems([{"type": "AdaptiveCard", "version": "1.5", "body": [{"type": "TextBlock", "text": "ok"}]}]) == []


def test_the_playground_listens_on_loopback_only(sqlite_url: str, clock: FixedClock, connector: Connector,
                                                  tmp_path: Path) -> None:
    """By itself it listens on every interface (::): anyone on the network could drive the test bot."""
    app = make_app(sqlite_url, clock, **DEV)
    teams = Harness(app, connector)
    try:
        with running_playground(teams, tmp_path, GROUP, KARIN, "Karin Bos") as client:
            port = int(client.url.rsplit(":", 1)[1])
            assert listening_addresses(port) == {"127.0.0.1"}
    finally:
        teams.close()
        app.close()
    # The check sees a socket open to every interface for what it is.
    with socket.socket() as everywhere:
        everywhere.bind(("0.0.0.0", 0))
        everywhere.listen()
        assert listening_addresses(everywhere.getsockname()[1]) == {"0.0.0.0"}
