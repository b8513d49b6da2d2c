"""The running app behind real HTTP, Slack's Web API stood in on loopback, and signed Slack requests."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import json
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode

from aiohttp import web

from bot.app import App
from bot.server import build_web_app
from tests.adapters.slack.standin import SlackStandIn

SECRET = "test-signing-secret"
TOKEN = "xoxb-test-token"
REPO = Path(__file__).resolve().parents[3]
PAYLOADS = (REPO.parent / "shared" / "payloads", REPO / "tests" / "adapters" / "payloads")

# Slack user ids of the payloads, as the demo organisation's people (users.info answers these e-mails).
KARIN, HANS, ANNA, STRANGER = "U2CERLKJA", "U111", "U043H11ES4V", "U12345678"
EMAILS = {
    KARIN: "karin.bos@noordwaard.example",
    HANS: "hans.bakker@noordwaard.example",
    ANNA: "anna.devries@noordwaard.example",
    STRANGER: "onbekend@elders.example",
}
CHANNEL, DM = "C0KANAAL1", "D0442US94JD"


def payload_text(name: str) -> str:
    for folder in PAYLOADS:
        if (folder / name).is_file():
            return (folder / name).read_text(encoding="utf-8")
    raise FileNotFoundError(name)


def payload(name: str) -> dict[str, Any]:
    return dict(json.loads(payload_text(name)))


def slash_body(text: str, user: str = KARIN, channel: str = CHANNEL, **extra: str) -> dict[str, str]:
    """The recorded slash command, as /samenspel with our text, user and channel."""
    raw = payload_text("slack_slash_command.txt").split("\n\n", 1)[1].strip()
    body = dict(parse_qsl(raw, keep_blank_values=True))
    body.update(command="/samenspel", text=text, user_id=user, channel_id=channel, **extra)
    return body


def sign(body: str, timestamp: int, secret: str = SECRET) -> str:
    base = f"v0:{timestamp}:{body}".encode()
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


class SlackHarness:
    def __init__(self, standin: SlackStandIn, app: App, url: str) -> None:
        self.standin = standin
        self.app = app
        self.url = url
        self._ids = itertools.count(1)

    def next_id(self) -> str:
        return f"trigger.{next(self._ids)}"

    def post(self, raw: str, content_type: str, *, timestamp: int | None = None, signature: str | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, str]:
        ts = int(self.app.clock.now().timestamp()) if timestamp is None else timestamp
        request = urllib.request.Request(self.url + "/slack/events", data=raw.encode(), method="POST", headers={
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": str(ts),
            "X-Slack-Signature": signature or sign(raw, ts),
            **(headers or {}),
        })
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode()

    def slash(self, text: str, user: str = KARIN, channel: str = CHANNEL, **kwargs: Any) -> tuple[int, str]:
        body = slash_body(text, user, channel, response_url=self.standin.response_url(), trigger_id=self.next_id())
        return self.post(urlencode(body), "application/x-www-form-urlencoded", **kwargs)

    def event(self, body: dict[str, Any], **kwargs: Any) -> tuple[int, str]:
        return self.post(json.dumps(body), "application/json", **kwargs)

    def interaction(self, body: dict[str, Any], **kwargs: Any) -> tuple[int, str]:
        return self.post(urlencode({"payload": json.dumps(body)}), "application/x-www-form-urlencoded", **kwargs)


@contextmanager
def background_loop() -> Iterator[Any]:
    """An event loop in a thread; yields run(coroutine) -> result."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()

    def run(coro: Any) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, loop).result(timeout=30)

    try:
        yield run
    finally:
        run(_drain())
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=10)
        loop.close()


@contextmanager
def serving(standin: SlackStandIn, run: Any) -> Iterator[None]:
    """The stand-in on loopback; its base_url is set while it runs."""
    runner = web.AppRunner(standin.web_app())
    run(runner.setup())
    standin.base_url = run(_start(runner))
    try:
        yield
    finally:
        run(runner.cleanup())


@contextmanager
def running(standin: SlackStandIn, make: Any) -> Iterator[SlackHarness]:
    """Stand-in and app server on one background event loop; `make(api_url)` builds the App."""
    with background_loop() as run, serving(standin, run):
        app = make(standin.base_url + "/api/")
        app_runner = web.AppRunner(build_web_app(app))
        run(app_runner.setup())
        try:
            yield SlackHarness(standin, app, run(_start(app_runner)))
        finally:
            run(app_runner.cleanup())
            run(_drain())  # listeners still running after their ack use the database
            app.close()


async def _start(runner: web.AppRunner) -> str:
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    return f"http://127.0.0.1:{port}"


async def _drain() -> None:
    """Let Bolt's listeners that run after the ack finish before the loop stops."""
    current = asyncio.current_task()
    pending = [task for task in asyncio.all_tasks() if task is not current]
    if pending:
        await asyncio.wait(pending, timeout=5)


def buttons(blocks: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Every button in a message, by its label."""
    return {
        element["text"]["text"]: element
        for block in blocks if block.get("type") == "actions"
        for element in block["elements"] if element.get("type") == "button"
    }


def item_buttons(blocks: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    """The buttons of one item (a toezegging) in a list."""
    return buttons([b for b in blocks if b.get("block_id") == f"acties:{key}"])


def click(harness: SlackHarness, button: dict[str, Any], user: str = KARIN, channel: str = CHANNEL) -> dict[str, Any]:
    """The recorded block_actions payload, as a click on `button` by `user` in `channel`."""
    body = payload("slack_block_actions.json")
    body["user"]["id"] = user
    body["channel"]["id"] = body["container"]["channel_id"] = channel
    body["trigger_id"] = harness.next_id()
    body["response_url"] = harness.standin.response_url("click")
    body["actions"] = [{**button, "block_id": "acties", "action_ts": "1605853645.582706"}]
    return body


def submission(harness: SlackHarness, view: dict[str, Any], values: dict[str, str], user: str = KARIN) -> dict[str, Any]:
    """The recorded view_submission payload for the modal `view` (as opened), filled in with `values`."""
    body = payload("slack_view_submission.json")
    body["user"]["id"] = user
    body["trigger_id"] = harness.next_id()
    body["view"].update(callback_id=view["callback_id"], private_metadata=view["private_metadata"], blocks=view["blocks"])
    body["view"]["state"] = {
        "values": {name: {"value": {"type": "plain_text_input", "value": value}} for name, value in values.items()}
    }
    return body
