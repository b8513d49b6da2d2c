"""Teams adapter, pure half: an activity (the JSON Teams posts) becomes an IncomingCommand; an OutgoingReply
becomes a message activity with an Adaptive Card. No botbuilder here, so this is testable with plain dicts.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from typing import Any

from handlers.forms import fill_template
from handlers.invoer import tidy_lines
from bot.teams.cards import CARD_CONTENT_TYPE, HEADING_CAP, REFRESH_VERB, card, safe
from bot.mentions import mention_map, replace_texts
from handlers.messages import Actor, Address, IncomingCommand, OutgoingReply
from handlers.texts import teams as t

PLATFORM = "teams"
# Card actions carry their command under this key; Action.Submit puts it in activity.value,
# Action.Execute in value.action.data (with the form inputs merged beside it in both cases).
ACTION_KEY = "samenspel"

_AT_TAG = re.compile(r"<at>(.*?)</at>", re.DOTALL)
_LEADING_AT = re.compile(r"^\s*<at>.*?</at>", re.DOTALL)


def to_incoming(activity: dict[str, Any], now: dt.datetime, email: str | None = None) -> IncomingCommand | None:
    """None when there is nothing to run (an empty message, a card action that is not ours)."""
    text = command_text(activity)
    if not text:
        return None
    sender = activity.get("from") or {}
    return IncomingCommand(
        actor=Actor(PLATFORM, actor_id(activity), email=email, name=sender.get("name")),
        address=address(activity),
        text=text,
        received_at=now,
        request_id=activity.get("id"),
    )


def addresses_bot(activity: dict[str, Any]) -> bool:
    """A personal chat, a card action, or a message that @mentions the bot: a command. With resource-specific
    consent Teams also delivers every other channel and group-chat message; those are only listened to."""
    if is_personal(activity) or activity.get("type") == "invoke" or isinstance(activity.get("value"), dict):
        return True
    bot_id = (activity.get("recipient") or {}).get("id")
    return any(e.get("type") == "mention" and (e.get("mentioned") or {}).get("id") == bot_id
               for e in activity.get("entities") or ())


def message_link(activity: dict[str, Any]) -> str:
    """Teams' deep link to a message: opens it in its chat or channel."""
    conversation = str((activity.get("conversation") or {}).get("id") or "")
    message = str(activity.get("id") or "")
    return f"https://teams.microsoft.com/l/message/{conversation}/{message}" if conversation and message else ""


def actor_id(activity: dict[str, Any]) -> str:
    """The AAD object id: stable across chats, channels and tenants' serviceUrls (the 29: id is not)."""
    sender = activity.get("from") or {}
    return str(sender.get("aadObjectId") or sender.get("id") or "")


def address(activity: dict[str, Any]) -> Address:
    conversation = activity.get("conversation") or {}
    # Only a personal (1:1) chat is private; a channel, a group chat or an unknown kind is not. A meeting's
    # chat arrives as conversationType 'groupChat' (with channelData.meeting): shared, like any group chat.
    private = conversation.get("conversationType") == "personal"
    # A reply in a channel thread carries ';messageid=…': the channel is the same, whichever thread it came from.
    full = str(conversation.get("id") or "")
    key = channel_key(full)
    return Address(PLATFORM, key, private=private, thread_id=full if key != full else None)


def viewer(activity: dict[str, Any]) -> tuple[str, ...]:
    """The Teams user id (29:…) a card's refresh is meant for: the person this turn answers."""
    sender = activity.get("from") or {}
    return (str(sender["id"]),) if sender.get("id") else ()


def shared_place(activity: dict[str, Any]) -> str:
    """What Teams calls this shared conversation, to name it in a reply: a group chat is no kanaal."""
    conversation = activity.get("conversation") or {}
    if conversation.get("conversationType") == "groupChat":
        # A meeting's chat: the meeting in channelData, or (on an install, which carries none) its id 19:meeting_….
        meeting = (activity.get("channelData") or {}).get("meeting") or str(conversation.get("id") or "").startswith("19:meeting_")
        return t.MEETING_CHAT if meeting else t.GROUP_CHAT
    return t.CHANNEL


def is_personal(activity: dict[str, Any]) -> bool:
    return address(activity).private


