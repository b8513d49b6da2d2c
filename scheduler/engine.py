"""The delivery engine: plan what is due into the outbox, claim it, send it, record the outcome.

Semantics (see docs/herinneringen.md): a notification is claimed with a lease and marked delivered
only after the notifier returned. A crash between send and record leaves the claim; when its lease
runs out another worker takes it over and marks it `uncertain`, so a notifier that can look back
(Slack: message metadata in the DM history) skips the second send. Otherwise it is sent again:
at-least-once, never lost.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from enum import StrEnum

from handlers.domain.people import Person
from handlers.messages import Notification
from handlers.ports import Clock, Notifier, RateLimited, UnitOfWork, Unreachable
from handlers.reminders.codec import reply_from_json
from handlers.reminders.config import ReminderConfig
from handlers.reminders.hours import next_working_moment, week_start, within_working_hours
from handlers.reminders.outbox import OutboxEntry
from handlers.reminders.planner import plan

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeliveryConfig:
    lease: dt.timedelta = dt.timedelta(minutes=2)
    batch: int = 50
    concurrency: int = 8
    retry_base: dt.timedelta = dt.timedelta(minutes=1)
    retry_max: dt.timedelta = dt.timedelta(hours=1)
    plan_attempts: int = 3

    def backoff(self, attempts: int) -> dt.timedelta:
        longer: dt.timedelta = self.retry_base * 2 ** max(attempts - 1, 0)
        return min(longer, self.retry_max)


class Result(StrEnum):
    DELIVERED = "delivered"
    FAILED = "failed"
    UNREACHABLE = "unreachable"
    EXPIRED = "expired"
    DEFERRED = "deferred"  # the platform's budget is full (or paused by a 429): back in the outbox until then


@dataclass(frozen=True)
class Outcome:
    entry: OutboxEntry
    result: Result
    error: str = ""
    retry_after: float = 0.0


class ReminderEngine:
    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        clock: Clock,
        notifier: Notifier,
        config: ReminderConfig,
        delivery: DeliveryConfig | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.clock = clock
        self.notifier = notifier
        self.config = config
        self.delivery = delivery or DeliveryConfig()
        self._pool = ThreadPoolExecutor(max_workers=self.delivery.concurrency, thread_name_prefix="deliver")
        self._stopping = threading.Event()

    def stop(self) -> None:
        """A graceful stop: the running sweep finishes and records its batch, then claims no more."""
        self._stopping.set()

    def close(self) -> None:
        self._pool.shutdown(wait=True)

    def sweep(self) -> int:
        """One full tick: plan, then deliver everything due. Returns how many were delivered."""
        self.plan()
        return self.deliver()

    def plan(self) -> int:
        for attempt in range(1, self.delivery.plan_attempts + 1):
            try:
                with self.uow_factory() as uow:
                    added = plan(uow, self.clock.now(), self.config, uow.reminders.enqueue)
                    uow.commit()
                if added:
                    log.info("%d meldingen gepland", added)
                return added
            except Exception:
                # Two workers planning the same keys at once may deadlock on PostgreSQL; the next try wins.
                log.warning("plannen mislukt (poging %d)", attempt, exc_info=True)
        return 0

    def deliver(self) -> int:
        delivered = 0
        # People rarely change within one sweep: look each up once, not once per batch.
        people: dict[int, Person | None] = {}
        while not self._stopping.is_set() and within_working_hours(self.clock.now(), self.config):
            batch = self._claim(people)
            if not batch:
                break
            # Each outcome is recorded as soon as its send returns, not when the whole batch is done: a worker
            # killed mid-batch then leaves only the sends still in flight to go again (their lease runs out), not
            # every message of the batch it had already delivered (a SIGKILL halfway gave 29 duplicates).
            sends = [self._pool.submit(self._send, *pair) for pair in batch]
            for done in as_completed(sends):
                outcome = done.result()
                self._record([outcome])
                delivered += outcome.result is Result.DELIVERED
        return delivered

    def _claim(self, people: dict[int, Person | None]) -> list[tuple[OutboxEntry, Person | None]]:
        now = self.clock.now()
        with self.uow_factory() as uow:
            # A weekoverzicht goes out in its own week or not at all: planning may not have run yet this week.
            uow.reminders.supersede_digests(week_start(now), now)
            entries = uow.reminders.claim(now, now + self.delivery.lease, self.delivery.batch)
            for pid in {e.person_id for e in entries} - people.keys():
                people[pid] = uow.people.get(pid)
            uow.commit()
        return [(entry, people[entry.person_id]) for entry in entries]

    def _send(self, entry: OutboxEntry, person: Person | None) -> Outcome:
        now = self.clock.now()
        if now >= entry.expires_at:
            return Outcome(entry, Result.EXPIRED, "verlopen voordat hij kon worden bezorgd")
        if person is None:
            return Outcome(entry, Result.UNREACHABLE, "persoon bestaat niet meer")
        notification = Notification(
            entry.person_id, reply_from_json(entry.reply), entry.delivery_key, now,
            extra={"uncertain": "1"} if entry.uncertain else {},
        )
        try:
            self.notifier.deliver(person, notification)
        except Unreachable as error:
            return Outcome(entry, Result.UNREACHABLE, str(error))
        except RateLimited as limited:
            return Outcome(entry, Result.DEFERRED, str(limited), limited.retry_after)
        except Exception as error:
            log.warning("bezorgen van %s mislukt (poging %d): %s", entry.delivery_key, entry.attempts, error)
            return Outcome(entry, Result.FAILED, f"{type(error).__name__}: {error}")
        return Outcome(entry, Result.DELIVERED)

    def _record(self, outcomes: list[Outcome]) -> None:
        now = self.clock.now()
        with self.uow_factory() as uow:
            uow.reminders.delivered([o.entry.id for o in outcomes if o.result is Result.DELIVERED], now)
            for o in outcomes:
                if o.result is Result.UNREACHABLE:
                    log.warning("%s is onbereikbaar: %s", o.entry.delivery_key, o.error)
                    uow.reminders.unreachable(o.entry.id, now)
                elif o.result is Result.EXPIRED:
                    log.error("%s opgegeven: %s", o.entry.delivery_key, o.error)
                    uow.reminders.failed(o.entry.id, o.error, None)
                elif o.result is Result.FAILED:
                    retry_at = next_working_moment(now + self.delivery.backoff(o.entry.attempts), self.config)
                    uow.reminders.failed(o.entry.id, o.error, retry_at)
                elif o.result is Result.DEFERRED:
                    retry_at = next_working_moment(now + dt.timedelta(seconds=o.retry_after), self.config)
                    uow.reminders.failed(o.entry.id, o.error, retry_at)
            uow.commit()
