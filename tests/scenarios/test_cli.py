"""The real `samenspel` command, piped like `printf 'help\\n' | make run`."""
from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import requests

SAMENSPEL = [sys.executable, "-m", "bot.cli"]
ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.upper().startswith(("SLACK_", "MICROSOFTAPP", "SAMENSPEL_", "DATABASE_URL"))}
    # PORT=0: `run` serves the web pages on a port the system picks, so parallel runs never compete for one.
    return {**keep, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}", "PYTHONPATH": str(ROOT), "PORT": "0"}


def with_demo(tmp_path: Path) -> None:
    """The demo organisation in the test's database, as `samenspel migrate --demo` loads it (only `run`, `chat`
    and `migrate --demo` bring it; the other subcommands leave an empty database empty)."""
    done = subprocess.run([*SAMENSPEL, "migrate", "--demo"], capture_output=True, text=True, timeout=60,
                          env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_piped_help_answers_and_exits_at_end_of_input(tmp_path: Path) -> None:
    done = subprocess.run(
        [*SAMENSPEL, "run"], input="help\n", capture_output=True, text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    assert "Dit kan ik voor je doen" in done.stdout
    assert "toezegging nieuw" in done.stdout
    # The web pages beside the chat, at the address it prints, with the development sign-in and its warning.
    assert re.search(r"De webpagina's: http://127\.0\.0\.1:\d+/", done.stdout), done.stdout
    assert "ontwikkelaanmelding" in done.stderr and "Nooit in productie" in done.stderr


def test_run_serves_the_web_pages_it_prints_while_the_chat_is_open(tmp_path: Path) -> None:
    process = subprocess.Popen([*SAMENSPEL, "run"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, env=_env(tmp_path), cwd=tmp_path)
    try:
        assert process.stdout is not None and process.stdin is not None
        line = process.stdout.readline()
        while "De webpagina's" not in line:
            assert line, process.stderr.read() if process.stderr else ""
            line = process.stdout.readline()
        url = line.split(": ", 1)[1].strip()
        session = requests.Session()
        page = session.get(url + "aanmelden", timeout=30)
        token = re.search(r'name="csrf" value="([^"]+)"', page.text)
        assert page.status_code == 200 and token and "karin.bos@noordwaard.example" in page.text
        listed = session.post(url + "aanmelden", data={"csrf": token.group(1), "email": "karin.bos@noordwaard.example",
                                                       "terug": "/moties"}, timeout=30)
        assert listed.status_code == 200 and "M2026-031" in listed.text and "Snelfietsroute" in listed.text
        process.stdin.write("toezeggingen\n")
        process.stdin.close()
        assert process.wait(60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


def test_run_with_its_port_taken_still_chats(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        env = {**_env(tmp_path), "PORT": str(taken.getsockname()[1])}
        done = subprocess.run([*SAMENSPEL, "run"], input="help\n", capture_output=True, text=True, timeout=60,
                              env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Dit kan ik voor je doen" in done.stdout
    assert "niet beschikbaar" in done.stderr and "zet PORT op een vrije poort" in done.stderr


def test_chat_as_a_person_on_the_demo_data(tmp_path: Path) -> None:
    lines = "wie ben ik\ntoezeggingen mijn\n"
    done = subprocess.run(
        [*SAMENSPEL, "chat", "--as", "hans.bakker@noordwaard.example"],
        input=lines, capture_output=True, text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "Je bent Hans Bakker." in done.stdout
    assert "verkeersveiligheid van de N-weg" in done.stdout


def test_deadline_command_prints_json(tmp_path: Path) -> None:
    done = subprocess.run(
        [*SAMENSPEL, "deadline", "Q2 2027", "--today", "2026-11-23"],
        capture_output=True, text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path,
    )
    assert json.loads(done.stdout) == {"text": "Q2 2027", "kind": "date", "due": "2027-06-30", "precision": "quarter"}


def test_incomplete_settings_name_the_missing_key(tmp_path: Path) -> None:
    env = {**_env(tmp_path), "SLACK_BOT_TOKEN": "xoxb-test"}
    done = subprocess.run([*SAMENSPEL, "chat"], input="", capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 2
    assert "SLACK_SIGNING_SECRET" in done.stderr


def test_a_first_run_shows_something_in_every_list(tmp_path: Path) -> None:
    done = subprocess.run(
        [*SAMENSPEL, "run"], input="moties\nlobby\nvergaderingen\ntoezeggingen\n", capture_output=True, text=True,
        timeout=90, env=_env(tmp_path), cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "M2026-031 · Snelfietsroute" in done.stdout
    assert "L-2026-001 · Nedersaksenlijn" in done.stdout
    assert "Agendapunten: 1" in done.stdout
    assert "T-2026-004" in done.stdout
    assert "overgeslagen" not in done.stderr