def channel_key(conversation_id: str) -> str:
    """A channel without the thread part: a proactive post starts a new thread in the channel."""
    return conversation_id.split(";messageid=", 1)[0]


def command_text(activity: dict[str, Any]) -> str:
    if activity.get("type") == "invoke":
        value = activity.get("value") or {}
        # A card's Action.Execute brings its data in value.action.data; a dialog's Action.Submit in value.data.
        data = (value.get("action") or {}).get("data") if "action" in value else value.get("data")
        return submitted_command(data)
    value = activity.get("value")
    if isinstance(value, dict) and ACTION_KEY in value:
        return submitted_command(value)
    return strip_mentions(str(activity.get("text") or ""), activity)


def pressed(activity: dict[str, Any]) -> dict[str, Any]:
    """What a card's Action.Execute carries under our key: its command or form template, and its card's view."""
    data = ((activity.get("value") or {}).get("action") or {}).get("data")
    action = data.get(ACTION_KEY) if isinstance(data, dict) else None
    return action if isinstance(action, dict) else {}


def is_refresh(activity: dict[str, Any]) -> bool:
    """Teams asking for a card as this viewer may see it (the card's refresh), not a button someone pressed."""
    return ((activity.get("value") or {}).get("action") or {}).get("verb") == REFRESH_VERB


def typed_inputs(activity: dict[str, Any]) -> tuple[str, dict[str, str]] | None:
    """The pressed form's template and what was typed in each of its fields, to put back on the card."""
    data = ((activity.get("value") or {}).get("action") or {}).get("data") or {}
    action = pressed(activity)
    if "template" not in action:
        return None
    return str(action["template"]), {name: str(data.get(i) or "") for name, i in (action.get("inputs") or {}).items()}


def submitted_command(data: object) -> str:
    """The command a card button stands for: a fixed one, or a form template filled with the inputs."""
    if not isinstance(data, dict) or not isinstance(data.get(ACTION_KEY), dict):
        return ""
    action = data[ACTION_KEY]
    if "command" in action:
        return str(action["command"]).strip()
    entered = {name: str(data.get(input_id) or "") for name, input_id in (action.get("inputs") or {}).items()}
    return fill_template(str(action.get("template") or ""), entered)


def strip_mentions(text: str, activity: dict[str, Any]) -> str:
    """Remove the @mention of the bot (matched by id, never by display name); keep other people's names."""
    bot_id = (activity.get("recipient") or {}).get("id")
    mentions = [e for e in activity.get("entities") or () if e.get("type") == "mention"]
    ours = [e for e in mentions if (e.get("mentioned") or {}).get("id") == bot_id]
    for entity in ours:
        if entity.get("text") and entity["text"] in text:
            text = text.replace(entity["text"], " ", 1)
        else:
            # The mention text may differ from the entity's (a renamed bot): drop the leading <at> tag instead.
            text = _LEADING_AT.sub(" ", text, count=1)
    text = _AT_TAG.sub(lambda m: m.group(1), text)
    return tidy_lines(html.unescape(text))


def render_reply(reply: OutgoingReply, viewers: tuple[str, ...] = (), view: str | None = None) -> dict[str, Any]:
    """A message activity: plain text for a plain answer, an Adaptive Card when there is more to show.
    `viewers` are the Teams user ids whose client refreshes a one-item card; `view` shows the card again
    (see cards.py)."""
    if not (reply.items or reply.fields or reply.buttons or reply.sections or reply.page):
        return {"type": "message", "text": safe("\n".join((reply.text, *reply.notes)), HEADING_CAP)}
    content = card(reply, ACTION_KEY, viewers, view=view)
    mentioned = [m for m in reply.mentions if m.teams_aad_id]
    if mentioned:
        # Teams renders <at>Naam</at> as a mention when the card lists the person as an entity.
        content = replace_texts(content, mention_map(reply.mentions, lambda m: f"<at>{m.name}</at>" if m.teams_aad_id else None))
        content["msteams"]["entities"] = [
            {"type": "mention", "text": f"<at>{m.name}</at>", "mentioned": {"id": m.teams_aad_id, "name": m.name}}
            for m in mentioned
        ]
    attachment = {"contentType": CARD_CONTENT_TYPE, "content": content}
    return {"type": "message", "summary": reply.text, "attachments": [attachment]}
