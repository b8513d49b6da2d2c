"""The console chat: one command per line, interactive or piped; also the scenario-test harness."""
from __future__ import annotations

from typing import TextIO

from bot.console.translate import render_reply, to_incoming
from bot.dispatcher import Dispatcher
from handlers.ports import Clock

PROMPT = "samenspel> "
GOODBYE = {"stop", "exit", "quit", "doei"}


def chat(dispatcher: Dispatcher, clock: Clock, email: str, stdin: TextIO, stdout: TextIO) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write(f"Samenspel — je praat als {email}. Typ 'help' voor de commando's, 'stop' om te stoppen.\n")
    while True:
        if interactive:
            stdout.write(PROMPT)
            stdout.flush()
        line = stdin.readline()
        if not line:
            break
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        if text.lower() in GOODBYE:
            break
        if not interactive:
            stdout.write(f"{PROMPT}{text}\n")
        reply = dispatcher.handle(to_incoming(text, email, clock.now()))
        if reply is not None:
            stdout.write(render_reply(reply) + "\n\n")
        stdout.flush()
