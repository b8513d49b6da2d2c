"""The leak matrix on the real adapters: signed Slack requests (channel, DM, App Home) and Teams activities
(channel, personal chat) from people who may not read the planted items; readers as positive controls."""
from __future__ import annotations

import itertools
import logging
from collections.abc import Iterator
from typing import Any

import pytest

from bot.clock import FixedClock
from tests.adapters.slack.conftest import _harness
from tests.adapters.slack.harness import EMAILS, SlackHarness, payload
from tests.adapters.slack.standin import SlackStandIn
from tests.adapters.teams.activities import channel, personal
from tests.adapters.teams.conftest import DEV
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness, harnesses
from tests.leaks.planted import MARKER, OUTSIDERS, READERS, item_commands, plant, surname

MAAIKE, FRANK, ANNA = "U0MAAIKE", "U0FRANK", "U0ANNA"
USERS = {MAAIKE: OUTSIDERS["professional in het team van de eigenaar"],
         FRANK: OUTSIDERS["ambtelijk opdrachtgever van de eigenaar"], ANNA: READERS["portefeuillehouder"]}
_events = itertools.count(1)


@pytest.fixture
def slack(database_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch,
          caplog: pytest.LogCaptureFixture) -> Iterator[SlackHarness]:
    caplog.set_level(logging.DEBUG)
    yield from _harness(database_url, clock, monkeypatch, SlackStandIn(emails={**EMAILS, **USERS}))
    assert [r.getMessage() for r in caplog.records if MARKER in r.getMessage().lower()] == []


def _event(name: str, user: str, text: str) -> dict[str, Any]:
    body = payload(name)
    body["event"].update(text=text, user=user)
    body["event_id"] = f"EvLeak{next(_events)}"
    return body


def _answer(slack: SlackHarness, body: dict[str, Any]) -> str:
    mark = slack.standin.mark()
    assert slack.event(body)[0] == 200
    return slack.standin.wait_for(lambda c: c.method in ("chat.postMessage", "chat.postEphemeral"), after=mark).text


def test_slack_channel_dm_and_app_home(slack: SlackHarness) -> None:
    planted = plant(slack.app)
    for user in (MAAIKE, FRANK):
        for text in item_commands(planted, surname(USERS[user])):
            in_channel = _answer(slack, _event("slack_app_mention.json", user, f"<@U222> {text}"))
            assert MARKER not in in_channel.lower(), (user, text, in_channel)
            in_dm = _answer(slack, _event("slack_message_im.json", user, text))
            assert MARKER not in in_dm.lower(), (user, text, in_dm)
        mark = slack.standin.mark()
        slack.event(_event("slack_app_home_opened.json", user, ""))
        home = slack.standin.wait_for(lambda c: c.method == "views.publish", after=mark)
        assert MARKER not in home.text.lower()
    assert all(MARKER not in c.text.lower() for c in slack.standin.calls)
    # Positive control: the portefeuillehouder reads it in her DM, and a channel still shows nothing.
    assert MARKER in _answer(slack, _event("slack_message_im.json", ANNA, f"toezegging {planted.toezegging}")).lower()
    in_channel = _answer(slack, _event("slack_app_mention.json", ANNA, f"<@U222> toezegging {planted.toezegging}"))
    assert MARKER not in in_channel.lower()


@pytest.fixture
def teams_for(database_url: str, clock: FixedClock, caplog: pytest.LogCaptureFixture) -> Iterator[Any]:
    caplog.set_level(logging.DEBUG)
    with harnesses(database_url, clock) as build:
        yield lambda email: build(Connector(default_email=email), **DEV)
    assert [r.getMessage() for r in caplog.records if MARKER in r.getMessage().lower()] == []


def _sent(teams: Harness) -> str:
    return str(teams.connector.sent[-1].activity).lower()


def test_teams_channel_and_personal_chat(teams_for: Any) -> None:
    teams: Harness = teams_for(OUTSIDERS["professional in het team van de eigenaar"])
    planted = plant(teams.app)
    for text in item_commands(planted):
        teams.post(personal(text))
        assert MARKER not in _sent(teams), ("personal", text, _sent(teams))
        teams.post(channel(text))
        assert MARKER not in _sent(teams), ("channel", text, _sent(teams))
    assert all(MARKER not in str(s.activity).lower() for s in teams.connector.sent)


def test_teams_positive_control(teams_for: Any) -> None:
    teams: Harness = teams_for(READERS["eigenaar"])
    planted = plant(teams.app)
    teams.post(personal(f"motie {planted.motie}"))
    assert MARKER in _sent(teams)
    teams.post(channel(f"motie {planted.motie}"))
    assert MARKER not in _sent(teams)
