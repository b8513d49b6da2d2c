"""The `samenspel` command: run, chat, serve, migrate, deadline."""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys

from collections.abc import Awaitable, Callable
from typing import Any, Protocol

from bot.app import App, build_app, open_app
from bot.console.repl import chat
from bot.settings import Settings, SettingsError, load_settings

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
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Alembic narrates every migration step at INFO; the chat should open quietly.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    handler = args.handler
    result: int = handler(args, settings)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="samenspel", description="Samenspel: toezeggingen, moties, lobby en agenda's")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="migreer, laad de demo als de database leeg is, en start de chat (en Slack/Teams)")
    run.add_argument("--as", dest="email", help="e-mailadres waarmee je in de console praat")
    run.set_defaults(handler=_run)

    chat_cmd = sub.add_parser("chat", help="praat met de bot in de terminal")
    chat_cmd.add_argument("--as", dest="email", help="e-mailadres waarmee je praat")
    chat_cmd.set_defaults(handler=_chat)

    serve = sub.add_parser("serve", help="start de server voor Slack en Teams")
    serve.add_argument("--port", type=int, default=None)
    serve.set_defaults(handler=_serve)

    migrate = sub.add_parser("migrate", help="breng de database naar het nieuwste schema")
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
    from bot import cli_agenda, cli_lists, cli_registry, cli_teams, cli_verslag, cli_worker

    return [cli_agenda, cli_lists, cli_registry, cli_teams, cli_verslag, cli_worker]


def _console_email(app: App, wanted: str | None) -> str:
    from handlers.domain.people import Rol

    if wanted or app.settings.console_user:
        return str(wanted or app.settings.console_user)
    with app.uow_factory() as uow:
        advisers = uow.people.with_role(Rol.CONCERNADVISEUR) or uow.people.all()
    return advisers[0].email if advisers else "console@localhost"


def _chat(args: argparse.Namespace, settings: Settings) -> int:
    app = open_app(settings)
    try:
        chat(app.dispatcher, app.clock, _console_email(app, args.email), sys.stdin, sys.stdout)
    finally:
        app.close()
    return 0


def _run(args: argparse.Namespace, settings: Settings) -> int:
    if not (settings.slack_enabled or settings.teams_enabled):
        from bot.reminders import RunningReminders

        app = open_app(settings)
        reminders = RunningReminders(app, console=sys.stdout)
        reminders.start_background()
        try:
            chat(app.dispatcher, app.clock, _console_email(app, args.email), sys.stdin, sys.stdout)
        finally:
            reminders.stop()
            app.close()
        return 0
    app = open_app(settings)
    email = _console_email(app, args.email)

    async def console_then_serve() -> None:
        await asyncio.to_thread(chat, app.dispatcher, app.clock, email, sys.stdin, sys.stdout)
        log.info("console gesloten; Slack/Teams blijven bereikbaar (Ctrl-C om te stoppen)")
        await asyncio.Event().wait()

    return _serve_until(app, settings.port, console_then_serve)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    return _serve_until(open_app(settings), args.port or settings.port)


def _serve_until(app: App, port: int, until: Callable[[], Awaitable[None]] | None = None) -> int:
    """The server (and its scheduler) until `until` ends or Ctrl-C; the database is closed either way."""
    from bot.server import serve

    try:
        asyncio.run(serve(app, port, until))
    except KeyboardInterrupt:
        pass
    finally:
        app.close()
    return 0


def _migrate(args: argparse.Namespace, settings: Settings) -> int:
    app = build_app(settings)
    app.database.migrate()
    app.close()
    print("database is bijgewerkt")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
