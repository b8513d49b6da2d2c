"""Slack proactive sends: a DM per person (chat.postMessage to their user id) and channel posts.

Every DM carries its delivery key in Slack message metadata. When the engine hands over a claim
whose earlier lease ran out (`uncertain`: a worker may have crashed after sending, before
recording), the DM history is checked for that key first, so the crash does not double the message.
"""
from __future__ import annotations

import io
import logging
from collections.abc import Callable
from http.client import HTTPMessage
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.request import Request

import urllib3
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler, RateLimitErrorRetryHandler

from bot.console.translate import render_reply
from bot.quiet_logs import SLACK, quiet
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import RateLimited, Unreachable
from handlers.texts import slack as t

log = logging.getLogger(__name__)

Renderer = Callable[[OutgoingReply], list[dict[str, Any]]]
EVENT_TYPE = "samenspel_notification"
# Slack errors that mean "this person cannot be messaged", not "try again later".
UNREACHABLE_ERRORS = {"user_not_found", "channel_not_found", "cannot_dm_bot", "user_disabled", "account_inactive",
                      "not_in_channel", "is_archived"}


class KeepAliveWebClient(WebClient):
    """slack_sdk's WebClient, with its HTTP calls over one kept-alive connection pool.

    The stock client opens a new TCP connection for every call (urllib). A worker sending thousands
    of reminders spent more time connecting than sending; a urllib3 pool keeps the connections. Errors
    are handed back the way urllib raises them, so slack_sdk's own retry handlers (429, connection
    errors) and error responses behave exactly as before.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pool = urllib3.PoolManager(maxsize=16, ssl_context=self.ssl)

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy is not None or not url.lower().startswith("http"):
            return super()._perform_urllib_http_request_internal(url, req)
        try:
            resp = self._pool.request(
                req.get_method(), url, body=req.data, headers=dict(req.header_items()),  # type: ignore[arg-type]
                timeout=self.timeout, retries=False, redirect=False,
            )
        except urllib3.exceptions.HTTPError as error:
            raise URLError(error) from error
        headers = HTTPMessage()
        for name, value in resp.headers.items():
            headers[name] = value
        if resp.status >= 400:
            raise HTTPError(url, resp.status, resp.reason or "", headers, io.BytesIO(resp.data))
        charset = headers.get_content_charset() or "utf-8"
        return {"status": resp.status, "headers": headers, "body": resp.data.decode(charset)}


def make_client(token: str, base_url: str, retry_rate_limits: bool = True) -> WebClient:
    """With `retry_rate_limits=False` a 429 is not slept off inside this client: the reminder workers pause
    their shared budget instead (scheduler/pacing.py), so every worker waits, not just this one."""
    quiet(SLACK)
    handlers: list[RateLimitErrorRetryHandler | ConnectionErrorRetryHandler] = [ConnectionErrorRetryHandler(max_retry_count=2)]
    if retry_rate_limits:
        handlers.insert(0, RateLimitErrorRetryHandler(max_retry_count=3))
    return KeepAliveWebClient(token=token, base_url=base_url, retry_handlers=handlers)


def rate_limited(error: SlackApiError) -> RateLimited | None:
    """Slack's 429, as the core's RateLimited (Retry-After in seconds; 1 when Slack does not say)."""
    if error.response.status_code != 429:
        return None
    try:
        return RateLimited(float(error.response.headers.get("Retry-After", 1)), "Slack")
    except (TypeError, ValueError):
        return RateLimited(1.0, "Slack")


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
            limited = rate_limited(error)
            if limited is not None:
                raise limited from error
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
