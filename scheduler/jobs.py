"""APScheduler wiring: two fixed jobs with explicit ids (never one job per item).

Each job starts at once, so after downtime missed reminders go out on start (once: the outbox
knows what was sent), then repeats on its interval. coalesce + max_instances=1: a slow sweep is
never run twice in parallel within one process, and missed ticks collapse into one.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.schedulers.base import BaseScheduler


PLAN_JOB = "reminders.plan"
DELIVER_JOB = "reminders.deliver"


class Sweeps(Protocol):
    """What the scheduler runs: the engine itself, or a wrapper that counts running sweeps."""

    @property
    def plan(self) -> Callable[[], object]: ...

    @property
    def deliver(self) -> Callable[[], object]: ...


@dataclass(frozen=True)
class Intervals:
    plan: dt.timedelta = dt.timedelta(minutes=5)
    deliver: dt.timedelta = dt.timedelta(seconds=15)


@dataclass(frozen=True)
class Job:
    """Another fixed sweep beside the reminders (e.g. agenda announcements), with its own id."""

    id: str
    run: Callable[[], object]
    every: dt.timedelta


def add_jobs(scheduler: BaseScheduler, engine: Sweeps, intervals: Intervals, extra: Sequence[Job] = ()) -> None:
    common: dict[str, Any] = {
        "replace_existing": True, "coalesce": True, "max_instances": 1, "misfire_grace_time": 60,
        "next_run_time": dt.datetime.now(dt.timezone.utc),
    }
    scheduler.add_job(engine.plan, "interval", seconds=intervals.plan.total_seconds(), id=PLAN_JOB, **common)
    scheduler.add_job(engine.deliver, "interval", seconds=intervals.deliver.total_seconds(), id=DELIVER_JOB, **common)
    for job in extra:
        scheduler.add_job(job.run, "interval", seconds=job.every.total_seconds(), id=job.id, **common)


def start_async(engine: Sweeps, intervals: Intervals, extra: Sequence[Job] = ()) -> AsyncIOScheduler:
    """Runs on the current asyncio loop; the sync jobs run in APScheduler's thread pool executor."""
    scheduler = AsyncIOScheduler(timezone="Europe/Amsterdam")
    add_jobs(scheduler, engine, intervals, extra)
    scheduler.start()
    return scheduler
