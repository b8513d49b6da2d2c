"""Proactive messages (reminders, announcements) through stored conversation references.

deliver/post are synchronous (the scheduler calls them from a worker thread) and botbuilder is async.
Choice: the coroutine runs on the server's own event loop (run_coroutine_threadsafe), bound when the
aiohttp app starts, so the adapter and its HTTP sessions live on one loop. Without a running server (a
separate worker process) each send runs on a private loop (asyncio.run). Calling from the loop's own
thread would deadlock, so that is refused.
"""
from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine
from typing import Any

from botbuilder.core import TurnContext
from botbuilder.schema import Activity, ConversationReference

from bot.teams.references import ReferenceBook
from bot.teams.sending import REPORT_RATE_LIMITS, RetryingCloudAdapter
from bot.teams.translate import PLATFORM, render_reply
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import Unreachable
from handlers.texts import teams as t


class ConfidentialInChannel(PermissionError):
    """A confidential reply was about to be posted in a channel; it never is."""


class TeamsNotifier:
    def __init__(self, adapter: RetryingCloudAdapter, references: ReferenceBook, app_id: str,
                 timeout_seconds: float = 120) -> None:
        self.adapter, self.references, self.app_id = adapter, references, app_id
        self.timeout = timeout_seconds
        self._loop: asyncio.AbstractEventLoop | None = None
        self._loop_thread: int | None = None

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop, self._loop_thread = loop, threading.get_ident()

    def deliver(self, person: Person, notification: Notification) -> None:
        reference = self.references.person(person.teams_aad_id) if person.teams_aad_id else None
        if reference is None:
            raise Unreachable(t.UNREACHABLE)
        self._run(self._send(reference, render_reply(notification.reply), report_rate_limits=True))

    async def to_person(self, aad_object_id: str, reply: OutgoingReply) -> bool:
        """A private message from within a turn (a listening suggestion); False when there is no personal chat yet."""
        reference = await asyncio.to_thread(self.references.person, aad_object_id)
        if reference is None:
            return False
        await self._send(reference, render_reply(reply))
        return True

    def post(self, channel: str, reply: OutgoingReply) -> None:
        platform, _, conversation_id = channel.partition(":")
        if platform != PLATFORM or not conversation_id:
            raise ValueError(f"geen Teams-kanaal: {channel!r} (verwacht teams:<conversation id>)")
        if reply.shows_confidential:
            raise ConfidentialInChannel(t.CONFIDENTIAL_IN_CHANNEL.format(waar=t.CHANNEL))
        reference = self.references.channel(conversation_id)
        if reference is None:
            raise Unreachable(t.UNREACHABLE)
        self._run(self._send(reference, render_reply(reply)))

    def _run(self, coroutine: Coroutine[Any, Any, None]) -> None:
        loop = self._loop
        if loop is None or loop.is_closed() or not loop.is_running():
            asyncio.run(coroutine)
            return
        if threading.get_ident() == self._loop_thread:
            coroutine.close()
            raise RuntimeError("TeamsNotifier is synchroon: roep het aan vanuit een thread, niet vanuit de event loop")
        asyncio.run_coroutine_threadsafe(coroutine, loop).result(self.timeout)

    async def _send(self, reference: dict[str, Any], message: dict[str, Any], report_rate_limits: bool = False) -> None:
        REPORT_RATE_LIMITS.set(report_rate_limits)  # this task's own context: other sends are not affected
        failed: list[Exception] = []

        async def send(turn_context: TurnContext) -> None:
            activity = Activity().deserialize(message)
            here = TurnContext.get_conversation_reference(turn_context.activity)
            TurnContext.apply_conversation_reference(activity, here)
            # A new message, not a reply to the synthetic ContinueConversation event (or an old message).
            activity.reply_to_id = None
            try:
                await turn_context.adapter.send_activities(turn_context, [activity])
            except Exception as error:
                # botbuilder hands a turn's error to on_turn_error, which only logs: the send would count as
                # delivered. Raised after the turn instead, so the outbox tries again (or the workers pause).
                failed.append(error)

        conversation = ConversationReference().deserialize(reference)
        await self.adapter.continue_conversation(conversation, send, bot_app_id=self.app_id)
        if failed:
            raise failed[0]
