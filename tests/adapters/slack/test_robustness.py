"""Retries without duplicates, signatures, rate limits, and the messages the bot must ignore."""
from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any
from urllib.parse import urlencode

import pytest

from bot.clock import FixedClock
from bot.slack.mount import request_verifier
from handlers.ports import ToezeggingFilter
from tests.adapters.slack.harness import (
    CHANNEL, HANS, KARIN, SlackHarness, payload, slash_body, submission,
)

NIEUW = "toezegging nieuw Brief over de N-weg; portefeuillehouder: De Vries; deadline: Q3 2027"


def _open(slack: SlackHarness) -> int:
    with slack.app.uow_factory() as uow:
        return len(uow.toezeggingen.find(ToezeggingFilter(open_only=False)))


def _mention(text: str, user: str = HANS) -> dict[str, Any]:
    body = payload("slack_app_mention.json")
    body["event"].update(text=f"<@U222> {text}", user=user)
    return body


def test_a_retried_event_creates_one_record_and_one_reply(slack_both: SlackHarness) -> None:
    slack = slack_both
    before = _open(slack)
    body = _mention(NIEUW, KARIN)
    assert slack.event(body)[0] == 200
    slack.standin.wait_for(lambda c: c.method == "chat.postMessage" and "geregistreerd" in c.text)
    for attempt in ("1", "2"):
        status, _ = slack.event(body, headers={"X-Slack-Retry-Num": attempt, "X-Slack-Retry-Reason": "http_timeout"})
        assert status == 200
    mark = slack.standin.mark()
    slack.event(_mention("wie ben ik", KARIN) | {"event_id": "EvSentinel"})  # processed after the retries
    slack.standin.wait_for(lambda c: "Je bent Karin Bos" in c.text, after=mark)
    assert _open(slack) == before + 1
    assert len([c for c in slack.standin.replies() if "geregistreerd" in c.text]) == 1


def test_a_retried_slash_command_and_modal_submission_create_nothing_twice(slack: SlackHarness) -> None:
    before = _open(slack)
    raw = urlencode(slash_body(NIEUW, response_url=slack.standin.response_url(), trigger_id="retry.1"))
    for attempt in (None, "1"):
        headers = {"X-Slack-Retry-Num": attempt} if attempt else {}
        assert slack.post(raw, "application/x-www-form-urlencoded", headers=headers)[0] == 200
    slack.standin.wait_for(lambda c: "geregistreerd" in c.text)
    slack.slash("toezegging nieuw")
    opened = slack.standin.wait_for(lambda c: c.method == "views.open").view
    body = submission(slack, opened, {"omschrijving": "Tweede brief", "portefeuillehouder": "De Vries", "deadline": "Q4 2027"})
    slack.interaction(body)
    slack.interaction(body, headers={"X-Slack-Retry-Num": "1"})
    slack.standin.wait_for(lambda c: "Tweede brief" in c.text)
    mark = slack.standin.mark()
    slack.slash("wie ben ik")
    slack.standin.wait_for(lambda c: "Je bent Karin Bos" in c.text, after=mark)
    assert _open(slack) == before + 2
    assert len([c for c in slack.standin.replies() if "geregistreerd" in c.text]) == 2


def test_bad_signature_and_stale_timestamp_get_401_and_a_log_line(
    slack: SlackHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="bot.slack.mount")
    raw = urlencode(slash_body(NIEUW, response_url=slack.standin.response_url()))
    assert slack.post(raw, "application/x-www-form-urlencoded", signature="v0=" + "0" * 64)[0] == 401
    stale = int(slack.app.clock.now().timestamp()) - 6 * 60
    assert slack.post(raw, "application/x-www-form-urlencoded", timestamp=stale)[0] == 401
    fresh_enough = int(slack.app.clock.now().timestamp()) - 4 * 60
    assert slack.post(raw, "application/x-www-form-urlencoded", timestamp=fresh_enough)[0] == 200
    assert len([r for r in caplog.records if "401" in r.getMessage()]) == 2
    slack.standin.wait_for(lambda c: "geregistreerd" in c.text)
    assert len([c for c in slack.standin.replies() if "geregistreerd" in c.text]) == 1


