"""One aiohttp server for every platform: /healthz and /readyz here, each adapter mounts its own routes.

A stop (SIGTERM from an orchestrator, SIGINT/Ctrl-C) is graceful: /readyz turns 503 and the listening
socket closes, so no new request arrives; acknowledged commands finish and deliver their answers (up to
SAMENSPEL_SHUTDOWN_GRACE_SECONDS); the reminder scheduler finishes its running sweep, which records every
claim it holds, and stops; then the process exits 0.
"""
from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable

from aiohttp import web

from bot.app import App
from bot.health import add_routes

log = logging.getLogger(__name__)

# An adapter mounts its routes when its credentials are set and returns a name for the log, else None.
Mount = Callable[[web.Application, App], "str | None"]


def adapters() -> list[Mount]:
    """The platform adapters, imported only when a server starts (no SDK import in the console)."""
    from bot.slack.mount import mount as slack
    from bot.teams import mount as mount_teams

    return [slack, mount_teams]


def build_web_app(app: App) -> web.Application:
    web_app = web.Application()
    add_routes(web_app, app)
    mounted = [name for mount in adapters() if (name := mount(web_app, app))]
    log.info("server klaar met: %s", ", ".join(mounted) or "alleen /healthz en /readyz")
    return web_app


async def serve(app: App, host: str, port: int, until: Callable[[], Awaitable[None]] | None = None) -> None:
    """Serve until `until` completes, or until SIGTERM/SIGINT; then stop gracefully."""
    from bot.health import READINESS
    from bot.reminders import RunningReminders
    from bot.teams import NOTIFIER as TEAMS_NOTIFIER

    grace = app.settings.shutdown_grace_seconds
    web_app = build_web_app(app)
    runner = web.AppRunner(web_app, shutdown_timeout=grace)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    log.info("luistert op %s:%s", host, port)
    # The Teams notifier bound to this loop, so proactive sends share the server's connections.
    reminders = RunningReminders(app, teams=web_app.get(TEAMS_NOTIFIER) if app.settings.teams_enabled else None)
    reminders.start_async()
    web_app[READINESS].reminders = reminders
    try:
        await _until_stopped(until)
    finally:
        log.info("stoppen: geen nieuwe verzoeken meer")
        web_app[READINESS].stopping = True
        await site.stop()
        await app.inflight.wait(grace)
        await asyncio.to_thread(reminders.stop, grace)
        await runner.cleanup()
        log.info("gestopt")


async def _until_stopped(until: Callable[[], Awaitable[None]] | None) -> None:
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    waits: list[asyncio.Future[object]] = [asyncio.ensure_future(stop.wait())]
    if until is not None:
        waits.append(asyncio.ensure_future(until()))
    try:
        await asyncio.wait(waits, return_when=asyncio.FIRST_COMPLETED)
    finally:
        for waiting in waits:
            waiting.cancel()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
