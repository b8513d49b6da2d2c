"""Fixtures: the whole app served over HTTP with Slack credentials, Slack's Web API stood in on loopback."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import App
from bot.clock import FixedClock
from tests.adapters.slack.harness import EMAILS, SECRET, TOKEN, SlackHarness, running
from tests.adapters.slack.standin import SlackStandIn
from tests.conftest import make_app


def _harness(
    url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, standin: SlackStandIn | None = None,
    app_token: str | None = None, file_hosts: str | None = None,
) -> Iterator[SlackHarness]:
    standin = standin or SlackStandIn(emails=dict(EMAILS))

    def make(api_url: str) -> App:
        monkeypatch.setenv("SLACK_BOT_TOKEN", TOKEN)
        # The stand-in serves shared files over plain http on loopback: named explicitly, the default stays
        # https://files.slack.com only.
        monkeypatch.setenv("SAMENSPEL_SLACK_FILE_HOSTS", file_hosts or api_url.removesuffix("/api/"))
        if app_token:
            monkeypatch.setenv("SLACK_APP_TOKEN", app_token)
        else:
            monkeypatch.setenv("SLACK_SIGNING_SECRET", SECRET)
        monkeypatch.setenv("SLACK_API_URL", api_url)
        return make_app(url, clock)

    with running(standin, make) as harness:
        yield harness


@pytest.fixture
def slack(sqlite_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[SlackHarness]:
    yield from _harness(sqlite_url, clock, monkeypatch)


@pytest.fixture
def slack_both(database_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[SlackHarness]:
    """The same, on SQLite and on PostgreSQL (de-duplication lives in the database)."""
    yield from _harness(database_url, clock, monkeypatch)

