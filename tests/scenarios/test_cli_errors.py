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


@pytest.mark.parametrize(("args", "said"), [
    ((), "samenspel: fout: deze argumenten ontbreken: COMMANDO"),
    (("registreer",), "samenspel: fout: argument COMMANDO: 'registreer' ken ik niet (kies uit 'run', 'chat',"),
    (("registry", "load"), "samenspel registry load: fout: deze argumenten ontbreken: BESTAND"),
    (("registry", "load", "a.yaml", "b.yaml"), "samenspel: fout: onbekende argumenten: b.yaml"),
    (("export", "taken", "lijst.xlsx"), "argument {toezeggingen,moties,ics}: 'taken' ken ik niet"),
    (("chat", "--as"), "samenspel chat: fout: argument --as: hier hoort één waarde achter"),
])
def test_a_usage_mistake_is_dutch_with_dutch_usage(tmp_path: Path, args: tuple[str, ...], said: str) -> None:
    done = _run(tmp_path, *args)
    assert done.returncode == 2
    assert said in done.stderr and "Typ 'samenspel" in done.stderr and "--help' voor uitleg." in done.stderr
    assert done.stderr.startswith("gebruik: samenspel")
    for english in ("usage:", "error:", "unrecognized arguments", "the following arguments are required",
                    "invalid choice", "expected one argument", "Traceback"):
        assert english not in done.stderr, english


def test_help_has_dutch_headings(tmp_path: Path) -> None:
    done = _run(tmp_path, "registry", "--help")
    assert done.stdout.startswith("gebruik: samenspel registry") and "opties:" in done.stdout
    assert "toon deze hulp en stop" in done.stdout and "show this help" not in done.stdout


@pytest.mark.parametrize("args", [
    ("verslag", "{}"), ("agenda", "import", "{}"), ("deadline", "--batch", "{}"), ("registry", "load", "{}"),
])
def test_a_folder_or_a_missing_file_is_named_as_such_by_every_command(tmp_path: Path, args: tuple[str, ...]) -> None:
    (tmp_path / "map").mkdir()
    folder = _run(tmp_path, *(a.format("map") for a in args))
    assert "map is een map, geen bestand." in folder.stderr and folder.returncode == 1, folder.stderr
    missing = _run(tmp_path, *(a.format("weg.txt") for a in args))
    assert "weg.txt bestaat niet. Controleer de naam en de map." in missing.stderr and missing.returncode == 1
    assert "Errno" not in folder.stderr + missing.stderr and "Traceback" not in folder.stderr + missing.stderr
