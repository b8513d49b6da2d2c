"""Sending a reply where it belongs, with the privacy rule applied in one place.

A reply that shows anything confidential is only ever ephemeral or in a DM. Slash-command answers in a
channel are ephemeral unless the user asked to share them (a trailing 'deel').
"""
from __future__ import annotations

from dataclasses import dataclass

from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.slack.blocks import render_blocks, render_text
from handlers.messages import Address, OutgoingReply


def retry_handlers() -> list[AsyncConnectionErrorRetryHandler | AsyncRateLimitErrorRetryHandler]:
    """429 with Retry-After and dropped connections are retried by slack_sdk itself."""
    return [AsyncConnectionErrorRetryHandler(max_retry_count=2), AsyncRateLimitErrorRetryHandler(max_retry_count=3)]


@dataclass(frozen=True)
class Target:
    address: Address
    user_id: str
    response_url: str | None = None
    share: bool = False
    # Only the author may see it (a suggestion made while listening in a channel).
    only_author: bool = False


async def send(client: AsyncWebClient, target: Target, reply: OutgoingReply | None) -> None:
    if reply is None:  # a platform retry of a request already answered
        return
    blocks, text = render_blocks(reply), render_text(reply)
    address = target.address
    if target.response_url:
        public = target.share and not address.private and not reply.shows_confidential
        webhook = AsyncWebhookClient(target.response_url, retry_handlers=retry_handlers())  # type: ignore[arg-type]
        await webhook.send(
            text=text, blocks=blocks, response_type="in_channel" if public else "ephemeral", replace_original=False
        )
    elif address.private or not (reply.shows_confidential or target.only_author):
        await client.chat_postMessage(channel=address.conversation_id, thread_ts=address.thread_id, text=text, blocks=blocks)
    else:
        await client.chat_postEphemeral(
            channel=address.conversation_id, user=target.user_id, thread_ts=address.thread_id, text=text, blocks=blocks
        )
