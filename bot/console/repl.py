"""The console chat: one command per line, interactive or piped; also the scenario-test harness.

Interactively the line is read with `input()`, so the standard library's readline gives arrow keys, line
editing and history; Ctrl-C or Ctrl-D ends the chat quietly.

A verslag is the one message of many lines (in Slack and Teams it is simply one message). After a line
`verslag` — or `verslag <text>` when more lines arrive with it, as in a paste — every line belongs to the
verslag until an empty line with nothing behind it, a line `einde`, or the end of the input. A paste's own
empty lines have more behind them, so they stay in. A pipe delivers everything at once: there a verslag starts
only at a line `verslag` on its own, and runs to `einde` or the end of the input.
"""
from __future__ import annotations

import contextlib
import re
import select
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from bot.console.translate import render_reply, to_incoming
from bot.dispatcher import Dispatcher
from handlers.messages import IncomingCommand, OutgoingReply
from handlers.ports import Clock
from handlers.texts import aantal
from handlers.texts import luisteren as verslag_texts

PROMPT = "samenspel> "
PROMPT_VERSLAG = "verslag> "
GOODBYE = {"stop", "exit", "quit", "doei"}
END = "einde"
HISTORY = Path.home() / ".samenspel_history"
# How long a terminal may pause inside one paste: a human types the next line far more slowly than this.
PASTE_GAP = 0.15
_VERSLAG = re.compile(r"^verslag(?:\s+(?P<rest>.*))?$", re.IGNORECASE | re.DOTALL)
_PAGE = re.compile(r"^pagina\s+\d+$", re.IGNORECASE)


@dataclass(frozen=True)
class Message:
    text: str
    document: str | None = None  # the verslag's lines, when the message is one


def chat(dispatcher: Dispatcher, clock: Clock, email: str, stdin: TextIO, stdout: TextIO) -> None:
    interactive = stdin.isatty()
    if interactive:
        stdout.write(f"Samenspel — je praat als {email}. Typ 'help' voor de commando's, 'stop' om te stoppen.\n")
    with _history(interactive):
        for message in Input(stdin, stdout, interactive).messages():
            text = message.text
            if text.lower() in GOODBYE:
                break
            if not interactive:
                stdout.write(f"{PROMPT}{_echo(message)}\n")
            incoming = to_incoming(text, email, clock.now())
            reply = _handle(dispatcher, incoming, message.document)
            if reply is not None:
                stdout.write(render_reply(reply) + "\n\n")
            stdout.flush()


def _handle(dispatcher: Dispatcher, incoming: IncomingCommand, document: str | None) -> OutgoingReply | None:
    if document is None:
        return dispatcher.handle(incoming)
    # A verslag has room for a whole meeting, as a file handed to `samenspel verslag` has.
    return dispatcher.handle_document(incoming, document)


def _echo(message: Message) -> str:
    if message.document is None:
        return message.text
    return f"{message.text} … ({aantal(len(message.document.splitlines()), 'regel', 'regels')})"


class Input:
    """Lines from a terminal or a pipe, and whether more have arrived already (as in a paste)."""

    def __init__(self, stdin: TextIO, stdout: TextIO, interactive: bool) -> None:
        self.stdin, self.stdout, self.interactive = stdin, stdout, interactive
        self.pending: deque[str] = deque()
        self.ended = False

    def messages(self) -> Iterator[Message]:
        """Typed lines without blanks and comments, a verslag as one message; the end of input or Ctrl-C ends them."""
        while not self.ended:
            line = self.read(PROMPT)
            if line is None:
                return
            text = line.strip()
            if text and not text.startswith("#"):
                document = self.verslag(text)
                yield Message("verslag" if document is not None else text, document)

    def verslag(self, text: str) -> str | None:
        """The verslag that starts with this line; None when the line is a command on its own."""
        found = _VERSLAG.match(text)
        rest = (found.group("rest") or "").strip() if found else ""
        if found is None or _PAGE.match(rest):
            return None
        if rest and not (self.interactive and self.waiting()):
            return None  # 'verslag <tekst>' typed as one line, as in the chat
        hinted = not self.interactive  # a pipe reads no hints
        lines = [rest] if rest else []
        while True:
            if not hinted and not self.waiting():
                # Typed, or a paste that has stopped: say how to finish before waiting for the next line.
                self.stdout.write(verslag_texts.CONSOLE_VERSLAG + "\n")
                hinted = True
            line = self.read(PROMPT_VERSLAG)
            if line is None or line.strip().lower() == END or (not line.strip() and not self.waiting()):
                return "\n".join(lines)
            lines.append(line)

    def read(self, prompt: str) -> str | None:
        """The next line; None at the end of the input (and from then on)."""
        if self.pending:
            return self.pending.popleft()
        if self.ended:
            return None
        try:
            line = input(prompt) if self.interactive else self.stdin.readline()
        except (EOFError, KeyboardInterrupt):
            self.stdout.write("\n")
            self.ended = True
            return None
        if not line and not self.interactive:
            self.ended = True
            return None
        # A terminal with bracketed paste hands over a whole paste as one line with line breaks in it.
        first, *more = line.removesuffix("\n").split("\n")
        self.pending.extend(more)
        return first

    def waiting(self) -> bool:
        """Has more input arrived already? A pipe has delivered all of it; a terminal only within a paste."""
        if self.pending or not self.interactive:
            return True
        try:
            ready, _, _ = select.select([self.stdin], [], [], PASTE_GAP)
        except (OSError, ValueError):  # a terminal select() cannot watch (Windows): a typed verslag still works
            return False
        return bool(ready)


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
