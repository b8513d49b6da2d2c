"""Outgoing messages that honour Teams' rate limits: botbuilder does not retry, Teams asks bots to.

Teams answers 429 (too many requests, ~7 messages/second per conversation), 412 (precondition failed),
502 and 504 for transient trouble; those are retried with exponential backoff and full jitter, honouring
Retry-After. Every other failure is raised at once.
"""
from __future__ import annotations

import asyncio
import logging
import random
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.integration.aiohttp import CloudAdapter
from botbuilder.schema import Activity, ResourceResponse

from handlers.ports import RateLimited

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({412, 429, 502, 504})
# Set while the reminder workers send: a 429 is then reported (RateLimited), not slept off here, so that the
# budget all workers share is paused (scheduler/pacing.py). Replies within a turn keep retrying themselves.
REPORT_RATE_LIMITS: ContextVar[bool] = ContextVar("report_rate_limits", default=False)


@dataclass(frozen=True)
class Backoff:
    attempts: int = 5
    base_seconds: float = 0.5
    cap_seconds: float = 16.0

    def delay(self, attempt: int, retry_after: float | None) -> float:
        if retry_after is not None:
            return min(retry_after, self.cap_seconds)
        # Full jitter: many bots hitting the same limit must not retry in lockstep.
        return random.uniform(0, min(self.cap_seconds, self.base_seconds * 2**attempt))


def status_of(error: BaseException) -> int | None:
    status = getattr(getattr(error, "response", None), "status_code", None)
    return status if isinstance(status, int) else None


def retry_after(error: BaseException) -> float | None:
    headers: Any = getattr(getattr(error, "response", None), "headers", None) or {}
    try:
        return float(headers.get("Retry-After"))
    except (TypeError, ValueError):
        return None


class RetryingCloudAdapter(CloudAdapter):  # type: ignore[misc]
    """CloudAdapter whose sends (replies and proactive messages alike) are retried one activity at a time."""

    def __init__(self, authentication: Any, backoff: Backoff | None = None) -> None:
        super().__init__(authentication)
        self.backoff = backoff or Backoff()

    async def send_activities(self, context: TurnContext, activities: list[Activity]) -> list[ResourceResponse]:
        responses: list[ResourceResponse] = []
        for activity in activities:
            responses.extend(await self._send_one(context, activity))
        return responses

    async def _send_one(self, context: TurnContext, activity: Activity) -> list[ResourceResponse]:
        attempt = 0
        while True:
            try:
                return list(await super().send_activities(context, [activity]))
            except Exception as error:
                status = status_of(error)
                if status == 429 and REPORT_RATE_LIMITS.get():
                    wait = retry_after(error)
                    raise RateLimited(1.0 if wait is None else wait, "Teams") from error
                attempt += 1
                if status not in RETRY_STATUSES or attempt >= self.backoff.attempts:
                    raise
                wait = self.backoff.delay(attempt - 1, retry_after(error))
                log.warning("Teams antwoordde %s; poging %s over %.1f s", status, attempt + 1, wait)
                await asyncio.sleep(wait)
