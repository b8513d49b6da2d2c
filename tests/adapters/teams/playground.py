"""Microsoft's M365 Agents Playground (npm @microsoft/m365agentsplayground) on loopback, driven headless.

The Playground is Microsoft's local Teams client: it posts activities to our /api/messages exactly as Teams
does, hosts the connector our bot answers to, keeps the conversation (a card action replaces the card it came
from with the invoke's answer) and logs what it thinks of each exchange. The browser UI talks to its server
through a small HTTP API and two WebSockets; the tests use the same:

- POST /_conversation/v1/conversations/{id}/messages   a user types a message
- POST /_conversation/v1/invoke                        a card action or message-extension invoke (answer = body)
- POST /_debug/conversation/{id}/installation          install the app (installationUpdate + conversationUpdate)
- POST /_internal/v1/customActivities                  any activity as given (the UI's "mock an activity")
- WS   /_ws_conversation/v1/conversations/stream       what the bot sent (createMessage, updateMessage, …)
- WS   /_ws/log/stream                                 the Playground's log; warnings carry level warning/error

`make playground` (called by `make test`) installs it into build/playground; SAMENSPEL_PLAYGROUND may point at
another cli.js.
"""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from tests.adapters.teams.harness import ROOT, Harness
from tests.standins.processes import stop

# Makes the Playground listen on 127.0.0.1 only (it has no option for the host; see the script).
LOOPBACK = Path(__file__).with_name("loopback.js")
CLI = ROOT / "build" / "playground" / "node_modules" / "@microsoft" / "m365agentsplayground" / "cli.js"
BOT_ID = "00000000-0000-0000-0000-00000000000011"
BOT_NAME = "Samenspel"
USER_ID = "user-id-0"
TENANT = "00000000-0000-0000-0000-0000000000001"
PERSONAL = "a:1playground-personal-chat"
GROUP = "19:playground-groupchat@thread.v2"
# A Teams meeting chat is a group chat whose id starts with 19:meeting_ and whose activities carry the meeting.
MEETING = "19:meeting_NjhiNDQ1ZTItYzk2Ni00MDk3LWE3NjItOTcyMzI1ZmRkZjdm@thread.v2"
MEETING_ID = "MCMxOTptZWV0aW5nX05qaGlORFExWlRJdFl6azJOaTAwTURrM0xXRTNOakl0T1RjeU16STFabVJrWmpkbUB0aHJlYWQudjIjMA=="


def playground_script() -> Path | None:
    given = os.environ.get("SAMENSPEL_PLAYGROUND")
    path = Path(given) if given else CLI
    return path if path.is_file() else None


def require_playground() -> Path:
    """Skip only when Node.js is absent on a developer's machine; on CI a missing Playground is a failure."""
    node, path = shutil.which("node"), playground_script()
    if node and path:
        return path
    ci = os.environ.get("CI", "").lower() == "true"
    if not node and not ci:
        pytest.skip("Microsoft 365 Agents Playground overgeslagen: Node.js (node) is niet geïnstalleerd")
    pytest.fail(f"Microsoft 365 Agents Playground ontbreekt ({path or CLI}): draai `make playground` (Node.js nodig)")


def _config(chat_id: str, email: str, name: str) -> str:
    """The Playground's context file (schema 0.1.1): who the user is, which chats exist."""
    given, _, surname = name.partition(" ")
    return f"""version: "0.1.1"
tenantId: {TENANT}
bot:
  id: {BOT_ID}
  name: {BOT_NAME}
currentUser:
  id: {USER_ID}
  name: {name}
  userPrincipleName: {email}
  aadObjectId: 00000000-0000-0000-0000-0000000000020
  givenName: {given}
  surname: {surname}
  email: {email}
users:
{_users()}personalChat:
  id: {PERSONAL}
groupChat:
  id: {chat_id}
  name: Overleg
team:
  id: 19:playground-team@thread.tacv2
  name: Griffie
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: 19:playground-announcements@thread.tacv2
      name: Mededelingen
"""


# The Playground wants at least five other users in its context; demo people, so @-mentions resolve.
OTHERS = (("Hans Bakker", "hans.bakker"), ("Anna de Vries", "anna.devries"), ("Bram Kuipers", "bram.kuipers"),
          ("Carla Jansen", "carla.jansen"), ("Lars Dekker", "lars.dekker"))


def _users() -> str:
    return "".join(
        f"  - id: user-id-{n}\n    name: {name}\n    userPrincipleName: {mail}@noordwaard.example\n"
        f"    aadObjectId: 00000000-0000-0000-0000-00000000002{n}\n    givenName: {name.split()[0]}\n"
        f"    surname: {name.split()[-1]}\n    email: {mail}@noordwaard.example\n"
        for n, (name, mail) in enumerate(OTHERS, 1)
    )


