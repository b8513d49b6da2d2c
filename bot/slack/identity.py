"""Who a Slack user is: their e-mail from users.info (scope users:read.email), cached with a TTL.

The core links a Slack id to a person after the first e-mail match, so users.info is asked only for ids
the database does not know yet, and at most once per TTL per id.
"""
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from handlers.ports import UnitOfWorkFactory

log = logging.getLogger(__name__)

DEFAULT_TTL = 3600.0


class Identity:
    def __init__(
        self,
        client: AsyncWebClient,
        uow_factory: UnitOfWorkFactory,
        ttl: float = DEFAULT_TTL,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.client = client
        self.uow_factory = uow_factory
        self.ttl = ttl
        self.monotonic = monotonic
        self._cache: dict[str, tuple[float, str | None]] = {}

    async def email(self, user_id: str) -> str | None:
        """The e-mail to match on, or None when the id is already linked (or Slack does not say)."""
        hit = self._cache.get(user_id)
        if hit is not None and hit[0] > self.monotonic():
            return hit[1]
        email = None if await asyncio.to_thread(self._linked, user_id) else await self._lookup(user_id)
        self._cache[user_id] = (self.monotonic() + self.ttl, email)
        return email

    def _linked(self, user_id: str) -> bool:
        with self.uow_factory() as uow:
            return uow.people.by_platform_id("slack", user_id) is not None

    async def _lookup(self, user_id: str) -> str | None:
        try:
            response = await self.client.users_info(user=user_id)
        except SlackApiError as error:
            log.warning("users.info voor %s mislukte: %s", user_id, error)
            return None
        email = ((response.get("user") or {}).get("profile") or {}).get("email")
        if not email:
            log.warning("Slack gaf geen e-mailadres voor %s (ontbreekt de scope users:read.email?)", user_id)
        return str(email) if email else None
