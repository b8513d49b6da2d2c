"""Pacing: the workers together stay under a platform's limit, and one 429 pauses all of them.

The stand-in for Slack's Web API enforces a workspace limit (20 messages in any second here, so the tests
run in seconds) and answers 429 with Retry-After beyond it, as Slack does. Counted at the stand-in: what
Slack would have refused, received twice, or never received.
"""
from __future__ import annotations

import datetime as dt
import subprocess

import pytest

from bot.app import App
from bot.reminders import rate_budgets
from handlers.deadlines import add_working_days
from handlers.ports import HEADROOM, Budget
from scheduler.pacing import LocalBudgets, PacedNotifier
from storage.repositories.budgets import SqlRateBudgets
from tests.conftest import NOW
from tests.dialogue import HANS
from tests.integration.reminder_helpers import RecordingNotifier, add_toezegging, engine
from tests.integration.worker_helpers import (  # noqa: F401  (pg_app and slack are fixtures)
    CLI, ROOT, assert_each_delivered_once, env, pg_app, seed, slack,
)
from tests.standins.limits import Limit
from tests.standins.slack_api import Behaviour, SlackStandIn

LIMIT = 20
PACED = {"SAMENSPEL_SLACK_WORKSPACE_PER_SECOND": str(LIMIT), "SAMENSPEL_SLACK_CHANNEL_PER_SECOND": "100",
         "SAMENSPEL_DELIVERY_BATCH": "10", "SAMENSPEL_DELIVERY_CONCURRENCY": "4"}


def test_each_database_keeps_its_budgets_where_its_workers_share_them(app: App) -> None:
    budgets = rate_budgets(app)
    expected = SqlRateBudgets if app.database.dialect == "postgresql" else LocalBudgets
    assert isinstance(budgets, expected)


def test_reservations_are_spaced_by_the_rate_and_a_pause_moves_them_past_it(app: App) -> None:
    budgets = rate_budgets(app)
    workspace, channel = Budget("slack:workspace", 20), Budget("slack:channel:U1", 1)

    waits = [budgets.reserve([workspace], 10) for _ in range(5)]
    # One send now, then one every 1/19 s (95% of 20/s): five sends take 0.21 s, whoever asks.
    assert waits[0] < 0.03 and 0.17 < waits[-1] < 0.23
    assert all(0.03 < later - earlier < 0.07 for earlier, later in zip(waits, waits[1:]))
    # A conversation's own budget counts too: its second message waits a second, whatever the workspace allows.
    first = budgets.reserve([workspace, channel], 10)
    assert 1.0 < budgets.reserve([workspace, channel], 10) - first < 1.1
    # A moment further away than the caller will wait is told, not taken: the next caller still gets it.
    assert 2.0 < budgets.reserve([workspace, channel], 0.5) - first < 2.2
    assert 2.0 < budgets.reserve([workspace, channel], 10) - first < 2.2
    budgets.pause(["slack:workspace"], 5)
    assert 4.9 < budgets.reserve([workspace], 10) < 5.1
    assert budgets.forget_idle(3600) == 0  # all of them were used just now


def _run_workers(pg_app: App, slack: SlackStandIn, count: int, **extra: str) -> list[int]:
    """`count` workers with --once at the same moment; how many each delivered."""
    workers = [
        subprocess.Popen([*CLI, "worker", "--once", "--now", "2026-11-23T10:00"], env=env(pg_app, slack, **PACED, **extra),
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        for _ in range(count)
    ]
    delivered = []
    for worker in workers:
        out, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err
        delivered.append(int(out.split()[0]))
    return delivered


@pytest.mark.postgres
def test_two_workers_together_stay_under_the_workspace_limit(pg_app: App, slack: SlackStandIn) -> None:
    seed(pg_app, 120)
    slack.limiter.limits["workspace"] = Limit(LIMIT)

    delivered = _run_workers(pg_app, slack, 2)

    assert_each_delivered_once(pg_app, slack)  # nothing lost, nothing twice
    assert sum(delivered) == len(slack.keys()) >= 120
    assert all(delivered), delivered  # both sent: each alone would have gone over the limit
    # Unpaced, two workers each posted as fast as Slack answered: hundreds of 429s. Paced: next to none.
    assert slack.limiter.refused <= 2, slack.limiter.refused


@pytest.mark.postgres
def test_a_429_one_worker_gets_pauses_the_other_too(pg_app: App, slack: SlackStandIn) -> None:
    seed(pg_app, 120)
    slack.limiter.limits["workspace"] = Limit(LIMIT)
    # The 40th post is refused with Retry-After: 2 (a limit the workers could not know of): both are sending by then.
    slack.behaviour = Behaviour(pause_at=40, pause_seconds=2)

    delivered = _run_workers(pg_app, slack, 2)

    assert_each_delivered_once(pg_app, slack)
    assert all(delivered), delivered
    assert slack.paused_at is not None
    during = [t for t in slack.arrivals if slack.paused_at < t < slack.paused_at + 1.9]
    # Only what was already on its way (at 20/s, a send or two); unshared, the other worker kept posting (~38).
    assert len(during) <= 2, len(during)


def test_a_send_whose_moment_is_beyond_the_wait_goes_back_to_the_outbox_not_lost(app: App) -> None:
    """One conversation's budget at one message per 10 s: the first goes now, the others wait in the outbox
    (a worker does not sit on its claim for minutes) and go out, once each, when their moment has come."""
    due = add_working_days(NOW.date(), 2)
    keys = {add_toezegging(app, due, HANS) for _ in range(3)}
    recorder = RecordingNotifier()
    budgets = LocalBudgets(clock=lambda: app.clock.now().timestamp())
    paced = PacedNotifier(recorder, lambda person: [Budget(f"test:{person.id}", 0.1 / HEADROOM)], budgets, max_wait=1)
    eng = engine(app, paced)
    seen = []
    for _ in range(5):
        eng.sweep()
        seen.append(len(recorder.to(HANS)))
        app.clock.advance(dt.timedelta(seconds=31))  # type: ignore[attr-defined]
    eng.close()
    sent = [n.delivery_key for n in recorder.to(HANS)]
    assert sorted(k.split(":")[2] for k in sent) == sorted(keys)  # each one once
    assert seen[:3] == [1, 2, 3], seen  # one per sweep: never two at once to the same conversation
