"""Several worker processes on one PostgreSQL database, counted at a stand-in for Slack's Web API.

Each notification must reach Slack exactly once: with three workers at once, after a worker is
killed with SIGKILL mid-run, and while Slack answers 429 and 500 for a while.
"""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from bot.app import App
from bot.clock import FixedClock
from bot.notifiers import LogNotifier, RoutingNotifier
from bot.slack.notifier import SlackNotifier, make_client
from handlers.deadlines import add_working_days
from tests.conftest import NOW, POSTGRES_ADMIN_URL, _url_for, make_app
from tests.integration.reminder_helpers import add_toezegging, engine
from tests.standins.slack_api import Behaviour, SlackStandIn

pytestmark = pytest.mark.postgres
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
        "SAMENSPEL_DELIVERY_BATCH": "5", "SAMENSPEL_DELIVERY_CONCURRENCY": "1", "LOG_LEVEL": "WARNING", **extra,
    }


def assert_each_delivered_once(app: App, slack: SlackStandIn) -> None:
    states = outbox(app)
    sent = slack.keys()
    assert sent and max(sent.values()) == 1, [k for k, n in sent.items() if n > 1]
    wanted = {key for key, state in states.items() if state == "delivered"}
    assert set(sent) == wanted
    assert not [key for key, state in states.items() if state in {"pending", "sending"}]


def test_three_workers_deliver_each_notification_exactly_once(pg_app: App, slack: SlackStandIn) -> None:
    seed(pg_app, 120)
    # Slow enough that one worker alone would need ~6 s: the others start well before it is done.
    slack.behaviour = Behaviour(latency=0.05)
    workers = [
        subprocess.Popen([*CLI, "worker", "--once", "--now", "2026-11-23T10:00"], env=env(pg_app, slack),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(3)
    ]
    counts = []
    for worker in workers:
        out, err = worker.communicate(timeout=90)
        assert worker.returncode == 0, err
        counts.append(int(out.split()[0]))
    assert_each_delivered_once(pg_app, slack)
    assert sum(counts) == len(slack.keys()) >= 120
    assert sum(1 for c in counts if c) >= 2, counts  # the work really was shared


def test_a_worker_killed_mid_run_loses_nothing_and_doubles_nothing(pg_app: App, slack: SlackStandIn) -> None:
    seed(pg_app, 80)
    slack.behaviour = Behaviour(latency=0.03)
    settings = {"SAMENSPEL_DELIVERY_LEASE_SECONDS": "2", "SAMENSPEL_PLAN_INTERVAL_SECONDS": "1",
                "SAMENSPEL_DELIVER_INTERVAL_SECONDS": "1"}
    victim = subprocess.Popen([*CLI, "worker", "--now", "2026-11-23T10:00"], env=env(pg_app, slack, **settings),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    deadline = time.monotonic() + 60
    # 17: in the middle of the fourth batch of five, so the victim holds claims it partly sent.
    while sum(slack.keys().values()) < 17 and time.monotonic() < deadline:
        time.sleep(0.005)
    victim.send_signal(signal.SIGKILL)
    victim.wait(10)
    assert "sending" in outbox(pg_app).values()  # it died holding a claim
    later = subprocess.run([*CLI, "worker", "--once", "--now", "2026-11-23T10:30"], env=env(pg_app, slack, **settings),
                           capture_output=True, text=True, timeout=90, cwd=ROOT)
    assert later.returncode == 0, later.stderr
    assert_each_delivered_once(pg_app, slack)


def test_slack_answering_429_and_500_delays_but_never_loses_or_doubles(pg_app: App, slack: SlackStandIn) -> None:
    seed(pg_app, 20)
    slack.behaviour = Behaviour(rate_limited=4, server_errors=6)
    notifier = RoutingNotifier({"slack": SlackNotifier(make_client("xoxb-test", slack.url))}, LogNotifier())
    eng = engine(pg_app, notifier)
    first = eng.sweep()
    for _ in range(10):
        pg_app.clock.advance(dt.timedelta(minutes=5))  # type: ignore[attr-defined]
        eng.sweep()
    eng.close()
    assert first < len(slack.keys())  # delayed...
    assert_each_delivered_once(pg_app, slack)  # ...but nothing lost or doubled
