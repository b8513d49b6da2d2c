"""`samenspel serve` as a user starts it: a separate process, Slack's Web API stood in on loopback."""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.adapters.slack.harness import EMAILS, REPO, SECRET, TOKEN, background_loop, serving, sign, slash_body
from tests.adapters.slack.standin import SlackStandIn


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_healthy(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        assert process.poll() is None, process.stderr.read().decode() if process.stderr else "serve stopped"
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.2)
    raise AssertionError("samenspel serve did not answer /healthz within 60 s")


@pytest.fixture
def standin() -> Iterator[SlackStandIn]:
    stand_in = SlackStandIn(emails=dict(EMAILS))
    with background_loop() as run, serving(stand_in, run):
        yield stand_in


def _serve_env(standin: SlackStandIn, tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DATABASE_URL", "SAMENSPEL_"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}", SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=standin.base_url + "/api/", LOG_LEVEL="INFO")
    env.update(extra)
    return env


def _start_serve(env: dict[str, str], port: int) -> subprocess.Popen[bytes]:
    """`samenspel migrate --demo` (the deploy step), then `samenspel serve` as its own process."""
    migrated = subprocess.run([sys.executable, "-m", "bot.cli", "migrate", "--demo"], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=120)
    assert migrated.returncode == 0, migrated.stderr
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], cwd=REPO, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _wait_healthy(f"http://127.0.0.1:{port}", process)
    return process


def _post_slash(url: str, standin: SlackStandIn, text: str) -> None:
    raw = urlencode(slash_body(text, response_url=standin.response_url(), trigger_id="serve.1"))
    stamp = int(time.time())
    request = urllib.request.Request(url + "/slack/events", data=raw.encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sign(raw, stamp),
    })
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.status == 200


def _get_json(url: str) -> tuple[int, dict[str, str]]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_samenspel_serve_answers_a_signed_slash_command(standin: SlackStandIn, tmp_path: Path) -> None:
    port = _free_port()
    process = _start_serve(_serve_env(standin, tmp_path, LOG_LEVEL="WARNING"), port)
    try:
        url = f"http://127.0.0.1:{port}"
        assert _get_json(url + "/readyz") == (200, {"database": "ok", "scheduler": "running", "status": "ok"})
        _post_slash(url, standin, "help")
        answer = standin.wait_for(lambda c: c.method == "response_url", timeout=20)
        assert "Dit kan ik voor je doen" in answer.text
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stderr:
            process.stderr.close()


def test_sigterm_lets_an_acknowledged_command_deliver_its_answer(standin: SlackStandIn, tmp_path: Path) -> None:
    """An orchestrator stops serve (deploy, scale-in) right after Slack got its ack: the answer still arrives."""
    standin.delays["users.info"] = 3.0  # the command is still running when the stop comes
    port = _free_port()
    process = _start_serve(_serve_env(standin, tmp_path), port)
    try:
        _post_slash(f"http://127.0.0.1:{port}", standin, "toezeggingen alle")
        stopped_at = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
        assert process.returncode == 0, err.decode()
        assert "gestopt" in err.decode()
        answer = standin.wait_for(lambda c: c.method == "response_url", timeout=1)
        assert "T-2026-001" in answer.text
        assert answer.at > stopped_at  # it really was in flight when the stop came
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)


def test_serve_refuses_a_database_that_was_not_migrated(standin: SlackStandIn, tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "bot.cli", "serve", "--port", str(_free_port())], cwd=REPO,
                          env=_serve_env(standin, tmp_path), capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Draai eerst `samenspel migrate`" in done.stderr
