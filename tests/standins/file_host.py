"""A file server on loopback that stands in for Slack's file host, or for a host the token must never reach.

It records every request with its Authorization header, and can redirect, or stream a file without end
(counting what it managed to send before the client hung up), so tests see what a hostile event would cause.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from aiohttp import web

from tests.standins.loopback import LoopbackServer

CHUNK = 64 * 1024
ENDLESS_CAP = 200 * 1024 * 1024  # a stream "without end" still stops here, so a broken client cannot hang a test


@dataclass(frozen=True)
class Seen:
    path: str
    authorization: str


@dataclass
class FileHost(LoopbackServer):
    host: str = "127.0.0.1"
    files: dict[str, bytes] = field(default_factory=dict)
    redirects: dict[str, str] = field(default_factory=dict)  # name -> Location
    endless: set[str] = field(default_factory=set)
    seen: list[Seen] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)  # bytes of an endless stream written before the client left
    port: int = 0

    def url(self, name: str) -> str:
        return f"{self.origin}/files-pri/T1-F1/{name}"

    async def _file(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.seen.append(Seen(request.path, request.headers.get("Authorization", "")))
        if name in self.redirects:
            raise web.HTTPFound(self.redirects[name])
        if name in self.endless:
            return await self._stream(request, name)
        if name not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[name])

    async def _stream(self, request: web.Request, name: str) -> web.StreamResponse:
        response = web.StreamResponse()
        await response.prepare(request)
        self.sent[name] = 0
        try:
            while self.sent[name] < ENDLESS_CAP:
                await response.write(b"x" * CHUNK)
                self.sent[name] += CHUNK
        except (ConnectionError, RuntimeError):
            pass  # the client hung up: what we want to see
        return response

    def add_routes(self, app: web.Application) -> None:
        app.router.add_get("/files-pri/{team}/{name}", self._file)

    def start(self) -> FileHost:
        super().start()
        return self
