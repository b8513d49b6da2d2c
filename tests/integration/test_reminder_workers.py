"""Several worker processes on one PostgreSQL database, counted at a stand-in for Slack's Web API.

Each notification must reach Slack exactly once: with three workers at once, after a worker is
killed with SIGKILL mid-run, and while Slack answers 429 and 500 for a while.
"""
from __future__ import annotations

import datetime as dt
import signal
import subprocess
import time

import pytest

from bot.app import App
from bot.notifiers import LogNotifier, RoutingNotifier
from bot.slack.notifier import SlackNotifier, make_client
from tests.integration.reminder_helpers import engine
from tests.integration.worker_helpers import (  # noqa: F401  (pg_app and slack are fixtures)
    CLI, ROOT, assert_each_delivered_once, env, outbox, pg_app, seed, slack,
)
from tests.standins.slack_api import Behaviour, SlackStandIn

pytestmark = pytest.mark.postgres


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
