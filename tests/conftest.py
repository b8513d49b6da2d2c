"""Shared fixtures: a clean environment, an isolated database per test (SQLite and PostgreSQL), the app."""
from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import settings as hypothesis_settings
from hypothesis.configuration import set_hypothesis_home_dir
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from bot.app import App, build_app
from bot.startup import prepare_database
from bot.clock import TIMEZONE, FixedClock
from bot.settings import Settings
from storage.engine import make_engine
from storage.migrate import upgrade

POSTGRES_ADMIN_URL = os.environ.get("SAMENSPEL_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
# Monday 23 November 2026, 10:00 in Amsterdam: the "today" of the deadline cases.
NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TIMEZONE)

# Test artefacts stay out of the working tree, so a clone is clean after `make test`: property tests keep no
# example database, and Hypothesis' own caches go to a temporary folder that is removed afterwards.
hypothesis_settings.register_profile("samenspel", database=None)
hypothesis_settings.load_profile("samenspel")
_HYPOTHESIS_HOME = tempfile.mkdtemp(prefix="samenspel-hypothesis-")
set_hypothesis_home_dir(_HYPOTHESIS_HOME)
atexit.register(shutil.rmtree, _HYPOTHESIS_HOME, ignore_errors=True)

_APP_VARIABLES = ("DATABASE_URL", "SLACK_", "MICROSOFTAPP", "SAMENSPEL_", "LOG_LEVEL", "LOG_FORMAT", "PORT", "HOST")
_TEST_VARIABLES = ("SAMENSPEL_TEST_POSTGRES",)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's real tokens must never reach a test."""
    for name in list(os.environ):
        if name.upper().startswith(_APP_VARIABLES) and name.upper() not in _TEST_VARIABLES:
            monkeypatch.delenv(name)


def _postgres_or_fail() -> None:
    try:
        engine = create_engine(POSTGRES_ADMIN_URL)
        with engine.connect():
            pass
        engine.dispose()
    except OperationalError as error:
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is required when CI=true and cannot be reached: {error}")
        pytest.skip("PostgreSQL not reachable at 127.0.0.1:5432 (set CI=true to make this a failure)")


@pytest.fixture(scope="session")
def postgres_template() -> Iterator[str]:
    """A migrated template database; each test copies it, which is much faster than migrating."""
    _postgres_or_fail()
    name = f"samenspel_tpl_{uuid.uuid4().hex[:10]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    engine = make_engine(_url_for(name))
    upgrade(engine)
    engine.dispose()
    yield name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _url_for(database: str) -> str:
    return POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + database


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('db') / 'samenspel.db'}"
        return
    with fresh_postgres(request.getfixturevalue("postgres_template")) as url:
        yield url


@contextmanager
def fresh_postgres(template: str | None = None) -> Iterator[str]:
    """A throw-away PostgreSQL database: a copy of the migrated template, or empty without one."""
    name = f"samenspel_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
    try:
        yield _url_for(name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'samenspel.db'}"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


def make_app(url: str, clock: FixedClock, **settings: object) -> App:
    app = build_app(Settings(DATABASE_URL=url, **settings), clock=clock)  # type: ignore[arg-type]
    prepare_database(app)
    return app


@pytest.fixture
def app(database_url: str, clock: FixedClock) -> Iterator[App]:
    """The whole app on a fresh database with the demo organisation, on both databases."""
    application = make_app(database_url, clock)
    yield application
    application.close()


@pytest.fixture
def sqlite_app(sqlite_url: str, clock: FixedClock) -> Iterator[App]:
    application = make_app(sqlite_url, clock)
    yield application
    application.close()
