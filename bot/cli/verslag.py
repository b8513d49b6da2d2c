"""`samenspel verslag FILE`: the toezeggingen, moties and actiepunten in a verslag, confirmed with --bevestig."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.app import App
from bot.cli.common import Failed, console_email, opened, warn
from bot.console.translate import render_reply, to_incoming
from bot.settings import Settings
from handlers.messages import Button, Form, OutgoingReply, ReplyKind
from storage.importers.documents import DocumentError, read_document


def add_parser(subparsers: Any) -> None:
    cmd = subparsers.add_parser("verslag", help="vind toezeggingen, moties en actiepunten in een verslag (.docx, .pdf, .txt)")
    cmd.add_argument("file", type=Path)
    cmd.add_argument("--bevestig", help="registreer deze punten, bijv. 1,3,4")
    cmd.add_argument("--as", dest="email", help="e-mailadres van wie registreert (voor de historie)")
    cmd.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        text = read_document(args.file)
        chosen = _numbers(args.bevestig) if args.bevestig else []
    except (DocumentError, ValueError) as error:
        raise Failed(str(error)) from None
    with opened(settings) as app:
        email = console_email(app, args.email)
        found = app.dispatcher.handle_document(to_incoming("verslag", email, app.clock.now()), text)
        if found is None or found.kind is ReplyKind.ERROR:
            raise Failed(found.text if found else "geen antwoord", 1)
        print(render_reply(found))
        return _confirm(app, email, found, chosen)


def _numbers(text: str) -> list[int]:
    try:
        return [int(part) for part in text.replace(" ", "").split(",") if part]
    except ValueError:
        raise ValueError(f"--bevestig '{text}' begrijp ik niet; noem de nummers van de punten, bijv. --bevestig 1,3") from None


def _confirm(app: App, email: str, found: OutgoingReply, chosen: list[int]) -> int:
    failed = 0
    for number in chosen:
        if not 1 <= number <= len(found.items):
            warn(f"punt {number} bestaat niet; kies uit 1 tot en met {len(found.items)}.")
            failed += 1
            continue
        register = found.items[number - 1].buttons[0]
        command, missing = _command(register)
        if missing:
            warn(f"punt {number}: vul eerst {', '.join(missing)} aan; registreer het in de chat met: {command}")
            failed += 1
            continue
        reply = app.dispatcher.handle(to_incoming(command, email, app.clock.now()))
        if reply is None or reply.kind is ReplyKind.ERROR:
            failed += 1
        print(f"punt {number}: {render_reply(reply) if reply else 'geen antwoord'}")
    return 1 if failed else 0


def _command(button: Button) -> tuple[str, list[str]]:
    """The command a 'Registreer' button runs, with its form filled in from what the verslag said."""
    if button.form is None:
        return button.command, []
    form: Form = button.form
    missing = [f.label.lower() for f in form.fields if f.required and not f.initial]
    command = form.submit_command
    for field in form.fields:
        command = command.replace("{" + field.name + "}", field.initial or f"<{field.name}>")
    return command, missing
