"""Work that was accepted and must finish before the process stops: acked Slack commands, their answers.

Slack hears "ok" (the ack) within 3 seconds and the answer follows later from a task Bolt starts; the
HTTP server no longer knows about that task. A graceful stop (SIGTERM) waits for everything tracked
here, up to the grace period, so an acknowledged command is never left without its answer.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


class InFlight:
    def __init__(self) -> None:
        self._tasks: set[asyncio.Future[object]] = set()

    def __len__(self) -> int:
        return len(self._tasks)

    def track(self, function: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        """Wraps a listener; functools.wraps keeps its signature (Bolt injects arguments by name)."""

        @functools.wraps(function)
        async def tracked(*args: P.args, **kwargs: P.kwargs) -> R:
            task = asyncio.current_task()
            if task is not None:
                self._tasks.add(task)
            try:
                return await function(*args, **kwargs)
            finally:
                if task is not None:
                    self._tasks.discard(task)

        return tracked

    async def wait(self, grace: float) -> int:
        """Wait up to `grace` seconds for tracked work; returns how many were still running after it."""
        current = asyncio.current_task()
        pending = {task for task in self._tasks if task is not current}
        if not pending:
            return 0
        log.info("stoppen: wacht op %d lopende verzoeken (max %ss)", len(pending), grace)
        _done, still = await asyncio.wait(pending, timeout=grace)
        if still:
            log.warning("stoppen: %d verzoeken niet klaar binnen %ss", len(still), grace)
        return len(still)