@dataclass
class Playground:
    url: str
    log_file: Path
    session: aiohttp.ClientSession
    messages: list[dict[str, Any]] = field(default_factory=list)
    logs: list[dict[str, Any]] = field(default_factory=list)
    # Cards that came back as an invoke's answer (updated cards, dialogs); sent cards are in `messages`.
    answered_cards: list[dict[str, Any]] = field(default_factory=list)
    _tasks: list[asyncio.Task[None]] = field(default_factory=list)

    async def connect(self) -> None:
        for path, sink in (("/_ws_conversation/v1/conversations/stream", self.messages), ("/_ws/log/stream", self.logs)):
            socket_ = await self.session.ws_connect(self.url + path)
            self._tasks.append(asyncio.ensure_future(self._read(socket_, sink)))

    @staticmethod
    async def _read(socket_: aiohttp.ClientWebSocketResponse, sink: list[dict[str, Any]]) -> None:
        async for message in socket_:
            if message.type == aiohttp.WSMsgType.TEXT:
                sink.append(json.loads(message.data))

    async def close(self) -> None:
        for task in self._tasks:
            task.cancel()
        await self.session.close()

    async def _post(self, path: str, body: dict[str, Any]) -> tuple[int, Any]:
        async with self.session.post(self.url + path, json=body) as response:
            text = await response.text()
            return response.status, json.loads(text) if text.strip().startswith(("{", "[")) else text

    # What a user does ------------------------------------------------------------------------------------

    async def install(self, chat: str) -> None:
        status, body = await self._post(f"/_debug/conversation/{chat}/installation", {})
        assert status == 200, body
        # Both announcements (installationUpdate and conversationUpdate) answered by the bot.
        await self.wait_for(lambda: len(self._answered(chat, ("installationUpdate", "conversationUpdate"))) >= 2)

    async def say(self, chat: str, text: str, mention: bool = False) -> dict[str, Any]:
        """Type a message (in a group chat @mentioning the bot, as Teams requires) and wait for the answer."""
        before = len(self.bot_messages(chat))
        body: dict[str, Any] = {"from": {"id": USER_ID}, "text": text, "textFormat": "plain"}
        if mention:
            body["text"] = f"<at>{BOT_NAME}</at> {text}"
            body["mentions"] = [{"mentioned": {"id": BOT_ID}, "text": f"<at>{BOT_NAME}</at>"}]
        status, answer = await self._post(f"/_conversation/v1/conversations/{chat}/messages", body)
        assert status == 200, answer
        await self.wait_for(lambda: len(self.bot_messages(chat)) > before)
        return self.bot_messages(chat)[-1]

    async def send_activity(self, activity: dict[str, Any]) -> dict[str, Any]:
        """The Playground's 'mock an activity': for what its UI cannot produce (a meeting's channelData)."""
        chat = activity["conversation"]["id"]
        before = len(self.bot_messages(chat))
        status, answer = await self._post("/_internal/v1/customActivities", activity)
        assert status == 200, answer
        await self.wait_for(lambda: len(self.bot_messages(chat)) > before)
        return self.bot_messages(chat)[-1]

    async def invoke(self, chat: str, name: str, value: dict[str, Any], reply_to: str | None = None) -> Any:
        body: dict[str, Any] = {"name": name, "value": value, "from": {"id": USER_ID}, "conversation": {"id": chat}}
        if reply_to is not None:
            body["replyToId"] = reply_to
        status, answer = await self._post("/_conversation/v1/invoke", body)
        assert status == 200, answer
        if isinstance(answer, dict):
            task = answer.get("task")
            dialog = (task.get("value") or {}) if isinstance(task, dict) and task.get("type") == "continue" else {}
            for content in (answer.get("value"), (dialog.get("card") or {}).get("content")):
                if isinstance(content, dict) and content.get("type") == "AdaptiveCard":
                    self.answered_cards.append(content)
        return answer

    async def press(self, chat: str, message: dict[str, Any], action: dict[str, Any], inputs: dict[str, str]) -> Any:
        """Press an Action.Execute (after filling its form) on a card the bot sent: Teams' adaptiveCard/action."""
        assert action["type"] == "Action.Execute", action
        data = {**action["data"], **inputs}
        value = {"action": {"type": "Action.Execute", "verb": action["verb"], "data": data}, "trigger": "manual"}
        return await self.invoke(chat, "adaptiveCard/action", value, reply_to=message["messageId"])

    # What the user sees ----------------------------------------------------------------------------------

    def bot_messages(self, chat: str) -> list[dict[str, Any]]:
        return [
            event["message"] for event in self.messages
            if event.get("action") == "createMessage" and event.get("actionConversationId") == chat
            and (event.get("message") or {}).get("from", {}).get("id") == BOT_ID
        ]

    def _answered(self, chat: str, names: tuple[str, ...]) -> list[dict[str, Any]]:
        return [
            entry["log"] for entry in self.logs
            if (entry.get("log") or {}).get("conversationId") == chat
            and entry["log"].get("activityName") in names and entry["log"].get("response")
        ]

    def warnings(self) -> list[str]:
        """Everything the Playground flagged: warnings, errors, and any exchange it saw fail."""
        found = []
        for entry in self.logs:
            log = entry.get("log") or {}
            status = (log.get("response") or {}).get("statusCode")
            if log.get("level") in ("warning", "error") or (isinstance(status, int) and status >= 400):
                found.append(json.dumps(log)[:600])
        text = self.log_file.read_text(encoding="utf-8") if self.log_file.is_file() else ""
        found.extend(line for line in text.splitlines() if line.startswith(("error", "warn")))
        return found + card_problems(self.cards())

    def cards(self) -> list[dict[str, Any]]:
        sent = [
            attachment["content"] for event in self.messages
            for attachment in (event.get("message") or {}).get("attachments") or ()
            if attachment.get("contentType") == "application/vnd.microsoft.card.adaptive"
        ]
        return sent + self.answered_cards

    async def wait_for(self, condition: Any, seconds: float = 30) -> None:
        deadline = time.monotonic() + seconds
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"Playground: nothing arrived in {seconds} s; log: {self.warnings() or self.logs[-3:]}")
            await asyncio.sleep(0.05)


