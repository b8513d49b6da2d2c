"""Help through the slash command, a mention and a DM: signed requests to the running server."""
from __future__ import annotations

from tests.adapters.slack.harness import DM, HANS, KARIN, SlackHarness, payload


def test_slash_command_help_is_answered_ephemerally_through_response_url(slack: SlackHarness) -> None:
    status, _body = slack.slash("help")
    assert status == 200
    call = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert call.args["response_type"] == "ephemeral"
    assert "Dit kan ik voor je doen" in call.text
    assert "toezegging nieuw" in call.text


def test_mention_in_a_channel_is_answered_in_its_thread(slack: SlackHarness) -> None:
    body = payload("slack_app_mention.json")
    body["event"]["text"] = "<@U222> help toezegging"
    body["event"]["user"] = HANS
    status, _ = slack.event(body)
    assert status == 200
    call = slack.standin.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.args["channel"] == "C111"
    assert call.args["thread_ts"] == body["event"]["ts"]
    assert "Hulp bij 'toezegging'" in call.text


def test_direct_message_is_answered_in_the_dm(slack: SlackHarness) -> None:
    body = payload("slack_message_im.json")
    body["event"]["text"] = "wie ben ik"
    body["event"]["user"] = KARIN
    slack.event(body)
    call = slack.standin.wait_for(lambda c: c.method == "chat.postMessage")
    assert call.args["channel"] == DM
    assert "Je bent Karin Bos" in call.text
