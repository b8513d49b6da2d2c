"""Malformed requests to /slack/events are the caller's fault: 400 or 401, never a 500 (issue 12)."""
from __future__ import annotations

import hashlib
import hmac
import urllib.error
import urllib.request

import pytest

from tests.adapters.slack.harness import SECRET, SlackHarness


def _post(slack: SlackHarness, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(slack.url + "/slack/events", data=body, method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def _signed(body: bytes, timestamp: str) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(SECRET.encode(), base, hashlib.sha256).hexdigest()


@pytest.mark.parametrize(("timestamp", "signature"), [
    ("gisteren", "v0=abc"),
    ("", "v0=abc"),
    ("1e9", "v0=abc"),
    ("-5", "v0=abc"),
    ("99999999999999999999999999", "v0=abc"),
    (None, None),
])
def test_an_unsigned_or_badly_timed_request_is_401(slack: SlackHarness, timestamp: str | None, signature: str | None) -> None:
    headers = {}
    if timestamp is not None:
        headers["X-Slack-Request-Timestamp"] = timestamp
    if signature is not None:
        headers["X-Slack-Signature"] = signature
    assert _post(slack, b'{"type": "event_callback"}', headers) == 401


def test_a_body_that_is_not_utf8_is_400(slack: SlackHarness) -> None:
    body = b'{"type": "\xff\xfe"}'
    assert _post(slack, body, {"X-Slack-Request-Timestamp": "1", "X-Slack-Signature": "v0=abc"}) == 400


def test_a_signed_body_that_is_not_what_slack_sends_is_4xx(slack: SlackHarness) -> None:
    timestamp = str(int(slack.app.clock.now().timestamp()))
    for body, kind in ((b"{niet json", "application/json"), (b"payload=%7Bkapot", "application/x-www-form-urlencoded")):
        status = _post(slack, body, {"Content-Type": kind, "X-Slack-Request-Timestamp": timestamp,
                                     "X-Slack-Signature": _signed(body, timestamp)})
        assert 400 <= status < 500


def test_a_signature_with_odd_characters_is_401(slack: SlackHarness) -> None:
    timestamp = str(int(slack.app.clock.now().timestamp()))
    assert _post(slack, b"{}", {"X-Slack-Request-Timestamp": timestamp, "X-Slack-Signature": "v0=\u00e9"}) == 401
