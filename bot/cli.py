"""The `samenspel` command: run, chat, serve, migrate, deadline."""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from bot.app import App, NotReady, build_app, open_app, open_running_app, seed_if_empty
from bot.cli_worker import _moment
from bot.console.repl import chat
from bot.cli_errors import explain
from bot.settings import Settings, SettingsError, load_settings
from handlers.texts import cli as texts

log = logging.getLogger("samenspel")


class CliExtension(Protocol):
    def add_parser(self, subparsers: Any) -> None:
        """Adds a subcommand whose handler is called as handler(args, settings) -> exit code."""
        ...


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    from bot.logs import configure_logging

    configure_logging(settings)
    try:
        result: int = args.handler(args, settings)
    except NotReady as error:
        print(error, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"\n{texts.STOPPED}", file=sys.stderr)  # Ctrl-C ends quietly, without a traceback
        return 130
    except Exception as error:  # noqa: BLE001 - only the mistakes explain() recognises are caught
        message = explain(error, getattr(args, "file", None), settings.database_url)
        if message is None:
            raise
        log.debug("command stopped: %s", type(error).__name__)
        print(message, file=sys.stderr)
        return 1
    return result


_DEMO_HELP = "laad de fictieve demo-organisatie als de database nog geen personen heeft (ook op PostgreSQL)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samenspel", description="Samenspel: toezeggingen, moties, lobby en agenda's")
    sub = parser.add_subparsers(dest="command", required=True)

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
    migrate.add_argument("--now", type=_moment, help="met --demo: de demo rond dit moment (YYYY-MM-DDTHH:MM, Amsterdam)")
    migrate.set_defaults(handler=_migrate)

    from bot import deadline_cli

    deadline = sub.add_parser("deadline", help="laat zien hoe een deadline wordt begrepen")
    deadline_cli.add_arguments(deadline)
    deadline.set_defaults(handler=lambda a, s: deadline_cli.run(a, str(s.calendar_path) if s.calendar_path else None))
    for extension in _extensions():
        extension.add_parser(sub)
    return parser


def _extensions() -> list[CliExtension]:
    """Subcommands that live beside their feature: each module offers add_parser(subparsers)."""
    from bot import cli_agenda, cli_lists, cli_registry, cli_ronde, cli_teams, cli_verslag, cli_worker

    return [cli_agenda, cli_lists, cli_registry, cli_ronde, cli_teams, cli_verslag, cli_worker]


def _console_email(app: App, wanted: str | None) -> str:
    from handlers.domain.people import Rol

    if wanted or app.settings.console_user:
        return _known_email(app, str(wanted or app.settings.console_user))
    with app.uow_factory() as uow:
        advisers = uow.people.with_role(Rol.CONCERNADVISEUR) or uow.people.all()
    return advisers[0].email if advisers else "console@localhost"


def _known_email(app: App, wanted: str) -> str:
    """'--as hans.bakker' or '--as Bakker' finds hans.bakker@…: the part before the @ is enough when it is unique."""
    if "@" in wanted:
        return wanted
    with app.uow_factory() as uow:
        person = uow.people.by_email(wanted)
        if person is None:
            local = [p for p in uow.people.all() if p.email.split("@")[0].lower() == wanted.lower()]
            person = local[0] if len(local) == 1 else None
    return person.email if person is not None else wanted


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    app = open_app(settings, demo=args.demo)
    try:
        chat(app.dispatcher, app.clock, _console_email(app, args.email), sys.stdin, sys.stdout)
    finally:
        app.close()
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if not (settings.slack_enabled or settings.teams_enabled):
        from bot.reminders import RunningReminders

        app = open_app(settings, demo=args.demo)
        reminders = RunningReminders(app, console=sys.stdout)
        reminders.start_background()
        try:
            chat(app.dispatcher, app.clock, _console_email(app, args.email), sys.stdin, sys.stdout)
        finally:
            reminders.stop()
            app.close()
        return 0
    app = open_app(settings, demo=args.demo)
    email = _console_email(app, args.email)

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
        log.info("console gesloten; Slack/Teams blijven bereikbaar (Ctrl-C om te stoppen)")
        await asyncio.Event().wait()

    return _serve_until(app, settings.host, settings.port, console_then_serve)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    return _serve_until(open_running_app(settings), args.host or settings.host, args.port or settings.port)


def _serve_until(app: App, host: str, port: int, until: Callable[[], Awaitable[None]] | None = None) -> int:
    """The server (and its scheduler) until `until` ends or SIGTERM/SIGINT; the database is closed either way."""
    from bot.server import serve

    try:
        asyncio.run(serve(app, host, port, until))
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


if __name__ == "__main__":
    raise SystemExit(main())
