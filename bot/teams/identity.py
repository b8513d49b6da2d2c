"""Who is typing: the AAD object id is on the activity, the e-mail/UPN comes from TeamsInfo.get_member."""
from __future__ import annotations

import logging
import time
from collections.abc import Callable

from botbuilder.core import TurnContext
from botbuilder.core.teams import TeamsInfo

log = logging.getLogger(__name__)


class MemberDirectory:
    """A small time-limited cache: after the first match the core knows the AAD id anyway."""

    def __init__(self, ttl_seconds: float = 3600, max_entries: int = 5000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._ttl, self._max, self._clock = ttl_seconds, max_entries, clock
        self._cache: dict[str, tuple[float, str]] = {}

    async def email(self, turn_context: TurnContext) -> str | None:
        sender = turn_context.activity.from_property
        if sender is None or not sender.id:
            return None
        key = sender.aad_object_id or sender.id
        cached = self._cache.get(key)
        if cached and self._clock() - cached[0] < self._ttl:
            return cached[1]
        try:
            member = await TeamsInfo.get_member(turn_context, sender.id)
        except Exception as error:  # noqa: BLE001 - an unknown e-mail only means "unknown person"; say why in the log
            log.warning("Teams: e-mail van %s niet op te vragen (%s)", key, error)
            return None
        email: str | None = member.email or member.user_principal_name
        if email:
            if len(self._cache) >= self._max:
                self._cache.clear()
            self._cache[key] = (self._clock(), email)
        return email
