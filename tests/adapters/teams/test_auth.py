"""With an app id every request needs a valid Bot Framework token; anything else is a 401, never a 500."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.clock import FixedClock
from bot.teams.endpoint import _loopback
from tests.adapters.teams.activities import personal
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness
from tests.conftest import make_app

APP_ID = "8f6a4b2e-1c3d-4e5f-9a7b-0c1d2e3f4a5b"


@pytest.fixture
def secured(sqlite_url: str, clock: FixedClock, connector: Connector) -> Iterator[Harness]:
    app = make_app(sqlite_url, clock, MicrosoftAppId=APP_ID, MicrosoftAppPassword="geheim")
    harness = Harness(app, connector)
    yield harness
    harness.close()
    app.close()


@pytest.mark.parametrize("header", [
    None,
    "",
    "Bearer",  # one part: botbuilder 4.17.1 answers this with 500
    "Bearer dit-is-geen-token",
    "Basic a2FyaW46Z2VoZWlt",
])
def test_requests_without_a_valid_token_are_refused(secured: Harness, connector: Connector, header: str | None) -> None:
    headers = {} if header is None else {"Authorization": header}

    status, _ = secured.post(personal("toezeggingen"), headers=headers)

    assert status == 401
    assert connector.sent == [] and connector.member_lookups == 0


def test_a_body_that_is_not_an_activity_is_a_bad_request(secured: Harness) -> None:
    assert secured.post({}, data="{niet json")[0] == 400
    assert secured.post({}, data="[]")[0] == 400
    assert secured.post({}, data='{"type": "message", "text": "help"}')[0] == 400


def test_local_development_mode_only_trusts_this_machine() -> None:
    assert _loopback("127.0.0.1") and _loopback("::1")
    assert not _loopback("10.0.0.8") and not _loopback(None) and not _loopback("unix")


def test_incomplete_teams_settings_stop_the_start_with_the_missing_key() -> None:
    from bot.settings import SettingsError, load_settings

    with pytest.raises(SettingsError, match="MicrosoftAppTenantId ontbreekt"):
        load_settings(MicrosoftAppId=APP_ID, MicrosoftAppPassword="x", MicrosoftAppType="SingleTenant")
    with pytest.raises(SettingsError, match="kies MultiTenant"):
        load_settings(MicrosoftAppType="Tenantloos")
