"""`samenspel run | chat | serve | migrate`: the bot itself, in the terminal and/or for Slack and Teams."""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

from bot.app import App, build_app
from bot.cli.common import console_email, moment, opened
from bot.console.repl import chat
from bot.origins import is_loopback
from bot.settings import Settings
from bot.startup import open_app, open_running_app, seed_if_empty

log = logging.getLogger("samenspel")

_DEMO_HELP = "laad de fictieve demo-organisatie als de database nog geen personen heeft (ook op PostgreSQL)"


def add_parser(sub: Any) -> None:
    run = sub.add_parser("run", help="migreer, laad de demo als de database leeg is, en start de chat (en Slack/Teams)")
    run.add_argument("--as", dest="email", help="e-mailadres waarmee je in de console praat")
    run.add_argument("--demo", action="store_true", help=_DEMO_HELP)
    run.set_defaults(handler=_run)

    chat_cmd = sub.add_parser("chat", help="praat met de bot in de terminal")
    chat_cmd.add_argument("--as", dest="email", help="e-mailadres waarmee je praat")
    chat_cmd.add_argument("--demo", action="store_true", help=_DEMO_HELP)
    chat_cmd.set_defaults(handler=_chat)

    serve = sub.add_parser("serve", help="start de server voor Slack en Teams")
    serve.add_argument("--port", type=int, default=None, help="poort (standaard PORT, 3978)")
    serve.add_argument("--host", default=None, help="adres om op te luisteren (standaard HOST, 127.0.0.1)")
    serve.set_defaults(handler=_serve)

    migrate = sub.add_parser("migrate", help="breng de database naar het nieuwste schema")
    migrate.add_argument("--demo", action="store_true", help=_DEMO_HELP)
    migrate.add_argument("--now", type=moment, help="met --demo: de demo rond dit moment (YYYY-MM-DDTHH:MM, Amsterdam)")
    migrate.set_defaults(handler=_migrate)


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    with opened(settings, demo=args.demo, chat=True) as app:
        chat(app.dispatcher, app.clock, console_email(app, args.email), sys.stdin, sys.stdout)
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    """The chat in the terminal and the server beside it (the web pages, and Slack/Teams when configured).

    Without Slack or Teams the end of the chat's input ends the run (`printf 'help\n' | make run`); with them the
    server stays up. On this machine's own address the web gets the development sign-in (docs/web.md)."""
    platforms = settings.slack_enabled or settings.teams_enabled
    if settings.web_dev_login is None and is_loopback(settings.host):
        settings = settings.model_copy(update={"web_dev_login": True})
    app = open_app(settings, demo=args.demo, chat=True)
    try:
        email = console_email(app, args.email)
    except BaseException:
        app.close()
        raise

    async def console_then_serve() -> None:
        # A daemon thread, not to_thread: a stop signal must not wait for a line on stdin.
        loop = asyncio.get_running_loop()
        closed = asyncio.Event()

        def console() -> None:
            try:
                chat(app.dispatcher, app.clock, email, sys.stdin, sys.stdout)
            finally:
                loop.call_soon_threadsafe(closed.set)

        threading.Thread(target=console, name="console", daemon=True).start()
        await closed.wait()
        if not platforms:
            return
        log.info("console gesloten; Slack/Teams blijven bereikbaar (Ctrl-C om te stoppen)")
        await asyncio.Event().wait()

    return _serve_until(app, settings.host, settings.port, console_then_serve, console=sys.stdout,
                        busy_port_ok=not platforms, console_user=email)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    return _serve_until(open_running_app(settings), args.host or settings.host, args.port or settings.port)


def _serve_until(app: App, host: str, port: int, until: Callable[[], Awaitable[None]] | None = None,
                 console: TextIO | None = None, busy_port_ok: bool = False, console_user: str = "") -> int:
    """The server (and its scheduler) until `until` ends or SIGTERM/SIGINT; the database is closed either way."""
    from bot.server import serve

    try:
        asyncio.run(serve(app, host, port, until, console, busy_port_ok, console_user))
    except KeyboardInterrupt:
        pass
    finally:
        app.close()
    return 0


def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    from bot.clock import FixedClock

    app = build_app(settings, FixedClock(args.now) if args.now else None)
    try:
        app.database.migrate()
        state = app.database.schema_state()
        if args.demo:
            seed_if_empty(app, werk=True)
    finally:
        app.close()
    print(f"database is bijgewerkt (schema {', '.join(sorted(state.current))})")
    return 0
