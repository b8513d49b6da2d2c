"""A local stand-in for Slack's Web API (chat.postMessage, conversations.open/history) on loopback.

The real slack_sdk WebClient talks to it; it counts every DM per delivery key, can answer 429/500
for a while, and can be slow, so tests and the benchmark see what Slack would have received.
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

from tests.standins.threaded import ThreadedServer


@dataclass
class Behaviour:
    latency: float = 0.0
    rate_limited: int = 0  # the first N posts get 429 Retry-After: 0
    server_errors: int = 0  # the next N posts get 500
    not_in_channel: frozenset[str] = frozenset()  # channels the bot was never invited to


@dataclass
class SlackStandIn:
    behaviour: Behaviour = field(default_factory=Behaviour)
    messages: list[dict[str, Any]] = field(default_factory=list)
    posts_seen: int = 0
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

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

    def start(self) -> SlackStandIn:
        app = web.Application()
        app.router.add_route("*", "/api/chat.postMessage", self.post_message)
        app.router.add_route("*", "/api/conversations.open", self.conversations_open)
        app.router.add_route("*", "/api/conversations.history", self.conversations_history)
        self._server = ThreadedServer(app)
        self.port = self._server.start()
        return self

    def stop(self) -> None:
        self._server.stop()
