"""A besluitenlijst of many lines is one verslag in the console, piped into `samenspel chat` or typed and pasted
in a terminal; the commands before and after it are still commands."""
from __future__ import annotations

import os
import select
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.scenarios.test_cli import SAMENSPEL, _env

LIJST = Path(__file__).parents[1] / "data" / "verslagen" / "besluitenlijst_po_mobiliteit.txt"
OLGA = "olga.brouwer@noordwaard.example"


def _chat(tmp_path: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([*SAMENSPEL, "chat", "--as", OLGA], input=stdin, capture_output=True, text=True, timeout=90,
                          env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    return done


def test_a_piped_besluitenlijst_under_verslag_is_one_document_and_the_chat_goes_on_after_einde(tmp_path: Path) -> None:
    text = LIJST.read_text(encoding="utf-8")
    assert "\n\n" in text  # its empty lines between agenda items stay inside the verslag
    done = _chat(tmp_path, f"wie ben ik\nverslag\n{text}einde\ntoezeggingen mijn\n")
    out = done.stdout
    assert out.count("samenspel> ") == 3  # three messages: a command, the verslag, a command
    assert "samenspel> verslag … (17 regels)" in out
    assert out.count("mogelijke punten") == 1 and "3 mogelijke punten uit PO Mobiliteit 10 december 2026" in out
    assert "ken ik niet" not in out
    assert "Je bent Olga Brouwer" in out and "samenspel> toezeggingen mijn" in out


def test_without_einde_the_verslag_runs_to_the_end_of_the_input(tmp_path: Path) -> None:
    out = _chat(tmp_path, "verslag\n" + LIJST.read_text(encoding="utf-8")).stdout
    assert "3 mogelijke punten uit PO Mobiliteit 10 december 2026" in out and "ken ik niet" not in out


def test_verslag_with_its_text_on_one_line_is_still_one_command_in_a_pipe(tmp_path: Path) -> None:
    out = _chat(tmp_path, "verslag De gedeputeerde zegt toe de Staten voor de zomer te informeren.\nwie ben ik\n").stdout
    assert "1 mogelijk punt" in out and "Je bent Olga Brouwer" in out


class Terminal:
    """`samenspel chat` on a pseudo-terminal: what a griffier sees when typing or pasting."""

    def __init__(self, tmp_path: Path) -> None:
        import pty

        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # pragma: no cover - the child becomes samenspel
            os.chdir(tmp_path)
            os.execve(sys.executable, [sys.executable, "-m", "bot.cli", "chat", "--as", OLGA],
                      {**_env(tmp_path), "HOME": str(tmp_path), "TERM": "dumb"})
        self.seen = ""

    def type(self, text: str) -> None:
        os.write(self.fd, text.replace("\n", "\r").encode())

    def wait_for(self, text: str, timeout: float = 60) -> str:
        end = time.monotonic() + timeout
        while text not in self.seen:
            assert time.monotonic() < end, f"{text!r} niet gezien in:\n{self.seen[-2000:]}"
            ready, _, _ = select.select([self.fd], [], [], 0.2)
            if ready:
                self.seen += os.read(self.fd, 65536).decode(errors="replace")
        return self.seen

    def close(self) -> None:
        self.type("stop\n")
        os.waitpid(self.pid, 0)


@pytest.fixture
def terminal(tmp_path: Path) -> Iterator[Terminal]:
    if sys.platform == "win32":  # pragma: no cover
        pytest.skip("geen pseudo-terminal op Windows")
    found = Terminal(tmp_path)
    found.wait_for("samenspel> ")
    yield found
    found.close()


def test_typed_line_by_line_an_empty_line_finishes_the_verslag(terminal: Terminal) -> None:
    terminal.type("verslag\n")
    terminal.wait_for("Klaar? Druk op Enter op een lege regel")
    for line in ("Besluitenlijst PO Mobiliteit 10 december 2026",
                 "Gedeputeerde De Vries zegt toe de Staten binnen zes weken te informeren."):
        terminal.type(line + "\n")
        time.sleep(0.5)  # typing: each line arrives on its own
    terminal.type("\n")
    terminal.wait_for("1 mogelijk punt uit PO Mobiliteit 10 december 2026")
    terminal.wait_for("deadline: 21 januari 2027")  # six weeks from the meeting


def test_a_pasted_besluitenlijst_with_empty_lines_is_one_verslag(terminal: Terminal) -> None:
    terminal.type("verslag\n" + LIJST.read_text(encoding="utf-8"))  # one paste, empty lines and all
    terminal.wait_for("Klaar? Druk op Enter op een lege regel")  # said once the paste has stopped
    terminal.type("\n")
    seen = terminal.wait_for("3 mogelijke punten uit PO Mobiliteit 10 december 2026")
    terminal.type("wie ben ik\n")
    seen = terminal.wait_for("Je bent Olga Brouwer")
    assert "ken ik niet" not in seen