def test_signature_known_answer_from_slacks_documentation() -> None:
    fixture = payload("slack_slash_command_signing_fixture.json")
    at = dt.datetime.fromtimestamp(int(fixture["timestamp"]), dt.timezone.utc)
    verifier = request_verifier(fixture["signing_secret"], FixedClock(at))
    assert verifier.is_valid(fixture["body"], fixture["timestamp"], fixture["signature"])
    assert not verifier.is_valid(fixture["body"] + "x", fixture["timestamp"], fixture["signature"])
    late = request_verifier(fixture["signing_secret"], FixedClock(at + dt.timedelta(minutes=6)))
    assert not late.is_valid(fixture["body"], fixture["timestamp"], fixture["signature"])


def test_the_documentation_request_signed_with_another_secret_is_refused(slack: SlackHarness) -> None:
    fixture = payload("slack_slash_command_signing_fixture.json")
    status, _ = slack.post(fixture["body"], "application/x-www-form-urlencoded",
                           timestamp=int(slack.app.clock.now().timestamp()), signature=fixture["signature"])
    assert status == 401


def test_rate_limited_post_is_retried_after_retry_after_and_delivered(slack: SlackHarness) -> None:
    slack.standin.rate_limited["chat.postMessage"] = 1
    slack.event(_mention("help"))
    delivered = slack.standin.wait_for(lambda c: c.method == "chat.postMessage")
    assert "Dit kan ik voor je doen" in delivered.text
    assert slack.standin.refused == ["chat.postMessage"]
    assert len([c for c in slack.standin.calls if c.method == "chat.postMessage"]) == 1


@pytest.mark.parametrize("name", ["slack_message_bot_subtype.json", "slack_message_changed.json",
                                  "slack_message_deleted.json", "slack_message_channel.json"])
def test_bot_messages_edits_deletions_and_channel_chatter_are_ignored(slack: SlackHarness, name: str) -> None:
    body = payload(name)
    body["event"]["text"] = "help"  # would be answered if it were not ignored
    assert slack.event(body)[0] == 200
    dm = payload("slack_message_im.json")
    dm["event"]["text"] = "wie ben ik"
    dm["event"]["user"] = KARIN
    slack.event(dm)
    slack.standin.wait_for(lambda c: "Je bent Karin Bos" in c.text)
    assert len(slack.standin.replies()) == 1


def test_url_verification_echoes_the_challenge(slack: SlackHarness) -> None:
    body = payload("slack_url_verification.json")
    status, answer = slack.event(body)
    assert status == 200
    assert json.loads(answer) == {"challenge": body["challenge"]}


def test_someone_not_in_the_registry_hears_who_can_add_them(slack: SlackHarness) -> None:
    from tests.adapters.slack.harness import STRANGER

    slack.slash("toezeggingen", user=STRANGER, channel=CHANNEL)
    answer = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert "Ik ken je nog niet (onbekend@elders.example)" in answer.text
    assert "Karin Bos" in answer.text


def test_users_info_is_asked_once_per_person(slack: SlackHarness) -> None:
    for _ in range(3):
        mark = slack.standin.mark()
        slack.slash("wie ben ik", user=HANS)
        slack.standin.wait_for(lambda c: "Je bent Hans Bakker" in c.text, after=mark)
    assert len([c for c in slack.standin.calls if c.method == "users.info"]) == 1


def test_a_failure_after_the_ack_is_told_to_the_user(slack: SlackHarness) -> None:
    """Slack already heard "ok"; without Bolt's error handler the user would wait for nothing."""
    slack.standin.failing["views.open"] = "expired_trigger_id"
    status, _ = slack.slash("toezegging nieuw")
    assert status == 200
    answer = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert "er ging iets mis aan mijn kant" in answer.text and answer.args["response_type"] == "ephemeral"
