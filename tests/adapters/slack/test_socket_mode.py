"""Socket Mode: with SLACK_APP_TOKEN the app connects out over a WebSocket instead of serving /slack/events."""
from __future__ import annotations

import urllib.error
import urllib.request

import pytest

from bot.clock import FixedClock
from tests.adapters.slack.conftest import _harness
from tests.adapters.slack.harness import EMAILS, HANS, KARIN, payload
from tests.adapters.slack.standin import SlackStandIn


def test_socket_mode_answers_a_slash_command_and_a_mention(
    sqlite_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    command = payload("slack_socket_mode_envelope_slash_commands.json")
    command["payload"].update(command="/samenspel", text="help", user_id=KARIN, response_url="STANDIN/response/socket")
    mention = payload("slack_socket_mode_envelope_events_api.json")
    mention["envelope_id"] = "envelope-mention"
    mention["payload"]["event"].update(text="<@U222> wie ben ik", user=HANS)
    standin = SlackStandIn(emails=dict(EMAILS), envelopes=[command, mention])

    for slack in _harness(sqlite_url, clock, monkeypatch, standin, app_token="xapp-1-A111-test"):
        help_answer = standin.wait_for(lambda c: c.method == "response_url")
        assert "Dit kan ik voor je doen" in help_answer.text
        mentioned = standin.wait_for(lambda c: c.method == "chat.postMessage")
        assert "Je bent Hans Bakker" in mentioned.text and mentioned.args["thread_ts"] == "1605853844.000800"
        acks = {c.args["envelope_id"] for c in standin.calls if c.method == "socket_ack"}
        assert acks == {command["envelope_id"], "envelope-mention"}
        assert any(c.method == "apps.connections.open" for c in standin.calls)
        with pytest.raises(urllib.error.HTTPError):  # no HTTP endpoint in Socket Mode
            urllib.request.urlopen(urllib.request.Request(slack.url + "/slack/events", data=b"{}", method="POST"))
