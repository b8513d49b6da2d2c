"""A local stand-in for Slack's Web API (chat.postMessage, conversations.open/history) on loopback.

The real slack_sdk WebClient talks to it; it counts every DM per delivery key, can answer 429/500
for a while, can enforce chat.postMessage's rate limits (429 with Retry-After beyond them), and can be
slow, so tests and the benchmark see what Slack would have received.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.standins.limits import Limiter
from tests.standins.loopback import LoopbackServer


@dataclass
class Behaviour:
    latency: float = 0.0
    rate_limited: int = 0  # the first N posts get 429 Retry-After: 0
    server_errors: int = 0  # the next N posts get 500
    not_in_channel: frozenset[str] = frozenset()  # channels the bot was never invited to
    pause_at: int = 0  # the Nth post gets 429 with Retry-After: pause_seconds (a limit the bot cannot see)
    pause_seconds: int = 0


@dataclass
class SlackStandIn(LoopbackServer):
    behaviour: Behaviour = field(default_factory=Behaviour)
    # chat.postMessage's limits per "workspace" and per "channel" (empty: none); 429 + Retry-After beyond them.
    limiter: Limiter = field(default_factory=Limiter)
    messages: list[dict[str, Any]] = field(default_factory=list)
    posts_seen: int = 0
    arrivals: list[float] = field(default_factory=list)  # time.monotonic() of every post, refused ones too
    paused_at: float | None = None  # when the pause_at post was refused
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return self.origin + "/api/"

    def keys(self) -> Counter[str]:
        with self._lock:
            return Counter(m["metadata"]["event_payload"]["delivery_key"] for m in self.messages if m.get("metadata"))

    async def _params(self, request: web.Request) -> dict[str, Any]:
        if request.method == "GET":
            return dict(request.query)
        if request.content_type == "application/json":
            return dict(await request.json())
        form = dict(await request.post())
        if isinstance(form.get("metadata"), str):
            form["metadata"] = json.loads(form["metadata"])
        return form

    async def post_message(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        if self.behaviour.latency:
            await asyncio.sleep(self.behaviour.latency)
        if str(params["channel"]) in self.behaviour.not_in_channel:
            return web.json_response({"ok": False, "error": "not_in_channel"})
        with self._lock:
            self.arrivals.append(time.monotonic())
            pause = len(self.arrivals) == self.behaviour.pause_at
            if pause:
                self.paused_at = self.arrivals[-1]
        retry = self.behaviour.pause_seconds if pause else self.limiter.admit(
            {"workspace": "T0", "channel": str(params["channel"])})
        if retry is not None:
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": str(retry)})
        with self._lock:
            self.posts_seen += 1
            seen = self.posts_seen
            if seen <= self.behaviour.rate_limited:
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "0"})
            if seen <= self.behaviour.rate_limited + self.behaviour.server_errors:
                return web.json_response({"ok": False, "error": "internal_error"}, status=500)
            ts = f"{time.time():.6f}"
            self.messages.append({**params, "ts": ts, "channel": "D" + str(params["channel"])})
        return web.json_response({"ok": True, "channel": "D" + str(params["channel"]), "ts": ts})

    async def conversations_open(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        return web.json_response({"ok": True, "channel": {"id": "D" + str(params["users"])}})

    async def conversations_history(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        with self._lock:
            found = [m for m in self.messages if m["channel"] == params["channel"]]
        return web.json_response({"ok": True, "messages": found, "has_more": False})

    def add_routes(self, app: web.Application) -> None:
        app.router.add_route("*", "/api/chat.postMessage", self.post_message)
        app.router.add_route("*", "/api/conversations.open", self.conversations_open)
        app.router.add_route("*", "/api/conversations.history", self.conversations_history)

    def start(self) -> SlackStandIn:
        super().start()
        return self
