"""A burst of signed slash commands against `samenspel serve` on loopback, as a busy Monday morning would send.

500 commands in 30 seconds: every one acknowledged within Slack's 3 seconds, none a 5xx, every one answered, and
the server's memory back near where it started. Then a SIGTERM in the middle of a burst: every command that was
acknowledged still gets its answer. All traffic stays on 127.0.0.1; the request loop is bounded in count and time.
"""
from __future__ import annotations

import signal
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

from tests.adapters.slack.harness import sign, slash_body
from tests.adapters.slack.standin import SlackStandIn
from tests.adapters.slack.test_serve import _free_port, _serve_env, _start_serve, standin  # noqa: F401 (fixture)

COMMANDS = ("help", "toezeggingen mijn", "overzicht", "toezeggingen alle", "wie is mijn opdrachtgever?")
SLACK_ACK_SECONDS = 3.0


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def _post(url: str, standin: SlackStandIn, n: int) -> tuple[int, float]:
    """(HTTP status or 0 when the server did not take it, seconds until the ack)."""
    body = slash_body(COMMANDS[n % len(COMMANDS)], response_url=standin.response_url(f"r{n}"), trigger_id=f"load.{n}")
    raw = urlencode(body)
    stamp = int(time.time())
    request = urllib.request.Request(url + "/slack/events", data=raw.encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sign(raw, stamp),
    })
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, time.monotonic() - started
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return 0, time.monotonic() - started


def _burst(url: str, standin: SlackStandIn, numbers: range, seconds: float,
           after_half: threading.Event | None = None) -> dict[int, tuple[int, float]]:
    """Sends `numbers` evenly spread over `seconds`; sets `after_half` once half of them went out."""
    start = time.monotonic()
    spacing = seconds / len(numbers)

    def one(index: int, n: int) -> tuple[int, float]:
        time.sleep(max(0.0, start + index * spacing - time.monotonic()))
        if after_half is not None and index == len(numbers) // 2:
            after_half.set()
        return _post(url, standin, n)

    with ThreadPoolExecutor(max_workers=32) as pool:
        futures = {n: pool.submit(one, index, n) for index, n in enumerate(numbers)}
        return {n: future.result() for n, future in futures.items()}


def _answered(standin: SlackStandIn, keys: set[str], timeout: float) -> set[str]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        seen = {c.args.get("response_key") for c in standin.calls if c.method == "response_url"}
        if keys <= seen:
            break
        time.sleep(0.2)
    return keys & {str(c.args.get("response_key")) for c in standin.calls if c.method == "response_url"}


def test_500_slash_commands_in_30_seconds_then_a_sigterm_mid_burst(standin: SlackStandIn, tmp_path: Path) -> None:  # noqa: F811
    port = _free_port()
    process = _start_serve(_serve_env(standin, tmp_path, LOG_LEVEL="WARNING"), port)
    url = f"http://127.0.0.1:{port}"
    try:
        warm = _burst(url, standin, range(-30, 0), 3)
        assert all(status == 200 for status, _s in warm.values())
        _answered(standin, {f"r{n}" for n in warm}, 30)
        before = _rss_mb(process.pid)

        sent = _burst(url, standin, range(500), 30)
        statuses = sorted({status for status, _s in sent.values()})
        slowest = max(seconds for _status, seconds in sent.values())
        assert statuses == [200], f"statuses {statuses}"
        assert slowest < SLACK_ACK_SECONDS, f"slowest ack {slowest:.2f} s"
        keys = {f"r{n}" for n in sent}
        missing = keys - _answered(standin, keys, 60)
        assert not missing, f"{len(missing)} commands never answered, e.g. {sorted(missing)[:5]}"
        time.sleep(2)
        after = _rss_mb(process.pid)
        assert after < before + max(40.0, before * 0.25), f"RSS {before:.0f} MB before, {after:.0f} MB after"

        # A stop in the middle of a burst: commands are slow (users.info takes a while), so many are in flight.
        standin.delays["users.info"] = 0.5
        half = threading.Event()
        stopper = threading.Thread(target=lambda: (half.wait(30), process.send_signal(signal.SIGTERM)))
        stopper.start()
        mid = _burst(url, standin, range(1000, 1080), 4, after_half=half)
        stopper.join(30)
        _out, err = process.communicate(timeout=90)
        assert process.returncode == 0, err.decode()[-2000:]
        acked = {f"r{n}" for n, (status, _s) in mid.items() if status == 200}
        assert len(acked) >= 20, f"only {len(acked)} acknowledged before the stop"
        assert not {status for status, _s in mid.values()} - {200, 503, 0}, "no 5xx other than 'stopping'"
        print(f"load: slowest ack {slowest:.2f} s, RSS {before:.0f} → {after:.0f} MB, "
              f"{len(acked)} of {len(mid)} acknowledged before the stop")
        missing = acked - _answered(standin, acked, 10)
        assert not missing, f"{len(missing)} acknowledged commands lost in the stop, e.g. {sorted(missing)[:5]}"
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        if process.stderr:
            process.stderr.close()
