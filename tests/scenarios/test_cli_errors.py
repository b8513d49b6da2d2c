"""The command line never shows a traceback for a user's mistake: one Dutch line and a non-zero exit code.

Run as real subprocesses, the way a user types them.
"""
from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.scenarios.test_cli import SAMENSPEL, _env


def _run(tmp_path: Path, *args: str, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = _env(tmp_path) | ({"DATABASE_URL": url} if url else {})
    return subprocess.run([*SAMENSPEL, *args], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)


@pytest.mark.parametrize(("args", "said"), [
    (("registry", "load", "bestaat-niet.yaml"), "bestaat-niet.yaml bestaat niet."),
    (("registry", "load", "latin1.yaml"), "latin1.yaml is geen UTF-8-tekstbestand."),
    (("registry", "export", "geen/map/register.yaml"), "De map geen/map bestaat niet."),
    (("export", "toezeggingen", "geen/map/lijst.xlsx"), "De map geen/map bestaat niet."),
])
def test_a_file_mistake_is_one_dutch_line(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    (tmp_path / "latin1.yaml").write_bytes("personen:\n  - naam: Renée Müller\n".encode("latin-1"))
    done = _run(tmp_path, *args)
    assert done.returncode == 1
    assert said in done.stderr
    assert "Traceback" not in done.stderr + done.stdout


def test_an_unreachable_database_is_one_dutch_line(tmp_path: Path) -> None:
    done = _run(tmp_path, "chat", url="postgresql+psycopg://samenspel:geheim@127.0.0.1:9/samenspel")
    assert done.returncode == 2  # the same code serve and worker give for a database that is not ready
    assert "De database is niet bereikbaar" in done.stderr and "DATABASE_URL" in done.stderr
    assert "geheim" not in done.stderr  # the password is never printed
    assert "Traceback" not in done.stderr + done.stdout


def test_ctrl_c_ends_the_chat_quietly(tmp_path: Path) -> None:
    chat = subprocess.Popen(
        [*SAMENSPEL, "chat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=_env(tmp_path), cwd=tmp_path,
    )
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write("wie ben ik\n")
    chat.stdin.flush()
    for _ in range(600):  # wait until the chat answered, so Ctrl-C lands while it waits for the next line
        if "Je bent" in chat.stdout.readline():
            break
    time.sleep(0.2)
    chat.send_signal(signal.SIGINT)
    out, err = chat.communicate(timeout=30)
    assert "Traceback" not in out + err and "KeyboardInterrupt" not in err
    assert chat.returncode in (0, 130)