def card_problems(cards: list[dict[str, Any]]) -> list[str]:
    """What Microsoft's Adaptive Cards parser (the Playground UI's renderer) warns about in these cards."""
    script = Path(__file__).with_name("check_cards.js")
    modules = (playground_script() or CLI).parents[2]  # …/node_modules
    done = subprocess.run(["node", str(script), str(modules)], input=json.dumps(cards), capture_output=True,
                          text=True, timeout=60, check=False)
    if done.returncode != 0:
        return [f"check_cards.js failed: {done.stderr[-1000:]}"]
    problems: list[str] = json.loads(done.stdout)
    return problems


def listening_addresses(port: int) -> set[str]:
    """The local addresses a TCP socket listens on at `port`, from the kernel's tables (/proc/net/tcp, tcp6)."""
    found = set()
    for table, width in (("/proc/net/tcp", 8), ("/proc/net/tcp6", 32)):
        path = Path(table)
        lines = path.read_text(encoding="ascii").splitlines()[1:] if path.is_file() else []
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, _, hex_port = local.partition(":")
            if state == "0A" and int(hex_port, 16) == port and len(address) == width:  # 0A: LISTEN
                found.add(_address(bytes.fromhex(address)))
    return found


def _address(raw: bytes) -> str:
    """/proc/net writes each 32-bit word of an address in host (little-endian) order."""
    words = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
    return socket.inet_ntop(socket.AF_INET if len(words) == 4 else socket.AF_INET6, words)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_playground(teams: Harness, tmp_path: Path, chat_id: str, email: str, name: str) -> Iterator[Playground]:
    """The Playground CLI as a child process, pointed at the running app's /api/messages."""
    cli = require_playground()
    config = tmp_path / "m365agentsplayground.yml"
    config.write_text(_config(chat_id, email, name), encoding="utf-8")
    log_file = tmp_path / "playground.log"
    port = _free_port()
    environment = {
        "PATH": os.environ.get("PATH", ""), "HOME": str(tmp_path),
        "TEAMSAPPTESTER_BROWSER": "none",  # headless: no browser to open
        "M365_AGENTS_PLAYGROUND_CONFIG_PATH": str(config),
        "M365_AGENTS_PLAYGROUND_LOGFILE": str(log_file),
    }
    process = subprocess.Popen(
        ["node", "--require", str(LOOPBACK), str(cli), "start", "--app-endpoint", f"{teams.url}/api/messages",
         "--channel-id", "msteams", "--port", str(port), "--disable-telemetry"],
        cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    try:
        assert process.stdout is not None
        first = process.stdout.readline()  # "Listening on <port>" once the server is up
        assert first.startswith("Listening on"), f"Playground did not start: {first}{process.stdout.read()}"
        url = f"http://127.0.0.1:{first.split()[-1]}"
        try:
            playground = teams.run(_open(url, log_file))
        except aiohttp.ClientError as error:
            log = log_file.read_text(encoding="utf-8") if log_file.is_file() else ""
            raise AssertionError(f"Playground did not start ({error}): {log[-2000:]}") from error
        problems = playground.warnings()
        assert not problems, f"Playground did not start: {problems}"
        try:
            yield playground
        finally:
            teams.run(playground.close())
    finally:
        stop(process)


async def _open(url: str, log_file: Path) -> Playground:
    playground = Playground(url, log_file, aiohttp.ClientSession())
    try:
        # The HTTP server answers before its API is mounted (and without it when the config is refused).
        async with playground.session.get(url + "/_debug/ping") as response:
            await response.read()
        if response.status == 200:
            await playground.connect()
    except BaseException:
        await playground.session.close()
        raise
    return playground
