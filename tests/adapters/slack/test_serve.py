"""`samenspel serve` as a user starts it: a separate process, Slack's Web API stood in on loopback."""
from __future__ import annotations

import os
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


def test_samenspel_serve_answers_a_signed_slash_command(standin: SlackStandIn, tmp_path: Path) -> None:
    port = _free_port()
    env = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DATABASE_URL"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'serve.db'}", SLACK_BOT_TOKEN=TOKEN, SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=standin.base_url + "/api/", LOG_LEVEL="WARNING")
    process = subprocess.Popen([sys.executable, "-m", "bot.cli", "serve", "--port", str(port)], cwd=REPO, env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        url = f"http://127.0.0.1:{port}"
        _wait_healthy(url, process)
        raw = urlencode(slash_body("help", response_url=standin.response_url(), trigger_id="serve.1"))
        stamp = int(time.time())
        request = urllib.request.Request(url + "/slack/events", data=raw.encode(), method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sign(raw, stamp),
        })
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200
        answer = standin.wait_for(lambda c: c.method == "response_url", timeout=20)
        assert "Dit kan ik voor je doen" in answer.text
    finally:
        process.terminate()
        process.wait(timeout=20)
        if process.stderr:
            process.stderr.close()
