"""The running server (aiohttp, the real bot) and the connector stand-in, on one event loop in a thread."""
from __future__ import annotations

import asyncio
import copy
import json
import threading
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiohttp
from aiohttp import web

from bot.app import App
from bot.server import build_web_app
from tests.adapters.teams.connector import Connector

T = TypeVar("T")
ROOT = Path(__file__).resolve().parents[3]
PAYLOADS = (ROOT.parent / "shared" / "payloads", ROOT / "tests" / "adapters" / "payloads")


def payload(name: str) -> dict[str, Any]:
    """A real Teams activity from ../shared/payloads (CI layout), else the copy kept in the repo."""
    for folder in PAYLOADS:
        if (folder / name).is_file():
            data: dict[str, Any] = json.loads((folder / name).read_text(encoding="utf-8"))
            return data
    raise FileNotFoundError(name)


class Harness:
    def __init__(self, app: App, connector: Connector, connector_port: int = 0) -> None:
        self.app, self.connector = app, connector
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()
        self._runners: list[web.AppRunner] = []
        # A fixed port lets a restarted app reach the serviceUrl stored before the restart.
        self.connector_url = self.run(self._start(connector.routes(), connector_port))
        self.web_app = build_web_app(app)
        self.url = self.run(self._start(self.web_app))

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(60)

    async def _start(self, web_app: web.Application, port: int = 0) -> str:
        runner = web.AppRunner(web_app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", port)
        await site.start()
        self._runners.append(runner)
        return f"http://127.0.0.1:{runner.addresses[0][1]}"

    def post(self, activity: dict[str, Any], headers: dict[str, str] | None = None,
             data: str | None = None) -> tuple[int, Any]:
        """Post an activity as Teams would, with its serviceUrl pointing at the stand-in connector."""
        activity = copy.deepcopy(activity)
        activity["serviceUrl"] = self.connector_url + "/"
        return self.run(self._post(activity, headers or {}, data))

    async def _post(self, activity: dict[str, Any], headers: dict[str, str], data: str | None) -> tuple[int, Any]:
        async with aiohttp.ClientSession() as session:
            body = data if data is not None else json.dumps(activity)
            headers = {"Content-Type": "application/json", **headers}
            async with session.post(self.url + "/api/messages", data=body, headers=headers) as response:
                text = await response.text()
                return response.status, json.loads(text) if text.strip().startswith(("{", "[")) else text

    @property
    def connector_port(self) -> int:
        return int(self.connector_url.rsplit(":", 1)[1])

    def close(self) -> None:
        for runner in reversed(self._runners):
            self.run(runner.cleanup())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
        self.loop.close()


Build = Callable[..., Harness]


@contextmanager
def harnesses(url: str, clock: Any) -> Iterator[Build]:
    """Builds apps with their own settings and connector, each behind a running server; all closed afterwards."""
    from tests.conftest import make_app

    made: list[tuple[App, Harness]] = []

    def build(connector: Connector, **settings: object) -> Harness:
        app = make_app(url, clock, **settings)
        harness = Harness(app, connector)
        made.append((app, harness))
        return harness

    try:
        yield build
    finally:
        for app, harness in made:
            harness.close()
            app.close()
