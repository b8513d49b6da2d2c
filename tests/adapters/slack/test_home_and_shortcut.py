"""App Home, the 'Registreer als toezegging' message shortcut, and a button that runs a command at once."""
from __future__ import annotations

from typing import Any

from tests.adapters.slack.harness import CHANNEL, HANS, KARIN, SlackHarness, click, payload, submission


def test_app_home_shows_my_open_toezeggingen_and_what_is_due_soon(slack: SlackHarness) -> None:
    body = payload("slack_app_home_opened.json")
    body["event"]["user"] = HANS
    assert slack.event(body)[0] == 200
    published = slack.standin.wait_for(lambda c: c.method == "views.publish")
    assert published.args["user_id"] == HANS
    view = published.view
    assert view["type"] == "home"
    assert "Mijn openstaande toezeggingen" in published.text and "Binnenkort: deadline binnen 2 weken" in published.text
    assert "toezegging(en) van jou" in published.text or "Geen toezeggingen gevonden van jou" in published.text
    labels = [e["text"]["text"] for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert "Nieuwe toezegging" in labels


def test_app_home_new_button_opens_the_modal_and_the_answer_arrives_by_dm(slack: SlackHarness) -> None:
    slack.event(payload("slack_app_home_opened.json") | {"event": {**payload("slack_app_home_opened.json")["event"], "user": KARIN}})
    home = slack.standin.wait_for(lambda c: c.method == "views.publish").view
    button = next(e for b in home["blocks"] if b["type"] == "actions" for e in b["elements"]
                  if e["text"]["text"] == "Nieuwe toezegging")
    body = click(slack, button)
    body.pop("channel")
    body["container"] = {"type": "view", "view_id": "VHOME"}
    body.pop("response_url")
    slack.interaction(body)
    modal = slack.standin.wait_for(lambda c: c.method == "views.open").view
    slack.interaction(submission(slack, modal, {"omschrijving": "Notitie over fietspaden", "portefeuillehouder": "De Vries",
                                                "deadline": "1 maart 2027"}))
    answer = slack.standin.wait_for(lambda c: c.method == "chat.postMessage" and "geregistreerd" in c.text)
    assert answer.args["channel"] == KARIN  # the DM with the bot


def test_messages_tab_opened_publishes_nothing(slack: SlackHarness) -> None:
    slack.event(payload("slack_app_home_opened_messages.json"))
    slack.event(payload("slack_app_home_opened.json") | {"event_id": "EvLater"})
    slack.standin.wait_for(lambda c: c.method == "views.publish")
    assert len([c for c in slack.standin.calls if c.method == "views.publish"]) == 1


def _shortcut(slack: SlackHarness, text: str) -> dict[str, Any]:
    """A message shortcut payload (type message_action), built on the recorded block_actions envelope fields."""
    base = payload("slack_block_actions.json")
    return {
        "type": "message_action", "token": base["token"], "action_ts": "1605853645.582706",
        "team": base["team"], "user": {**base["user"], "id": KARIN}, "channel": {"id": CHANNEL, "name": "bestuur"},
        "callback_id": "registreer_toezegging", "trigger_id": slack.next_id(),
        "response_url": slack.standin.response_url("shortcut"), "message_ts": "1605853634.000400",
        "message": {"type": "message", "user": HANS, "ts": "1605853634.000400", "text": text},
    }


def test_message_shortcut_prefills_the_registration_modal_with_text_and_link(slack: SlackHarness) -> None:
    slack.interaction(_shortcut(slack, "De gedeputeerde zegde toe de raad voor de zomer te informeren &amp; te rapporteren"))
    updated = slack.standin.wait_for(lambda c: c.method == "views.update")
    # The trigger expires 3 seconds after the click: the modal opens before any other Web API call.
    web_api = [c.method for c in slack.standin.calls if c.method not in ("auth.test", "users.info")]
    assert web_api[:3] == ["views.open", "chat.getPermalink", "views.update"]
    opened = slack.standin.wait_for(lambda c: c.method == "views.open").view
    permalink = slack.standin.wait_for(lambda c: c.method == "chat.getPermalink")
    assert permalink.args["channel"] == CHANNEL and permalink.args["message_ts"] == "1605853634.000400"
    first = next(b for b in opened["blocks"] if b.get("block_id") == "omschrijving")["element"]["initial_value"]
    assert first.startswith("De gedeputeerde zegde toe de raad voor de zomer te informeren & te rapporteren")
    modal = updated.view
    omschrijving = next(b for b in modal["blocks"] if b.get("block_id") == "omschrijving")
    initial = omschrijving["element"]["initial_value"]
    assert initial.startswith(first) and updated.args["view_id"] == "V1"
    assert "https://noordwaard.slack.com/archives/C0KANAAL1/p1" in initial
    slack.interaction(submission(slack, modal, {"omschrijving": initial, "portefeuillehouder": "De Vries",
                                                "deadline": "voor de zomer"}))
    answer = slack.standin.wait_for(lambda c: c.method == "response_url" and "geregistreerd" in c.text)
    assert "archives/C0KANAAL1/p1" in answer.text and answer.args["response_type"] == "ephemeral"


def test_a_long_message_fits_the_modal_and_its_metadata(slack: SlackHarness) -> None:
    slack.interaction(_shortcut(slack, "Toezegging " * 600))
    modal = slack.standin.wait_for(lambda c: c.method == "views.open").view
    omschrijving = next(b for b in modal["blocks"] if b.get("block_id") == "omschrijving")
    assert len(omschrijving["element"]["initial_value"]) <= 3000
    assert len(modal["private_metadata"]) <= 3000


def test_a_command_button_runs_its_command_at_once(slack: SlackHarness) -> None:
    button = {"action_id": "samenspel_cmd:0", "type": "button", "value": "toezeggingen verlopen",
              "text": {"type": "plain_text", "text": "Verlopen"}}
    slack.interaction(click(slack, button, user=HANS))
    answer = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert "termijn overschreden" in answer.text
    assert answer.args["response_type"] == "ephemeral" and answer.args["replace_original"] is False
