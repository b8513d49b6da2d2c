"""`samenspel worker [--once] [--now YYYY-MM-DDTHH:MM]`: only the reminder scheduler.

Any number of workers may share one PostgreSQL database; on SQLite a second one refuses to start.
`--once` runs one sweep (plan + deliver) and exits; `--now` pretends it is that moment (Amsterdam
time): fixed with --once, running on from there without it.
"""
from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import logging
import signal
from typing import Any

from bot.cli.common import Failed, moment
from bot.clock import FixedClock, SystemClock
from bot.runtime import settle
from bot.reminders import (
    Platforms, agenda_job, build_channel_notifier, build_engine, build_notifier, housekeeping_job, intervals, ronde_job, sqlite_lock,
)
from bot.settings import Settings
from bot.startup import open_running_app
from handlers.ports import Clock
from scheduler.engine import ReminderEngine
from scheduler.jobs import Job, start_async
from scheduler.lock import AlreadyRunning

log = logging.getLogger(__name__)


class ShiftedClock:
    """Real time, shifted so that it started at a chosen moment: `worker --now` without --once."""

    def __init__(self, start: dt.datetime) -> None:
        self.offset = start - SystemClock().now()

    def now(self) -> dt.datetime:
        return SystemClock().now() + self.offset


def add_parser(subparsers: Any) -> None:
    worker = subparsers.add_parser("worker", help="draai alleen de herinneringen (planner en bezorging)")
    worker.add_argument("--once", action="store_true", help="één ronde plannen en bezorgen, dan stoppen")
    worker.add_argument("--now", type=moment, help="doe alsof het dit moment is (YYYY-MM-DDTHH:MM, Amsterdam)")
    worker.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    # A stop before the scheduler's own handler is in place (during start-up) ends as cleanly as Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    try:
        return _run(args, settings)
    except KeyboardInterrupt:
        log.info("worker stopt tijdens het opstarten: er liep nog niets, dus er blijft niets half")
        return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    clock: Clock = SystemClock()
    if args.now is not None:
        clock = FixedClock(args.now) if args.once else ShiftedClock(args.now)
    app = open_running_app(settings, clock)
    lock = sqlite_lock(app)
    try:
        if lock is not None:
            lock.acquire()
    except AlreadyRunning as error:
        app.close()
        raise Failed(str(error)) from None
    platforms = Platforms(app)
    notifier = build_notifier(app, platforms=platforms)
    agenda = agenda_job(app, notifier, build_channel_notifier(app, platforms=platforms))
    engine = build_engine(app, notifier)
    ronde = ronde_job(app)
    settle()
    try:
        if args.once:
            ronde.run()
            delivered = engine.sweep()
            agenda.run()
            print(f"{delivered} meldingen bezorgd")
            return 0
        asyncio.run(_forever(engine, settings, [agenda, housekeeping_job(app, platforms.budgets), ronde]))
        return 0
    except KeyboardInterrupt:
        return 0
    finally:
        engine.close()
        if lock is not None:
            lock.release()
        app.close()


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


async def _forever(engine: ReminderEngine, settings: Settings, jobs: list[Job]) -> None:
    """Until SIGTERM/SIGINT; then the running sweep finishes and records its claims (see RunningReminders.stop)."""
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    scheduler = start_async(engine, intervals(settings), jobs)
    log.info("worker gestart: plannen elke %ss, bezorgen elke %ss",
             settings.plan_interval_seconds, settings.deliver_interval_seconds)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
        log.info("worker stopt: de lopende ronde maakt zijn werk af")
    finally:
        scheduler.pause()
        engine.stop()
        scheduler.shutdown(wait=True)
