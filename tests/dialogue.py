"""Talking to the bot through the console adapter: the harness for scenario tests."""
from __future__ import annotations

import io

from bot.app import App
from bot.console.repl import chat
from bot.console.translate import render_reply, to_incoming
from handlers.messages import Address, OutgoingReply

KARIN = "karin.bos@noordwaard.example"  # concernadviseur in the demo organisation
HANS = "hans.bakker@noordwaard.example"  # teamleider
ANNA = "anna.devries@noordwaard.example"  # gedeputeerde


def say(app: App, text: str, as_email: str = KARIN, *, private: bool = True) -> str:
    """What the console prints for one line; `private=False` pretends the line came from a channel."""
    return render_reply(ask(app, text, as_email, private=private))


def ask(app: App, text: str, as_email: str = KARIN, *, private: bool = True) -> OutgoingReply:
    incoming = to_incoming(text, as_email, app.clock.now())
    if not private:
        incoming = type(incoming)(
            incoming.actor, Address("console", "kanaal", private=False), incoming.text, incoming.received_at
        )
    reply = app.dispatcher.handle(incoming)
    assert reply is not None
    return reply


def converse(app: App, lines: list[str], as_email: str = KARIN) -> str:
    """A whole dialogue piped through the console chat, as `printf … | samenspel chat` would."""
    out = io.StringIO()
    chat(app.dispatcher, app.clock, as_email, io.StringIO("\n".join(lines) + "\n"), out)
    return out.getvalue()


def long_verslag(n: int) -> str:
    """A besluitenlijst of `n` agenda items with a promise each: more than one page of proposals."""
    items = [f"{i}. Punt {i}\nGedeputeerde De Vries zegt toe voor de zomer de Staten te informeren over onderwerp {i}."
             for i in range(1, n + 1)]
    return "Besluitenlijst PO Mobiliteit 10 december 2026\n\n" + "\n\n".join(items)
