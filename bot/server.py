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
from typing import TextIO

from aiohttp import web
from aiohttp.abc import AbstractAccessLogger
from aiohttp.web_request import BaseRequest

from bot.app import App
from bot.health import add_routes
from bot.runtime import settle

log = logging.getLogger(__name__)

# An adapter mounts its routes when its credentials are set and returns a name for the log, else None.
Mount = Callable[[web.Application, App], "str | None"]


class PathOnlyAccessLogger(AbstractAccessLogger):
    """One line per request without the query string: a web list's filter may hold a name or words someone
    searched for (item text), which logs never carry."""

    def log(self, request: BaseRequest, response: web.StreamResponse, time: float) -> None:
        self.logger.info("%s %s %s %.0f ms (%s)", request.method, request.path, response.status, time * 1000,
                         request.remote)


def adapters() -> list[Mount]:
    """The platform adapters, imported only when a server starts (no SDK import in the console)."""
    from bot.slack.mount import mount as slack
    from bot.teams import mount as mount_teams
    from bot.web import mount as mount_web

    return [slack, mount_teams, mount_web]


def build_web_app(app: App) -> web.Application:
    web_app = web.Application()
    add_routes(web_app, app)
    mounted = [name for mount in adapters() if (name := mount(web_app, app))]
    log.info("server klaar met: %s", ", ".join(mounted) or "alleen /healthz en /readyz")
    return web_app


def make_runner(web_app: web.Application, shutdown_timeout: float = 60.0) -> web.AppRunner:
    """The runner every server uses (serve, run, the tests): its access log never carries a query string."""
    return web.AppRunner(web_app, shutdown_timeout=shutdown_timeout, access_log_class=PathOnlyAccessLogger)


async def serve(
    app: App, host: str, port: int, until: Callable[[], Awaitable[None]] | None = None,
    console: TextIO | None = None, busy_port_ok: bool = False, console_user: str = "",
) -> None:
    """Serve until `until` completes, or until SIGTERM/SIGINT; then stop gracefully.

    `console`: `samenspel run`'s terminal, which gets the web address and the meldingen for `console_user` only.
    `busy_port_ok`: a port in use is a warning (the chat goes on without the server), not a failure."""
    from bot.health import READINESS
    from bot.reminders import RunningReminders
    from bot.teams import NOTIFIER as TEAMS_NOTIFIER

    grace = app.settings.shutdown_grace_seconds
    web_app = build_web_app(app)
    runner = make_runner(web_app, grace)
    await runner.setup()
    site: web.TCPSite | None = web.TCPSite(runner, host, port)
    try:
        await site.start()  # type: ignore[union-attr]
        log.info("luistert op %s:%s", host, port)
        if console is not None:
            bound = runner.addresses[0][1] if runner.addresses else port  # PORT=0: the port the system chose
            print(f"De webpagina's: {address(host, bound)}", file=console, flush=True)
    except OSError as error:
        if not busy_port_ok:
            await runner.cleanup()
            raise
        log.warning("de server is niet gestart: poort %s op %s is niet beschikbaar (%s); zet PORT op een vrije poort. "
                    "De chat werkt gewoon.", port, host, error.strerror or type(error).__name__)
        site = None
    # The Teams notifier bound to this loop, so proactive sends share the server's connections.
    reminders = RunningReminders(app, console=console, console_user=console_user,
                                 teams=web_app.get(TEAMS_NOTIFIER) if app.settings.teams_enabled else None)
    reminders.start_async()
    web_app[READINESS].reminders = reminders
    settle()  # start-up objects out of the collector's way: no GC pauses in users' commands
    try:
        await _until_stopped(until)
    finally:
        log.info("stoppen: geen nieuwe verzoeken meer")
        web_app[READINESS].stopping = True
        if site is not None:
            await site.stop()
        await app.inflight.wait(grace)
        await asyncio.to_thread(reminders.stop, grace)
        await runner.cleanup()
        log.info("gestopt")


def address(host: str, port: int) -> str:
    """What to open in a browser: an IPv6 host in brackets, every address of the machine as localhost."""
    shown = "localhost" if host in ("0.0.0.0", "::", "") else (f"[{host}]" if ":" in host else host)
    return f"http://{shown}:{port}/"


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
