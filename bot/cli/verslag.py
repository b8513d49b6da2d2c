"""`samenspel verslag FILE`: the toezeggingen, moties and actiepunten in a verslag, confirmed with --bevestig."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.app import App
from bot.cli.common import Failed, console_email, opened, warn
from bot.console.translate import render_reply, to_incoming
from bot.settings import Settings
from handlers.forms import as_typed
from handlers.messages import Item, ReplyKind
from handlers.texts.luisteren import NOG_NODIG
from storage.importers.documents import DocumentError, read_document


def add_parser(subparsers: Any) -> None:
    cmd = subparsers.add_parser("verslag", help="vind toezeggingen, moties en actiepunten in een verslag (.docx, .pdf, .txt)")
    cmd.add_argument("file", type=Path, metavar="BESTAND")
    cmd.add_argument("--bevestig", help="registreer deze punten, bijv. 1,3,4")
    cmd.add_argument("--as", dest="email", help="e-mailadres van wie registreert (voor de historie)")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        text = read_document(args.file, settings.document_limits)
        chosen = _numbers(args.bevestig) if args.bevestig else []
    except (DocumentError, ValueError) as error:
        raise Failed(str(error)) from None
    with opened(settings) as app:
        email = console_email(app, args.email)
        items = _every_page(app, email, text)
        return _confirm(app, email, items, chosen)


def _every_page(app: App, email: str, text: str) -> list[Item]:
    """The whole verslag: a terminal is no chat message, so every page is printed, numbered straight through."""
    reply = app.dispatcher.handle_document(to_incoming("verslag", email, app.clock.now()), text)
    items: list[Item] = []
    while True:
        if reply is None or reply.kind is ReplyKind.ERROR:
            raise Failed(reply.text if reply else "geen antwoord", 1)
        items.extend(reply.items)
        print(render_reply(reply))
        if reply.page is None or not reply.page.next_command:
            return items
        reply = app.dispatcher.handle(to_incoming(reply.page.next_command, email, app.clock.now()))


def _numbers(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise ValueError(f"--bevestig '{text}' begrijp ik niet; noem de nummers van de punten, bijv. --bevestig 1,3") from None


def _confirm(app: App, email: str, items: list[Item], chosen: list[int]) -> int:
    failed = 0
    for number in chosen:
        if not 1 <= number <= len(items):
            warn(f"punt {number} bestaat niet; kies uit 1 tot en met {len(items)}.")
            failed += 1
            continue
        command, nodig = _command(items[number - 1])
        if nodig:
            warn(f"punt {number}: nog nodig: {nodig}. Registreer het in de chat met dit commando, met het ontbrekende "
                 f"erachter: {command}")
            failed += 1
            continue
        reply = app.dispatcher.handle(to_incoming(command, email, app.clock.now()))
        if reply is None or reply.kind is ReplyKind.ERROR:
            failed += 1
        print(f"punt {number}: {render_reply(reply) if reply else 'geen antwoord'}")
    return 1 if failed else 0


def _command(item: Item) -> tuple[str, str]:
    """The command behind the point's 'Registreer', and what it still lacks in words ("" when nothing)."""
    register = item.buttons[0]
    nodig = next((f.value for f in item.fields if f.label == NOG_NODIG), "")
    return (register.command if register.form is None else as_typed(register.form)), nodig
