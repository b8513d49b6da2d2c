"""An announcement sender killed mid-post (SIGKILL, a real process): the announcement is delayed, not lost,
and goes out exactly once. On today's main the dead sender's claim stayed forever and it never went out."""
from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from bot.agenda_config import agenda_instellingen
from bot.app import App
from bot.clock import FixedClock
from scheduler.agenda import LEASE, run_agenda_sweep
from tests.concurrency.moments import MONDAY_MORNING
from tests.fakes import FakeChannelNotifier, FakeNotifier

PO = "agenda:rooster:PO:2026-11-30"


def _sweep(app: App, channel: FakeChannelNotifier) -> list[str]:
    instellingen = replace(agenda_instellingen(app.settings), kanaal="slack:C0123")
    return run_agenda_sweep(app.uow_factory, app.clock, channel, FakeNotifier(), instellingen)


def _kill_mid_post(database_url: str, ready: Path) -> None:
    child = subprocess.Popen([sys.executable, "-m", "tests.concurrency.announce_child", database_url, str(ready)])
    try:
        while not ready.exists():  # waiting for the child to be inside its post, not a timing assertion
            assert child.poll() is None, "the sender ended before it started posting"
            time.sleep(0.05)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL


def test_a_sender_killed_mid_post_delays_the_announcement_but_never_loses_or_repeats_it(
    app: App, clock: FixedClock, database_url: str, tmp_path: Path
) -> None:
    clock.moment = MONDAY_MORNING
    _kill_mid_post(database_url, tmp_path / "posting")
    channel = FakeChannelNotifier()
    # While the dead sender's lease runs, nobody else sends it (it might still be on its way).
    assert PO not in _sweep(app, channel)
    clock.advance(LEASE + dt.timedelta(minutes=1))
    assert PO in _sweep(app, channel)
    clock.advance(dt.timedelta(minutes=15))
    assert PO not in _sweep(app, channel)
    assert [reply.text for _c, reply in channel.posts].count("Agenda PO · ma 30 november 2026 10:00") == 1
