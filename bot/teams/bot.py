"""The Teams bot: every turn stores its conversation reference, then runs the command through the dispatcher."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any

from botbuilder.core import ActivityHandler, InvokeResponse, TurnContext
from botbuilder.schema import Activity, AdaptiveCardInvokeResponse, Attachment
from botbuilder.schema.teams import (
    MessagingExtensionActionResponse,
    TaskModuleContinueResponse,
    TaskModuleMessageResponse,
    TaskModuleTaskInfo,
)

from bot.dispatcher import Dispatcher
from bot.teams import capture
from bot.teams.cards import CARD_CONTENT_TYPE, card
from bot.teams.identity import MemberDirectory
from bot.teams.references import ReferenceBook
from bot.teams.translate import (
    ACTION_KEY, PLATFORM, actor_id, addresses_bot, is_personal, message_link, render_reply, to_incoming, viewer,
)
from bot.teams.welcome import welcome
from handlers.messages import Actor, OutgoingReply, ReplyKind
from handlers.ports import Clock
from handlers.texts import RETRY_IGNORED
from handlers.texts import teams as t

log = logging.getLogger(__name__)

# The activity exactly as Teams posted it. botbuilder's Activity model drops fields it has no slot for
# (mention entities' text, conversation.tenantId), so the endpoint hands the raw JSON along beside it.
RAW_ACTIVITY: ContextVar[dict[str, Any] | None] = ContextVar("raw_teams_activity", default=None)
_STORED_TYPES = frozenset({"message", "conversationUpdate", "installationUpdate", "invoke"})


def raw(turn_context: TurnContext) -> dict[str, Any]:
    body = RAW_ACTIVITY.get()
    return body if body is not None else dict(turn_context.activity.serialize())


# Sends a reply privately to a person (by AAD object id); False when they cannot be reached privately yet.
PrivateSend = Callable[[str, OutgoingReply], Awaitable[bool]]


class SamenspelBot(ActivityHandler):  # type: ignore[misc]
    def __init__(self, dispatcher: Dispatcher, clock: Clock, references: ReferenceBook,
                 directory: MemberDirectory, private: PrivateSend | None = None) -> None:
        self.dispatcher, self.clock = dispatcher, clock
        self.references, self.directory = references, directory
        self.private = private

    async def on_turn(self, turn_context: TurnContext) -> None:
        activity = raw(turn_context)
        if activity.get("type") in _STORED_TYPES and not _bot_removed(activity):
            await asyncio.to_thread(self.references.remember, activity)
        await super().on_turn(turn_context)

    async def on_message_activity(self, turn_context: TurnContext) -> None:
        if not addresses_bot(raw(turn_context)):
            await self._listen(turn_context)
            return
        reply = await self._run(turn_context)
        if reply is not None:
            await turn_context.send_activity(Activity().deserialize(render_reply(reply, viewer(raw(turn_context)))))

    async def _listen(self, turn_context: TurnContext) -> None:
        """Channel talk that does not address the bot: a promise is offered to its author, privately. Teams has
        no ephemeral messages, so the suggestion goes to the author's personal chat with the bot."""
        activity = raw(turn_context)
        incoming = to_incoming(activity, self.clock.now(), await self.directory.email(turn_context))
        if incoming is None or self.private is None:
            return
        reply = await self.dispatcher.listen_async(incoming, message_link(activity))
        if reply is not None and not await self.private(incoming.actor.user_id, reply):
            log.info("Teams: voorstel voor %s niet bezorgd: nog geen persoonlijk gesprek", incoming.actor.user_id)

    async def on_invoke_activity(self, turn_context: TurnContext) -> InvokeResponse:
        name = turn_context.activity.name
        if name == "adaptiveCard/action":
            return await self._card_action(turn_context)
        if name in (capture.FETCH_TASK, capture.SUBMIT_ACTION):
            return InvokeResponse(status=200, body=_task_response(await self._capture(turn_context, name)))
        return await super().on_invoke_activity(turn_context)

    async def _card_action(self, turn_context: TurnContext) -> InvokeResponse:
        """Universal Actions: the answer is the card Teams shows in place of the one whose button was pressed
        (or, for a refresh, the card as this viewer may see it now)."""
        # Answered here, never through the stock handler: botbuilder 4.17.1 serialises its body twice (500).
        reply = await self._run(turn_context) or OutgoingReply(text=RETRY_IGNORED)
        value = card(reply, ACTION_KEY, viewer(raw(turn_context)))
        body = AdaptiveCardInvokeResponse(status_code=200, type=CARD_CONTENT_TYPE, value=value)
        return InvokeResponse(status=200, body=body)

    async def _capture(self, turn_context: TurnContext, name: str) -> dict[str, Any]:
        activity = raw(turn_context)
        if not capture.is_capture(activity):
            return {"task": {"type": "message", "value": t.CAPTURE_UNKNOWN_COMMAND}}
        if name == capture.FETCH_TASK:
            return capture.fetch_task(activity)
        reply = await self._run(turn_context)
        if reply is not None and reply.kind is ReplyKind.ERROR:
            return capture.retry(activity, " ".join((reply.text, *reply.notes)))
        if reply is not None:
            # Registered: the conversation sees the new toezegging, as after a typed registration.
            await turn_context.send_activity(Activity().deserialize(render_reply(reply, viewer(activity))))
        return {}

    async def on_conversation_update_activity(self, turn_context: TurnContext) -> None:
        activity = raw(turn_context)
        bot_id = (activity.get("recipient") or {}).get("id")
        if _bot_removed(activity):
            await asyncio.to_thread(self.references.forget, activity)
        elif any(member.get("id") == bot_id for member in activity.get("membersAdded") or ()):
            await self._welcome(turn_context, activity)

    async def on_installation_update(self, turn_context: TurnContext) -> None:
        activity = raw(turn_context)
        if _bot_removed(activity):
            await asyncio.to_thread(self.references.forget, activity)
        elif activity.get("action") == "add":
            await self._welcome(turn_context, activity)

    async def _welcome(self, turn_context: TurnContext, activity: dict[str, Any]) -> None:
        if not await asyncio.to_thread(self.references.first_welcome, activity):
            return
        private = is_personal(activity)
        if private and actor_id(activity):
            email = await self.directory.email(turn_context)
            await asyncio.to_thread(self.references.link, Actor(PLATFORM, actor_id(activity), email=email))
        await turn_context.send_activity(Activity().deserialize(render_reply(welcome(private))))

    async def _run(self, turn_context: TurnContext) -> OutgoingReply | None:
        activity = raw(turn_context)
        email = await self.directory.email(turn_context)
        incoming = to_incoming(activity, self.clock.now(), email)
        if incoming is None:
            is_card = activity.get("type") == "invoke" or isinstance(activity.get("value"), dict)
            return OutgoingReply(text=t.UNKNOWN_CARD_ACTION if is_card else t.EMPTY_MESSAGE)
        reply = await self.dispatcher.handle_async(incoming)
        if reply is not None and reply.shows_confidential and not incoming.address.private:
            # The core already hides confidential items in channels; this is the last line of defence.
            # Never the command text: it may name the confidential item.
            log.warning("Teams: vertrouwelijk antwoord niet in kanaal getoond (verzoek %s, gebruiker %s)",
                        incoming.request_id, incoming.actor.user_id)
            return OutgoingReply(text=t.CONFIDENTIAL_IN_CHANNEL, kind=ReplyKind.WARNING)
        return reply


def _bot_removed(activity: dict[str, Any]) -> bool:
    if activity.get("type") == "installationUpdate":
        return str(activity.get("action") or "").startswith("remove")
    bot_id = (activity.get("recipient") or {}).get("id")
    return any(member.get("id") == bot_id for member in activity.get("membersRemoved") or ())


def _task_response(answer: dict[str, Any]) -> MessagingExtensionActionResponse:
    """capture.py's plain answer as botbuilder's model (its deserialize drops a task's value)."""
    task = answer.get("task")
    if not task:
        return MessagingExtensionActionResponse()
    if task["type"] == "message":
        return MessagingExtensionActionResponse(task=TaskModuleMessageResponse(value=task["value"]))
    info, attachment = task["value"], task["value"]["card"]
    card_attachment = Attachment(content_type=attachment["contentType"], content=attachment["content"])
    return MessagingExtensionActionResponse(task=TaskModuleContinueResponse(value=TaskModuleTaskInfo(
        title=info["title"], width=info["width"], height=info["height"], card=card_attachment,
    )))
