"""Worker processes on one PostgreSQL database, against the loopback platform stand-ins: shared by the worker tests."""
from __future__ import annotations

import os
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.app import App
from bot.clock import FixedClock
from handlers.deadlines import add_working_days
from tests.conftest import NOW, POSTGRES_ADMIN_URL, _url_for, make_app
from tests.integration.reminder_helpers import add_toezegging
from tests.standins.slack_api import SlackStandIn

ROOT = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "bot.cli"]


@pytest.fixture
def pg_app(postgres_template: str, clock: FixedClock) -> Iterator[App]:
    name = f"samenspel_w_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{postgres_template}"'))
    application = make_app(_url_for(name), clock)
    yield application
    application.close()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def slack() -> Iterator[SlackStandIn]:
    standin = SlackStandIn().start()
    yield standin
    standin.stop()


def seed(app: App, count: int) -> None:
    """Everyone on Slack; `count` toezeggingen due in 2 working days, so each owner gets a reminder today."""
    with app.uow_factory() as uow:
        people = uow.people.all()
        for person in people:
            assert person.id is not None
            uow.people.link_platform(person.id, "slack", f"U{person.id:04d}")
        uow.commit()
    due = add_working_days(NOW.date(), 2)
    for n in range(count):
        add_toezegging(app, due, people[n % len(people)].email)


def outbox(app: App) -> dict[str, str]:
    with app.database.engine.connect() as conn:
        return dict(conn.execute(text("SELECT delivery_key, state FROM notifications")).all())  # type: ignore[arg-type]


def env(app: App, slack: SlackStandIn, **extra: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.upper().startswith(("SLACK_", "SAMENSPEL_", "DATABASE_URL"))}
    return {
        **keep, "PYTHONPATH": str(ROOT), "DATABASE_URL": app.settings.database_url, "SAMENSPEL_DEMO": "false",
        "SLACK_BOT_TOKEN": "xoxb-test", "SLACK_SIGNING_SECRET": "test", "SLACK_API_URL": slack.url,
        "SAMENSPEL_DELIVERY_BATCH": "5", "SAMENSPEL_DELIVERY_CONCURRENCY": "1", "LOG_LEVEL": "WARNING",
        # These tests are about exactly-once, not pacing (test_pacing.py): budgets far above the stand-in's speed.
        "SAMENSPEL_SLACK_WORKSPACE_PER_SECOND": "1000", "SAMENSPEL_SLACK_CHANNEL_PER_SECOND": "100", **extra,
    }


def assert_each_delivered_once(app: App, slack: SlackStandIn) -> None:
    states = outbox(app)
    sent = slack.keys()
    assert sent and max(sent.values()) == 1, [k for k, n in sent.items() if n > 1]
    wanted = {key for key, state in states.items() if state == "delivered"}
    assert set(sent) == wanted
    assert not [key for key, state in states.items() if state in {"pending", "sending"}]
