"""The console chat: one command per line, interactive or piped; also the scenario-test harness.

Interactively the line is read with `input()`, so the standard library's readline gives arrow keys, line
editing and history; Ctrl-C or Ctrl-D ends the chat quietly.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bot.console.translate import MORE, render_reply, to_incoming
from bot.dispatcher import Dispatcher
from handlers.ports import Clock
from handlers.texts import lists as list_texts

PROMPT = "samenspel> "
GOODBYE = {"stop", "exit", "quit", "doei"}
HISTORY = Path.home() / ".samenspel_history"


def chat(dispatcher: Dispatcher, clock: Clock, email: str, stdin: TextIO, stdout: TextIO) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write(f"Samenspel — je praat als {email}. Typ 'help' voor de commando's, 'stop' om te stoppen.\n")
    next_page = ""  # the command behind 'meer', from the last page of a list
    with _history(interactive):
        for text in _lines(stdin, stdout, interactive):
            if text.lower() in GOODBYE:
                break
            if not interactive:
                stdout.write(f"{PROMPT}{text}\n")
            if text.lower() in MORE:
                if not next_page:
                    stdout.write(list_texts.NO_MORE + "\n\n")
                    continue
                text = next_page
            reply = dispatcher.handle(to_incoming(text, email, clock.now()))
            if reply is not None:
                if reply.page is not None:
                    next_page = reply.page.next_command
                stdout.write(render_reply(reply) + "\n\n")
            stdout.flush()


def _lines(stdin: TextIO, stdout: TextIO, interactive: bool) -> Iterator[str]:
    """Typed lines without blanks and comments; the end of input or Ctrl-C ends them."""
    while True:
        try:
            line = input(PROMPT) if interactive else stdin.readline()
        except (EOFError, KeyboardInterrupt):
            stdout.write("\n")
            return
        if not line and not interactive:
            return
        text = line.strip()
        if text and not text.startswith("#"):
            yield text


@contextlib.contextmanager
def _history(interactive: bool) -> Iterator[None]:
    """Readline history across sessions, when the chat is typed and the platform has readline at all."""
    if not interactive:
        yield
        return
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input still works
        yield
        return
    with contextlib.suppress(OSError):
        readline.read_history_file(HISTORY)
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            readline.write_history_file(HISTORY)
