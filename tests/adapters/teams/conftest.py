"""Fixtures for the Teams adapter: the running app in local development mode and the connector stand-in."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import App
from tests.adapters.teams.connector import Connector
from tests.adapters.teams.harness import Harness
from tests.dialogue import KARIN


@pytest.fixture
def connector() -> Connector:
    return Connector(default_email=KARIN)


@pytest.fixture
def teams(app: App, connector: Connector) -> Iterator[Harness]:
    harness = Harness(app, connector)
    yield harness
    harness.close()

