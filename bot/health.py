"""/healthz (the process answers) and /readyz (it can do its work), for load balancers and orchestrators.

/readyz is 200 only when the database answers and is at the schema this code needs, the reminder
scheduler runs where it should, and the process is not stopping; otherwise 503. The JSON body says which
part failed, without secrets (no URL, no password).
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiohttp import web

from bot.app import App
from bot.reminders import RunningReminders
from storage.database import DatabaseUnreachable

# How long /readyz waits for the database before calling it unreachable.
DATABASE_TIMEOUT = 3.0


@dataclass
class Readiness:
    app: App
    reminders: RunningReminders | None = None
    stopping: bool = field(default=False)

    async def check(self) -> tuple[bool, dict[str, str]]:
        body = {"database": await self._database(), "scheduler": self._scheduler()}
        if self.stopping:
            body["status"] = "stopping"
            return False, body
        ready = body["database"] == "ok" and body["scheduler"] in {"running", "off", "elders"}
        body["status"] = "ok" if ready else "fail"
        return ready, body

    async def _database(self) -> str:
        try:
            state = await asyncio.wait_for(asyncio.to_thread(self.app.database.schema_state), DATABASE_TIMEOUT)
        except (DatabaseUnreachable, TimeoutError):
            return "onbereikbaar"
        if not state.at_head:
            return "schema verouderd: draai samenspel migrate"
        return "ok"

    def _scheduler(self) -> str:
        return self.reminders.status() if self.reminders is not None else "off"


READINESS = web.AppKey("readiness", Readiness)


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    ready, body = await request.app[READINESS].check()
    return web.json_response(body, status=200 if ready else 503)


def add_routes(web_app: web.Application, app: App) -> Readiness:
    readiness = Readiness(app)
    web_app[READINESS] = readiness
    web_app.router.add_get("/healthz", healthz)
    web_app.router.add_get("/readyz", readyz)
    return readiness
