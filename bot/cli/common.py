"""What every subcommand shares: opening the app, a user's mistake as one Dutch line with an exit code, JSON out.

A handler raises `Failed` (or lets a `UserError` through) instead of printing to stderr itself; `main` turns it
into one line on stderr and the exit code, so every subcommand reports mistakes the same way.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Protocol

from bot.app import App
from bot.clock import TIMEZONE
from bot.settings import Settings
from bot.startup import NotReady, open_app
from handlers.errors import UserError
from handlers.ports import Clock


class Failed(Exception):
    """A mistake the user can fix: `message` goes to stderr as it is, the command ends with `code`."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.message, self.code = message, code


def reported(command: Callable[[], int]) -> int:
    """The command's exit code; a mistake the user can fix becomes one line on stderr and its code."""
    try:
        return command()
    except (NotReady, Failed, UserError) as error:
        print(getattr(error, "message", error), file=sys.stderr)
        return error.code if isinstance(error, Failed) else 2


class Subcommands(Protocol):
    def add_parser(self, subparsers: Any) -> None:
        """Adds a subcommand whose handler is called as handler(args, settings) -> exit code."""
        ...


@contextmanager
def opened(settings: Settings, clock: Clock | None = None, *, demo: bool = False, chat: bool = False) -> Iterator[App]:
    """The ready app (see bot/startup.open_app), closed again however the command ends."""
    app = open_app(settings, clock, demo=demo, chat=chat)
    try:
        yield app
    finally:
        app.close()


def print_json(value: object) -> None:
    """One JSON value on one line, Dutch characters as they are."""
    print(json.dumps(value, ensure_ascii=False))


def warn(message: str) -> None:
    """A line for the user that is not the command's output (it goes to stderr)."""
    print(message, file=sys.stderr)


def moment(text: str) -> dt.datetime:
    """`--now 2026-11-23T09:00`, Amsterdam time."""
    try:
        return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M").replace(tzinfo=TIMEZONE)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen tijdstip; gebruik YYYY-MM-DDTHH:MM, bijv. 2026-11-23T09:00")


def console_email(app: App, wanted: str | None) -> str:
    """Who `--as` means; without it SAMENSPEL_CONSOLE_USER, else the first concernadviseur of the organisation."""
    from handlers.domain.people import Rol

    if wanted or app.settings.console_user:
        return known_email(app, str(wanted or app.settings.console_user))
    with app.uow_factory() as uow:
        advisers = uow.people.with_role(Rol.CONCERNADVISEUR) or uow.people.all()
    return advisers[0].email if advisers else "console@localhost"


def known_email(app: App, wanted: str) -> str:
    """'--as hans.bakker' or '--as Bakker' finds hans.bakker@…: the part before the @ is enough when it is unique."""
    if "@" in wanted:
        return wanted
    with app.uow_factory() as uow:
        person = uow.people.by_email(wanted)
        if person is None:
            local = [p for p in uow.people.all() if p.email.split("@")[0].lower() == wanted.lower()]
            person = local[0] if len(local) == 1 else None
    return person.email if person is not None else wanted
