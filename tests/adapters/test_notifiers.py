"""Notifiers: routing per person, the console, and Slack DMs against the Web API stand-in."""
from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator

import pytest

from bot.clock import TIMEZONE
from bot.notifiers import ConsoleNotifier, RoutingNotifier
from bot.slack.notifier import SlackChannelNotifier, SlackNotifier, make_client
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import Unreachable
from tests.standins.slack_api import SlackStandIn

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TIMEZONE)
HANS = Person(8, "Hans Bakker", "hans.bakker@noordwaard.example", slack_user_id="U0008")
NIELS = Person(14, "Niels van Dijk", "niels.vandijk@noordwaard.example")


def note(key: str = "herinnering:toezegging:T-2026-001:voor-2:2026-11-23:8", **extra: str) -> Notification:
    return Notification(8, OutgoingReply("Herinnering: Toezegging T-2026-001 moet over 2 werkdagen af zijn."), key, NOW,
                        extra)


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    standin = SlackStandIn().start()
    yield standin
    standin.stop()


def test_slack_dm_carries_text_and_delivery_key(slack: SlackStandIn) -> None:
    SlackNotifier(make_client("xoxb-test", slack.url)).deliver(HANS, note())
    [message] = slack.messages
    assert message["channel"] == "DU0008"
    assert message["text"].startswith("Herinnering: Toezegging T-2026-001")
    assert slack.keys() == {note().delivery_key: 1}


def test_an_uncertain_retry_is_not_sent_again_when_slack_already_has_it(slack: SlackStandIn) -> None:
    notifier = SlackNotifier(make_client("xoxb-test", slack.url))
    notifier.deliver(HANS, note())
    notifier.deliver(HANS, note(uncertain="1"))
    notifier.deliver(HANS, note("herinnering:other", uncertain="1"))
    assert slack.keys() == {note().delivery_key: 1, "herinnering:other": 1}


def test_blocks_come_from_the_injected_renderer(slack: SlackStandIn) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "*Herinnering*"}}]
    SlackNotifier(make_client("xoxb-test", slack.url), renderer=lambda reply: blocks).deliver(HANS, note())
    assert slack.messages[0]["blocks"] == blocks


def test_slack_channel_post(slack: SlackStandIn) -> None:
    SlackChannelNotifier(make_client("xoxb-test", slack.url)).post("slack:C0123", OutgoingReply("Agenda PO"))
    assert slack.messages[0]["text"] == "Agenda PO"
    with pytest.raises(ValueError):
        SlackChannelNotifier(make_client("xoxb-test", slack.url)).post("teams:abc", OutgoingReply("x"))


def test_routing_without_any_platform_is_unreachable_when_slack_is_configured(slack: SlackStandIn) -> None:
    out = io.StringIO()
    routing = RoutingNotifier({"slack": SlackNotifier(make_client("xoxb-test", slack.url))},
                              ConsoleNotifier(out, NIELS.email))
    routing.deliver(HANS, note())
    with pytest.raises(Unreachable, match="Niels van Dijk is op geen platform bereikbaar"):
        routing.deliver(NIELS, note())
    assert len(slack.messages) == 1


def test_console_only_deployment_prints_in_the_chat_only_what_is_for_the_one_who_chats() -> None:
    out = io.StringIO()
    RoutingNotifier({}, ConsoleNotifier(out, NIELS.email)).deliver(NIELS, note())
    assert "[melding voor Niels van Dijk]" in out.getvalue()
    assert "Herinnering: Toezegging T-2026-001" in out.getvalue()
    someone_else = io.StringIO()
    RoutingNotifier({}, ConsoleNotifier(someone_else, HANS.email)).deliver(NIELS, note())
    assert someone_else.getvalue() == ""
