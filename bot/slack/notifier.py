"""Slack proactive sends: a DM per person (chat.postMessage to their user id) and channel posts.

Every DM carries its delivery key in Slack message metadata. When the engine hands over a claim
whose earlier lease ran out (`uncertain`: a worker may have crashed after sending, before
recording), the DM history is checked for that key first, so the crash does not double the message.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.console.translate import render_reply
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import Unreachable
from handlers.texts import slack as t

log = logging.getLogger(__name__)

Renderer = Callable[[OutgoingReply], list[dict[str, Any]]]
EVENT_TYPE = "samenspel_notification"
# Slack errors that mean "this person cannot be messaged", not "try again later".
UNREACHABLE_ERRORS = {"user_not_found", "channel_not_found", "cannot_dm_bot", "user_disabled", "account_inactive",
                      "not_in_channel", "is_archived"}


def make_client(token: str, base_url: str) -> WebClient:
    return WebClient(
        token=token, base_url=base_url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=3), ConnectionErrorRetryHandler(max_retry_count=2)],
    )


class SlackNotifier:
    def __init__(self, client: WebClient, renderer: Renderer | None = None) -> None:
        self.client = client
        self.renderer = renderer

    def deliver(self, person: Person, notification: Notification) -> None:
        if not person.slack_user_id:
            raise Unreachable(f"{person.name} heeft geen Slack-account gekoppeld")
        try:
            if notification.extra.get("uncertain") and self._already_sent(person.slack_user_id, notification):
                log.info("%s stond al in Slack; niet opnieuw verstuurd", notification.delivery_key)
                return
            self.client.chat_postMessage(
                channel=person.slack_user_id,
                text=render_reply(notification.reply),
                blocks=self.renderer(notification.reply) if self.renderer else None,
                metadata={"event_type": EVENT_TYPE, "event_payload": {"delivery_key": notification.delivery_key}},
            )
        except SlackApiError as error:
            if error.response.get("error") in UNREACHABLE_ERRORS:
                raise Unreachable(f"Slack: {error.response.get('error')}") from error
            raise

    def _already_sent(self, user_id: str, notification: Notification) -> bool:
        channel = self.client.conversations_open(users=user_id)["channel"]["id"]
        since = notification.created_at.timestamp() - 7 * 24 * 3600
        history = self.client.conversations_history(
            channel=channel, include_all_metadata=True, oldest=str(since), limit=200
        )
        messages: list[dict[str, Any]] = history.get("messages", [])
        return any(
            (m.get("metadata") or {}).get("event_payload", {}).get("delivery_key") == notification.delivery_key
            for m in messages
        )


class SlackChannelNotifier:
    """Posts to a shared channel; `channel` is "slack:<id>"."""

    def __init__(self, client: WebClient, renderer: Renderer | None = None) -> None:
        self.client = client
        self.renderer = renderer

    def post(self, channel: str, reply: OutgoingReply) -> None:
        platform, _, channel_id = channel.partition(":")
        if platform != "slack" or not channel_id:
            raise ValueError(f"geen Slack-kanaal: {channel!r} (verwacht slack:<id>)")
        if reply.shows_confidential:
            # Confidential items never appear in a channel, whatever the caller asked for.
            raise ValueError("een vertrouwelijk bericht gaat nooit naar een kanaal")
        try:
            self.client.chat_postMessage(
                channel=channel_id, text=render_reply(reply), blocks=self.renderer(reply) if self.renderer else None
            )
        except SlackApiError as error:
            code = error.response.get("error")
            if code == "not_in_channel":
                raise Unreachable(t.NOT_IN_CHANNEL) from error
            if code in {"channel_not_found", "is_archived"}:
                raise Unreachable(t.CHANNEL_GONE) from error
            raise
