"""A stand-in for the Bot Framework connector (Teams' outgoing side) on loopback, with Teams' rate limits.

botbuilder's own CloudAdapter posts proactive messages to `<serviceUrl>/v3/conversations/<id>/activities`;
this server records each one and enforces the limits it is given per "tenant" (the app's tenant-wide budget)
and per "conversation", answering 429 with Retry-After beyond them, as Teams does.
"""
from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.standins.limits import Limiter
from tests.standins.loopback import LoopbackServer


@dataclass
class BotConnectorStandIn(LoopbackServer):
    limiter: Limiter = field(default_factory=Limiter)
    sent: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (conversation id, activity)
    _stamps: list[float] = field(default_factory=list)  # time.time() of each accepted activity
    port: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return self.origin + "/"

    def bodies(self) -> list[str]:
        """Each accepted activity as JSON: its text may sit in a card, so callers search the whole of it."""
        with self._lock:
            return [json.dumps(activity, ensure_ascii=False) for _conversation, activity in self.sent]

    def stamps(self) -> list[float]:
        with self._lock:
            return list(self._stamps)

    async def _send(self, request: web.Request) -> web.Response:
        body = await request.json()
        conversation = request.match_info["conversation"]
        tenant = str(((body.get("conversation") or {}).get("tenantId")) or "")
        retry = self.limiter.admit({"tenant": tenant, "conversation": conversation})
        if retry is not None:
            return web.json_response({"error": {"code": "Throttled", "message": "Too many requests"}}, status=429,
                                     headers={"Retry-After": str(retry)})
        with self._lock:
            self.sent.append((conversation, body))
            self._stamps.append(time.time())
        return web.json_response({"id": f"activity-{next(self._ids)}"}, status=201)

    def add_routes(self, app: web.Application) -> None:
        app.router.add_post("/v3/conversations/{conversation}/activities", self._send)

    def start(self) -> BotConnectorStandIn:
        super().start()
        return self
