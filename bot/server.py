"""One aiohttp server for every platform: /healthz here, each adapter mounts its own routes."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.app import App
from bot.runtime import settle

log = logging.getLogger(__name__)

# An adapter mounts its routes when its credentials are set and returns a name for the log, else None.
Mount = Callable[[web.Application, App], "str | None"]


def adapters() -> list[Mount]:
    """The platform adapters, imported only when a server starts (no SDK import in the console)."""
    from bot.slack.mount import mount as slack
    from bot.teams import mount as mount_teams

    return [slack, mount_teams]


async def healthz(_request: web.Request) -> web.Response:
    return web.json_response({"status": "ok"})


def build_web_app(app: App) -> web.Application:
    web_app = web.Application()
    web_app.router.add_get("/healthz", healthz)
    mounted = [name for mount in adapters() if (name := mount(web_app, app))]
    log.info("server klaar met: %s", ", ".join(mounted) or "alleen /healthz")
    return web_app


async def serve(app: App, port: int, until: Callable[[], Awaitable[None]] | None = None) -> None:
    """Serve until `until` completes (or forever)."""
    web_app = build_web_app(app)
    runner = web.AppRunner(web_app)
    await runner.setup()
    site = web.TCPSite(runner, "0.0.0.0", port)
    await site.start()
    log.info("luistert op poort %s", port)
    from bot.reminders import RunningReminders

    from bot.teams import NOTIFIER as TEAMS_NOTIFIER

    # The Teams notifier bound to this loop, so proactive sends share the server's connections.
    reminders = RunningReminders(app, teams=web_app.get(TEAMS_NOTIFIER) if app.settings.teams_enabled else None)
    reminders.start_async()
    settle()  # start-up objects out of the collector's way: no GC pauses in users' commands
    try:
        if until is None:
            await asyncio.Event().wait()
        else:
            await until()
    finally:
        reminders.stop()
        await runner.cleanup()
