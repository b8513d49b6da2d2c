"""`samenspel SUBCOMMAND …`: reads the settings, runs one subcommand, turns a user's mistake into one line."""
from __future__ import annotations

import argparse
import logging
import sys

from bot.cli.common import Subcommands, reported
from bot.cli.errors import explain
from bot.cli.parser import DutchArgumentParser
from bot.settings import SettingsError, load_settings
from handlers.texts import cli as texts

log = logging.getLogger("samenspel")


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    from bot.logs import configure_logging

    configure_logging(settings)
    try:
        result: int = reported(lambda: args.handler(args, settings))
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


def parser() -> argparse.ArgumentParser:
    root = DutchArgumentParser(prog="samenspel", description="Samenspel: toezeggingen, moties, lobby en agenda's")
    sub = root.add_subparsers(dest="command", required=True, title=texts.SUBCOMMANDS, metavar="COMMANDO")
    for group in _groups():
        group.add_parser(sub)
    return root


def _groups() -> list[Subcommands]:
    """One module per subcommand group, in the order `samenspel --help` lists them."""
    from bot.cli import agenda, deadline, lists, registry, ronde, run, teams, verslag, worker

    return [run, deadline, agenda, lists, registry, ronde, teams, verslag, worker]
