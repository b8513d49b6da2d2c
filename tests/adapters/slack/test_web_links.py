"""List replies and App Home link to the same list on the web, with the filter in the address, when the web has a
public address (SAMENSPEL_WEB_ADRES); without one there is no link."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlsplit

import pytest

from bot.clock import FixedClock
from tests.adapters.slack.conftest import _harness
from tests.adapters.slack.harness import HANS, SlackHarness, payload
from tests.dialogue import ANNA

WEB = "https://samenspel.noordwaard.example"
LINK = re.compile(r"<(https://[^|>]+)\|Bekijk deze lijst in de browser>")


@pytest.fixture
def linked(sqlite_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch) -> Iterator[SlackHarness]:
    monkeypatch.setenv("SAMENSPEL_WEB_ADRES", WEB)
    yield from _harness(sqlite_url, clock, monkeypatch)


def _link(text: str) -> tuple[str, dict[str, str]]:
    found = LINK.search(text)
    assert found, text
    parts = urlsplit(found.group(1))
    assert f"{parts.scheme}://{parts.netloc}" == WEB
    return parts.path, dict(parse_qsl(parts.query))


def test_a_list_reply_links_to_the_same_filtered_list_on_the_web(linked: SlackHarness) -> None:
    linked.slash("moties van De Vries")
    reply = linked.standin.wait_for(lambda c: c.method == "response_url" and "portefeuillehouder Anna de Vries" in c.text)
    assert _link(reply.text) == ("/moties", {"portefeuillehouder": ANNA})
    linked.slash("toezeggingen verlopen")
    late = linked.standin.wait_for(lambda c: c.method == "response_url" and "termijn overschreden" in c.text)
    assert _link(late.text) == ("/toezeggingen", {"te_laat": "ja"})


def test_a_list_the_web_cannot_filter_the_same_way_gets_no_link(linked: SlackHarness) -> None:
    """'mijn' is owner or portefeuillehouder: no web filter shows exactly that, so no link pretends to."""
    linked.slash("toezeggingen zonder eigenaar")
    reply = linked.standin.wait_for(lambda c: c.method == "response_url" and "zonder eigenaar" in c.text)
    assert "Bekijk deze lijst in de browser" not in reply.text


def test_app_home_links_what_is_due_soon(linked: SlackHarness, clock: FixedClock) -> None:
    body = payload("slack_app_home_opened.json")
    body["event"]["user"] = HANS
    linked.event(body)
    home = linked.standin.wait_for(lambda c: c.method == "views.publish")
    until = (clock.now().date() + dt.timedelta(days=14)).isoformat()
    assert _link(home.text) == ("/toezeggingen", {"termijn_tot": until})


def test_without_a_web_address_there_is_no_link(slack: SlackHarness) -> None:
    slack.slash("toezeggingen verlopen")
    reply = slack.standin.wait_for(lambda c: c.method == "response_url" and "termijn overschreden" in c.text)
    assert "in de browser" not in reply.text
