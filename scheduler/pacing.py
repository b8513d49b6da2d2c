"""Pacing: send no faster than the platform allows, together with every other worker.

Each budget is a "theoretical arrival time" (GCRA, the virtual-scheduling form of a token bucket): the next
moment a send may go. A send reserves the next free moment in all its budgets at once (the tenant or
workspace, and the one conversation) and sleeps until then; the budget moves on by one step. Reserving
instead of asking "may I now?" means nobody polls and nobody is starved: N workers' sends interleave at
exactly the budget's rate. A 429 with Retry-After moves the budget's moment past the pause, for everyone.

On PostgreSQL the budgets live in the database (storage/repositories/budgets.py), so the workers share them;
on SQLite one process sends (scheduler.lock) and `LocalBudgets` keeps them in memory, with the same rules.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence

from handlers.domain.people import Person
from handlers.messages import Notification
from handlers.ports import Budget, Notifier, RateBudgets, RateLimited

log = logging.getLogger(__name__)

BudgetsOf = Callable[[Person], Sequence[Budget]]


class LocalBudgets:
    """RateBudgets for one process (SQLite): the same arithmetic as the shared table, on a monotonic clock."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._next: dict[str, float] = {}
        self._paused: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, budgets: Sequence[Budget], within: float) -> float:
        with self._lock:
            now = self._clock()
            at = max([now, *(self._next.get(b.key, now) for b in budgets)])
            if at - now > within:
                return at - now
            for b in budgets:
                self._next[b.key] = at + b.step
            return at - now

    def pause(self, keys: Sequence[str], seconds: float) -> None:
        with self._lock:
            until = self._clock() + seconds
            for key in keys:
                self._next[key] = max(self._next.get(key, until), until)
                self._paused[key] = max(self._paused.get(key, until), until)

    def paused(self, keys: Sequence[str]) -> float:
        with self._lock:
            return max([0.0, *(self._paused.get(k, 0.0) - self._clock() for k in keys)])

    def forget_idle(self, seconds: float) -> int:
        with self._lock:
            idle = [k for k, at in self._next.items() if at < self._clock() - seconds]
            for key in idle:
                del self._next[key]
                self._paused.pop(key, None)
            return len(idle)


class PacedNotifier:
    """One platform's notifier, sending only at moments its budgets give out.

    A 429 pauses the budgets for every worker and the same notification is tried again (`attempts` in
    all). A moment further away than `max_wait` is not waited for: the notification goes back to the
    outbox for then (RateLimited), so a claim never outlives its lease while it waits.
    """

    def __init__(self, inner: Notifier, budgets_of: BudgetsOf, budgets: RateBudgets, max_wait: float,
                 attempts: int = 3, sleep: Callable[[float], None] = time.sleep) -> None:
        self.inner, self.budgets_of, self.budgets = inner, budgets_of, budgets
        self.max_wait, self.attempts, self.sleep = max_wait, attempts, sleep

    def deliver(self, person: Person, notification: Notification) -> None:
        wanted = self.budgets_of(person)
        if not wanted:  # not on this platform: the notifier itself says Unreachable
            self.inner.deliver(person, notification)
            return
        for attempt in range(1, self.attempts + 1):
            self._await_moment(wanted)
            try:
                self.inner.deliver(person, notification)
                return
            except RateLimited as limited:
                log.warning("%s: 429, %s gepauzeerd voor %.1f s (poging %d)", notification.delivery_key,
                            ", ".join(b.key.rsplit(":", 1)[0] for b in wanted), limited.retry_after, attempt)
                self.budgets.pause([b.key for b in wanted], limited.retry_after)
                if attempt == self.attempts:
                    raise

    def _await_moment(self, wanted: Sequence[Budget]) -> None:
        keys = [b.key for b in wanted]
        while True:
            wait = self.budgets.reserve(wanted, self.max_wait)
            if wait > self.max_wait:
                raise RateLimited(wait, "budget vol")
            if wait <= 0:
                return
            self.sleep(wait)
            # Another worker got a 429 while this one waited: the moment taken before it no longer holds.
            if self.budgets.paused(keys) <= 0:
                return
