"""The Teams bot: every turn stores its conversation reference, then runs the command through the dispatcher."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
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
from bot.teams.cards import CARD_CONTENT_TYPE, MESSAGE_CONTENT_TYPE, card, with_typed
from bot.teams.identity import MemberDirectory
from bot.teams.references import ReferenceBook
from bot.teams.translate import (
    ACTION_KEY, PLATFORM, actor_id, addresses_bot, is_personal, is_refresh, message_link, pressed, render_reply, shared_place, to_incoming,
    typed_inputs, viewer,
)
from bot.teams.welcome import WELCOME_VIEW, welcome
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
        """Universal Actions: the answer is the card Teams shows, to the one person who pressed, in place of the
        one whose button was pressed (or, for a refresh, the card as this viewer may see it now).

        A failed action answers with the same card (its `view` re-run), the reason on top and what was typed
        still in the form. The welcome card stays the welcome card, and in a channel or group chat the card
        everyone shares is never turned into one person's result: the result is posted as a new message in the
        conversation (in a channel: in the card's thread), where everyone sees the change. Teams documents that
        a card returned to an invoke reaches only the client that asked (User Specific Views), and that the card
        everyone sees changes only by a message update; a reply in the thread is the one place the result is
        shared and stays, which a per-user refresh (refresh.userIds) is not.
        """
        activity = raw(turn_context)
        action = pressed(activity)
        view = str(action.get("view") or "")
        # Answered here, never through the stock handler: botbuilder 4.17.1 serialises its body twice (500).
        reply = await self._run(turn_context) or OutgoingReply(text=RETRY_IGNORED)
        if is_refresh(activity):
            return _card_answer(card(reply, ACTION_KEY, viewer(activity)))  # what this viewer may see now
        if reply.kind is ReplyKind.ERROR:
            return await self._same_card(turn_context, view, problem=reply, typed=typed_inputs(activity))
        if view == WELCOME_VIEW or (view and not is_personal(activity)):
            await turn_context.send_activity(Activity().deserialize(render_reply(reply, viewer(activity))))
            return await self._same_card(turn_context, view)
        return _card_answer(card(reply, ACTION_KEY, viewer(activity)))

    async def _same_card(self, turn_context: TurnContext, view: str, problem: OutgoingReply | None = None,
                         typed: tuple[str, dict[str, str]] | None = None) -> InvokeResponse:
        """The card the button was on, as it is now for this viewer; without a view, Teams keeps the card as it
        is and shows the reason as a message."""
        activity = raw(turn_context)
        if view == WELCOME_VIEW:
            shown: OutgoingReply | None = welcome(is_personal(activity), shared_place(activity))
        elif view:
            shown = await self._run(turn_context, text=view)
        else:
            shown = None
        if shown is None or shown.kind is ReplyKind.ERROR:
            text = " ".join((problem.text, *problem.notes)) if problem is not None else t.ANSWERED_IN_CONVERSATION
            # As plain JSON: botbuilder's AdaptiveCardInvokeResponse only serialises an object as its value.
            return InvokeResponse(status=200, body={"statusCode": 200, "type": MESSAGE_CONTENT_TYPE, "value": text})
        if typed is not None:
            shown = with_typed(shown, *typed)
        return _card_answer(card(shown, ACTION_KEY, viewer(activity), view=view, problem=problem))

    async def _capture(self, turn_context: TurnContext, name: str) -> dict[str, Any]:
        activity = raw(turn_context)
        if not capture.is_capture(activity):
            return {"task": {"type": "message", "value": t.CAPTURE_UNKNOWN_COMMAND}}
        if name == capture.FETCH_TASK:
            return capture.fetch_task(activity)
        reply = await self._run(turn_context)
        if reply is not None and reply.kind is ReplyKind.ERROR:
            return capture.retry(activity, " ".join((reply.text, *reply.notes)))
        if reply is None:
            return capture.done(RETRY_IGNORED)
        # Registered: the conversation sees the new toezegging, as after a typed registration; the dialog closes.
        await turn_context.send_activity(Activity().deserialize(render_reply(reply, viewer(activity))))
        return capture.done(reply.text)

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
        await turn_context.send_activity(Activity().deserialize(render_reply(welcome(private, shared_place(activity)), view=WELCOME_VIEW)))

    async def _run(self, turn_context: TurnContext, text: str | None = None) -> OutgoingReply | None:
        """The turn's command through the core; `text`: another (read-only) command for the same person."""
        activity = raw(turn_context)
        email = await self.directory.email(turn_context)
        incoming = to_incoming(activity, self.clock.now(), email)
        if incoming is not None and text is not None:
            # Its own request: the turn's id already stands for the action that was pressed.
            incoming = replace(incoming, text=text, request_id=None)
        if incoming is None:
            is_card = activity.get("type") == "invoke" or isinstance(activity.get("value"), dict)
            return OutgoingReply(text=t.UNKNOWN_CARD_ACTION if is_card else t.EMPTY_MESSAGE)
        reply = await self.dispatcher.handle_async(incoming)
        if reply is not None and reply.shows_confidential and not incoming.address.private:
            # The core already hides confidential items in channels; this is the last line of defence.
            # Never the command text: it may name the confidential item.
            log.warning("Teams: vertrouwelijk antwoord niet in kanaal getoond (verzoek %s, gebruiker %s)",
                        incoming.request_id, incoming.actor.user_id)
            hidden = t.CONFIDENTIAL_IN_CHANNEL.format(waar=shared_place(activity))
            return OutgoingReply(text=hidden, kind=ReplyKind.WARNING)
        return reply


def _bot_removed(activity: dict[str, Any]) -> bool:
    if activity.get("type") == "installationUpdate":
        return str(activity.get("action") or "").startswith("remove")
    bot_id = (activity.get("recipient") or {}).get("id")
    return any(member.get("id") == bot_id for member in activity.get("membersRemoved") or ())


def _card_answer(content: dict[str, Any]) -> InvokeResponse:
    body = AdaptiveCardInvokeResponse(status_code=200, type=CARD_CONTENT_TYPE, value=content)
    return InvokeResponse(status=200, body=body)


def _task_response(answer: dict[str, Any]) -> MessagingExtensionActionResponse:
    """capture.py's plain answer as botbuilder's model (its deserialize drops a task's value). Every answer is a
    task: a message (which closes the dialog) or a continue (the dialog again); never an empty body."""
    task = answer["task"]
    if task["type"] == "message":
        return MessagingExtensionActionResponse(task=TaskModuleMessageResponse(value=task["value"]))
    info, attachment = task["value"], task["value"]["card"]
    card_attachment = Attachment(content_type=attachment["contentType"], content=attachment["content"])
    return MessagingExtensionActionResponse(task=TaskModuleContinueResponse(value=TaskModuleTaskInfo(
        title=info["title"], width=info["width"], height=info["height"], card=card_attachment,
    )))
