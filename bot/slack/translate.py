"""Pure translation between Slack request bodies and the neutral IncomingCommand / OutgoingReply.

No network, no Bolt: every function takes a plain dict (a parsed Slack body) and returns plain values,
so it is tested with the recorded payloads alone.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.slack.blocks import render_blocks
from handlers.invoer import tidy_lines
from handlers.messages import Actor, Address, IncomingCommand

PLATFORM = "slack"
SHARE_WORDS = ("deel", "delen")
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")

Body = Mapping[str, Any]

__all__ = [
    "PLATFORM", "render_blocks", "command_to_incoming", "event_to_incoming", "interaction_to_incoming",
    "is_private_channel", "wants_share", "strip_share", "request_hash", "is_ignored_message", "clean_text",
    "actor", "interaction_address", "interaction_id", "channel_message_to_incoming", "message_link",
    "SharedFile", "shared_document",
]


def is_private_channel(channel_id: str, channel_name: str = "") -> bool:
    """A DM with the bot (D…) or the 'directmessage' pseudo channel of a slash command."""
    return channel_id.startswith("D") or channel_name == "directmessage"


def wants_share(text: str) -> bool:
    """A trailing 'deel'/'delen' asks to show a slash-command answer to the whole channel."""
    words = text.strip().lower().split()
    return len(words) > 1 and words[-1] in SHARE_WORDS


def strip_share(text: str) -> str:
    return text.strip().rsplit(maxsplit=1)[0] if wants_share(text) else text.strip()


def request_hash(raw: str) -> str:
    """A stable id for a request that carries none of its own: the same body retried hashes the same."""
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def command_to_incoming(body: Body, now: dt.datetime, email: str | None = None) -> IncomingCommand:
    """A slash command (`/samenspel toezeggingen mijn [deel]`)."""
    channel = str(body.get("channel_id", ""))
    private = is_private_channel(channel, str(body.get("channel_name", "")))
    request_id = str(body.get("trigger_id") or request_hash(json.dumps(dict(body), sort_keys=True)))
    return IncomingCommand(
        actor=actor(str(body["user_id"]), email, str(body.get("user_name") or "") or None),
        address=Address(PLATFORM, channel, private=private),
        text=strip_share(str(body.get("text", ""))),
        received_at=now,
        request_id=f"command:{request_id}",
    )


def is_ignored_message(event: Body) -> bool:
    """Bots (ourselves included), edits, deletions and other subtypes never become commands."""
    return bool(event.get("bot_id") or event.get("subtype") or event.get("hidden") or not event.get("user"))


def event_to_incoming(body: Body, now: dt.datetime, email: str | None = None) -> IncomingCommand | None:
    """An app_mention in a channel (answered in its thread) or a message in the DM with the bot."""
    event = body.get("event") or {}
    if event.get("type") not in ("app_mention", "message") or is_ignored_message(event):
        return None
    channel = str(event.get("channel", ""))
    private = event.get("channel_type") == "im" or (event.get("type") == "message" and is_private_channel(channel))
    if event.get("type") == "message" and not private:
        return None  # Plain channel chatter is not for us; mentions arrive as app_mention.
    thread = None if private else str(event.get("thread_ts") or event.get("ts") or "") or None
    return IncomingCommand(
        actor=actor(str(event["user"]), email),
        address=Address(PLATFORM, channel, private=private, thread_id=thread),
        text=clean_text(str(event.get("text", ""))),
        received_at=now,
        request_id=f"event:{body.get('event_id') or request_hash(json.dumps(dict(body), sort_keys=True))}",
    )


def channel_message_to_incoming(body: Body, now: dt.datetime, email: str | None = None) -> IncomingCommand | None:
    """A person's message in a channel that does not address the bot: what channel listening reads."""
    event = body.get("event") or {}
    if event.get("type") != "message" or is_ignored_message(event):
        return None
    channel = str(event.get("channel", ""))
    if event.get("channel_type") == "im" or is_private_channel(channel):
        return None
    text = str(event.get("text", ""))
    bots = {str(a.get("user_id")) for a in body.get("authorizations") or () if a.get("is_bot")}
    if any(f"<@{bot}" in text for bot in bots):
        return None  # addressed to the bot: that is an app_mention, answered as a command
    return IncomingCommand(
        actor=actor(str(event["user"]), email),
        address=Address(PLATFORM, channel, private=False, thread_id=str(event.get("thread_ts") or event.get("ts") or "") or None),
        text=clean_text(text),
        received_at=now,
        request_id=f"event:{body.get('event_id') or request_hash(json.dumps(dict(body), sort_keys=True))}",
    )


@dataclass(frozen=True)
class SharedFile:
    """A document someone dropped in the DM with the bot: read as a verslag."""

    user_id: str
    channel: str
    name: str
    url: str
    size: int


def shared_document(body: Body, suffixes: tuple[str, ...]) -> SharedFile | None:
    event = body.get("event") or {}
    if event.get("type") != "message" or event.get("subtype") != "file_share" or event.get("bot_id"):
        return None
    channel = str(event.get("channel", ""))
    if not (event.get("channel_type") == "im" or is_private_channel(channel)):
        return None
    for file in event.get("files") or ():
        name = str(file.get("name") or "")
        url = str(file.get("url_private_download") or file.get("url_private") or "")
        if url and name.lower().endswith(suffixes):
            return SharedFile(str(event.get("user", "")), channel, name, url, _size(file.get("size")))
    return None


def _size(value: Any) -> int:
    """The size the event claims; only a first check, since the download counts the real bytes."""
    try:
        return max(int(value or 0), 0)
    except (TypeError, ValueError):
        return 0


def message_link(body: Body) -> str:
    """A link to the message that opens it in the workspace (Slack redirects archives links)."""
    event = body.get("event") or {}
    ts = str(event.get("ts") or "")
    if not ts or not event.get("channel"):
        return ""
    return f"https://slack.com/archives/{event['channel']}/p{ts.replace('.', '')}"


def interaction_to_incoming(
    body: Body, text: str, address: Address, now: dt.datetime, email: str | None = None
) -> IncomingCommand:
    """A clicked button or a submitted modal, already turned into command text by its listener."""
    user = body.get("user") or {}
    return IncomingCommand(
        actor=actor(str(user.get("id", "")), email, str(user.get("name") or "") or None),
        address=address,
        text=text,
        received_at=now,
        request_id=f"{body.get('type', 'interaction')}:{interaction_id(body)}",
    )


def interaction_id(body: Body) -> str:
    """trigger_id is unique per click/submit and the same in Slack's retries of it."""
    return str(body.get("trigger_id") or request_hash(json.dumps(dict(body), sort_keys=True)))


def interaction_address(body: Body) -> Address:
    """Where a button was clicked: its channel (DM or not), or the user's DM for App Home."""
    channel = str((body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id") or "")
    if not channel:
        return Address(PLATFORM, str((body.get("user") or {}).get("id", "")), private=True)
    thread = (body.get("message") or {}).get("thread_ts")
    return Address(PLATFORM, channel, private=is_private_channel(channel), thread_id=thread)


def clean_text(text: str) -> str:
    """Message text without the bot's @-mention; Slack's &amp; &lt; &gt; back to plain characters; line breaks kept."""
    text = _MENTION.sub(" ", text)
    return tidy_lines(text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))


def actor(user_id: str, email: str | None = None, name: str | None = None) -> Actor:
    return Actor(PLATFORM, user_id, email=email, name=name)
