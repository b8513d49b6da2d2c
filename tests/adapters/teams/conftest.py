"""Fixtures for the Teams adapter: the running app in local development mode and the connector stand-in."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import App
from bot.clock import FixedClock
from tests.conftest import make_app
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness
from tests.dialogue import KARIN


DEV = {"SAMENSPEL_TEAMS_ONTWIKKELMODUS": "true"}


@pytest.fixture
def app(database_url: str, clock: FixedClock) -> Iterator[App]:
    """The demo app with /api/messages in its explicit local development mode (no MicrosoftAppId)."""
    application = make_app(database_url, clock, **DEV)
    yield application
    application.close()


@pytest.fixture
def connector() -> Connector:
    return Connector(default_email=KARIN)


@pytest.fixture
def teams(app: App, connector: Connector) -> Iterator[Harness]:
    harness = Harness(app, connector)
    yield harness
    harness.close()

