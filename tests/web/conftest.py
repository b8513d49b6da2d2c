"""The whole app behind a real server on loopback, with the development sign-in, on SQLite and PostgreSQL."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from bot.app import App
from bot.clock import FixedClock
from tests.conftest import make_app
from tests.web.browser import Browser, serving
from tests.web.chromium import chromium  # noqa: F401  (the real browser, for the accessibility tests)


@pytest.fixture
def app(database_url: str, clock: FixedClock) -> Iterator[App]:
    application = make_app(database_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True)
    yield application
    application.close()


@pytest.fixture
def site(app: App) -> Iterator[str]:
    with serving(app) as url:
        yield url


@pytest.fixture
def browser(site: str) -> Browser:
    return Browser(site)
