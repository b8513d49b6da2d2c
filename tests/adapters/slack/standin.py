"""A local stand-in for Slack's Web API and response_url, on loopback: it records every call.

The real slack_sdk clients talk to it over HTTP (SLACK_API_URL), the way bolt-python's own tests work.
"""
from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

BOT_USER = "UBOT0001"


@dataclass
class Call:
    method: str  # "chat.postMessage", … or "response_url"
    args: dict[str, Any]
    at: float

    @property
    def blocks(self) -> list[dict[str, Any]]:
        blocks = self.args.get("blocks") or (self.args.get("view") or {}).get("blocks") or []
        return json.loads(blocks) if isinstance(blocks, str) else list(blocks)

    @property
    def view(self) -> dict[str, Any]:
        view = self.args.get("view") or {}
        return json.loads(view) if isinstance(view, str) else dict(view)

    @property
    def text(self) -> str:
        """All visible text of the call: message text and every text inside its blocks."""
        return str(self.args.get("text", "")) + "\n" + "\n".join(_texts(self.blocks))


def _texts(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [str(node["text"])] if isinstance(node.get("text"), str) else []
        return found + [t for key, value in node.items() if key != "text" or not isinstance(value, str) for t in _texts(value)]
    if isinstance(node, list):
        return [t for value in node for t in _texts(value)]
    return []


@dataclass
class SlackStandIn:
    emails: dict[str, str]
    calls: list[Call] = field(default_factory=list)
    # method -> how many times to answer 429 before answering normally
    rate_limited: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    # method -> seconds to wait before answering (a slow Slack)
    delays: dict[str, float] = field(default_factory=dict)
    # method -> the error Slack answers with (ok: false), e.g. an expired trigger_id for views.open
    failing: dict[str, str] = field(default_factory=dict)
    # Socket Mode envelopes pushed to the app once it connects.
    envelopes: list[dict[str, Any]] = field(default_factory=list)
    base_url: str = ""
    # Files shared in Slack, served at /files/<name> to a request with the bot token.
    files: dict[str, bytes] = field(default_factory=dict)
    _changed: threading.Condition = field(default_factory=threading.Condition)

    def web_app(self) -> web.Application:
        app = web.Application()
        app.router.add_route("*", "/api/{method}", self._api)
        app.router.add_post("/response/{key}", self._response_url)
        app.router.add_get("/socket", self._socket)
        app.router.add_get("/files/{name}", self._file)
        return app

    async def _file(self, request: web.Request) -> web.Response:
        name = request.match_info["name"]
        self._record(Call("file", {"name": name, "authorization": request.headers.get("Authorization", "")},
                          time.monotonic()))
        if not request.headers.get("Authorization", "").startswith("Bearer xoxb-") or name not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[name])

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        """Socket Mode: say hello, push the queued envelopes, record every acknowledgement."""
        socket = web.WebSocketResponse()
        await socket.prepare(request)
        await socket.send_json({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A111"}})
        for envelope in self.envelopes:  # "STANDIN" in an envelope stands for this server's address
            await socket.send_str(json.dumps(envelope).replace("STANDIN", self.base_url))
        async for message in socket:
            if message.type == WSMsgType.TEXT:
                self._record(Call("socket_ack", json.loads(message.data), time.monotonic()))
        return socket

    def response_url(self, key: str = "r1") -> str:
        return f"{self.base_url}/response/{key}"

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args = await _arguments(request)
        if self.rate_limited.get(method):
            self.rate_limited[method] -= 1
            self.refused.append(method)
            return web.json_response({"ok": False, "error": "ratelimited"}, status=429, headers={"Retry-After": "1"})
        if method in self.delays:
            await asyncio.sleep(self.delays[method])
        self._record(Call(method, args, time.monotonic()))
        if method in self.failing:
            return web.json_response({"ok": False, "error": self.failing[method]})
        return web.json_response(self._answer(method, args))

    async def _response_url(self, request: web.Request) -> web.Response:
        self._record(Call("response_url", {**await request.json(), "response_key": request.match_info["key"]},
                          time.monotonic()))
        return web.Response(text="ok")

    def _answer(self, method: str, args: dict[str, Any]) -> dict[str, Any]:
        if method == "auth.test":
            return {"ok": True, "user_id": BOT_USER, "bot_id": "BBOT0001", "team_id": "T111", "user": "samenspel"}
        if method == "users.info":
            user = str(args.get("user"))
            if user not in self.emails:
                return {"ok": False, "error": "user_not_found"}
            return {"ok": True, "user": {"id": user, "profile": {"email": self.emails[user]}}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.base_url.replace("http://", "ws://") + "/socket"}
        if method == "chat.getPermalink":
            return {"ok": True, "permalink": f"https://noordwaard.slack.com/archives/{args.get('channel')}/p1"}
        return {"ok": True, "channel": args.get("channel", ""), "ts": "1700000000.000100", "view": {"id": "V1"}}

    def _record(self, call: Call) -> None:
        with self._changed:
            self.calls.append(call)
            self._changed.notify_all()

    def mark(self) -> int:
        """A position in the record: `wait_for(..., after=mark)` looks only at later calls."""
        with self._changed:
            return len(self.calls)

    def wait_for(self, wanted: Callable[[Call], bool], timeout: float = 10.0, after: int = 0) -> Call:
        """The first recorded call that matches, waiting for it to arrive."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for call in self.calls[after:]:
                    if wanted(call):
                        return call
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, c.text[:80]) for c in self.calls]
                    raise AssertionError(f"no matching Slack call within {timeout}s; seen: {seen}")
                self._changed.wait(left)

    def replies(self) -> list[Call]:
        return [c for c in self.calls if c.method in ("chat.postMessage", "chat.postEphemeral", "response_url")]


async def _arguments(request: web.Request) -> dict[str, Any]:
    raw = await request.text()
    if request.method == "GET":
        return dict(request.query)
    if request.content_type == "application/json":
        return dict(json.loads(raw or "{}"))
    return dict(parse_qsl(raw))
