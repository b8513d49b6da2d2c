"""How the console cuts what a terminal delivers into messages: a verslag is one, whatever way it arrived."""
from __future__ import annotations

import io
from collections import deque

import pytest

from bot.console import repl
from bot.console.repl import Input, Message


class FakeTerminal:
    """What `input()` returns, line by line, and whether the next line was already there (a paste)."""

    def __init__(self, *arrivals: list[str]) -> None:
        self.arrivals = deque(arrivals)  # each arrival: the lines that came at once
        self.current: deque[str] = deque()

    def input(self, prompt: str) -> str:
        if not self.current:
            if not self.arrivals:
                raise EOFError
            self.current = deque(self.arrivals.popleft())
        return self.current.popleft()

    def waiting(self) -> bool:
        return bool(self.current)


def _messages(terminal: FakeTerminal, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Message], str]:
    monkeypatch.setattr("builtins.input", terminal.input)
    shown = io.StringIO()
    source = Input(io.StringIO(), shown, interactive=True)
    monkeypatch.setattr(source, "waiting", lambda: bool(source.pending) or terminal.waiting())
    return list(source.messages()), shown.getvalue()


def test_typed_verslag_ends_at_an_empty_line(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal(["verslag"], ["Besluitenlijst PO 2 december 2026"], ["De gedeputeerde zegt toe …"], [""],
                            ["wie ben ik"])
    messages, shown = _messages(terminal, monkeypatch)
    assert messages == [Message("verslag", "Besluitenlijst PO 2 december 2026\nDe gedeputeerde zegt toe …"),
                        Message("wie ben ik")]
    assert shown.count(repl.verslag_texts.CONSOLE_VERSLAG) == 1


def test_a_paste_keeps_its_empty_lines_and_a_one_line_verslag_stays_a_command(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal(["verslag Besluitenlijst PO 2 december 2026", "", "1. Opening", "", "2. Hoogwater"], [""],
                            ["verslag De wethouder zegt toe voor de zomer te antwoorden."], ["verslag pagina 2"])
    messages, _ = _messages(terminal, monkeypatch)
    assert messages == [
        Message("verslag", "Besluitenlijst PO 2 december 2026\n\n1. Opening\n\n2. Hoogwater"),
        Message("verslag De wethouder zegt toe voor de zomer te antwoorden."),
        Message("verslag pagina 2"),
    ]


def test_a_bracketed_paste_arrives_as_one_input_with_line_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    terminal = FakeTerminal(["verslag\nBesluitenlijst PO 2 december 2026\n\n1. Opening\n"], [""], ["stop"])
    messages, _ = _messages(terminal, monkeypatch)
    assert messages == [Message("verslag", "Besluitenlijst PO 2 december 2026\n\n1. Opening"), Message("stop")]
