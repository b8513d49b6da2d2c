"""POST /api/messages: authenticate, hand the activity to the bot, answer invokes with their response.

Written out instead of CloudAdapter.process because botbuilder 4.17.1 answers a malformed Authorization
header with 500; here every authentication failure is a 401.
"""
from __future__ import annotations

import ipaddress
import logging
from typing import Any

from aiohttp import web
from botbuilder.core import serializer_helper
from botbuilder.schema import Activity

from bot.teams.bot import RAW_ACTIVITY, SamenspelBot
from bot.teams.sending import RetryingCloudAdapter

log = logging.getLogger(__name__)


class MessagesEndpoint:
    def __init__(self, adapter: RetryingCloudAdapter, bot: SamenspelBot, authenticated: bool,
                 tenants: frozenset[str] = frozenset()) -> None:
        self.adapter, self.bot, self.authenticated = adapter, bot, authenticated
        self.tenants = tenants

    async def handle(self, request: web.Request) -> web.Response:
        if not self.authenticated and not _loopback(request.remote):
            # Local development mode trusts whoever posts: only this machine (the Emulator, the tests) may.
            log.warning("Teams (lokale ontwikkelmodus): verzoek van %s geweigerd", request.remote)
            return web.json_response({"error": "unauthorized"}, status=401)
        if "application/json" not in request.content_type:
            return web.json_response({"error": "expected application/json"}, status=415)
        try:
            body: Any = await request.json()
        except ValueError:
            return web.json_response({"error": "invalid JSON"}, status=400)
        if not _is_activity(body):
            return web.json_response({"error": "not an activity"}, status=400)
        activity = Activity().deserialize(body)
        header = request.headers.get("Authorization") if self.authenticated else None
        try:
            authentication = await self.adapter.bot_framework_authentication.authenticate_request(activity, header)
        except Exception as error:  # noqa: BLE001 - a bad token in any shape is the caller's fault: 401
            log.warning("Teams: verzoek geweigerd (%s)", type(error).__name__)
            return web.json_response({"error": "unauthorized"}, status=401)
        if not self._own_tenant(body):
            return web.json_response({"error": "tenant not allowed"}, status=403)
        token = RAW_ACTIVITY.set(body)
        try:
            invoke = await self.adapter.process_activity(authentication, activity, self.bot.on_turn)
        finally:
            RAW_ACTIVITY.reset(token)
        if invoke is None:
            return web.Response(status=201)
        # A body the bot already wrote as plain JSON goes as it is (serializer_helper only takes botbuilder models).
        body = invoke.body if isinstance(invoke.body, dict) else serializer_helper(invoke.body)
        return web.json_response(body, status=invoke.status)


    def _own_tenant(self, body: dict[str, Any]) -> bool:
        """A valid Bot Framework token says the activity is for this bot, not that it is from our organisation.

        Without a configured tenant only the development mode accepts anything; a real app refuses all.
        """
        if not self.tenants and not self.authenticated:
            return True
        tenant = tenant_of(body)
        if tenant in self.tenants:
            return True
        log.warning("Teams: activity van tenant %s geweigerd (niet ingesteld)", tenant or "zonder tenant")
        return False


def tenant_of(body: dict[str, Any]) -> str:
    channel = body.get("channelData")
    from_channel = ((channel or {}).get("tenant") or {}).get("id") if isinstance(channel, dict) else None
    tenant = from_channel or (body.get("conversation") or {}).get("tenantId") or ""
    return str(tenant).strip().lower()


def _is_activity(body: Any) -> bool:
    """Type, conversation and serviceUrl: without them there is nothing to answer, nor anywhere to."""
    return (
        isinstance(body, dict)
        and bool(body.get("type"))
        and isinstance(body.get("conversation"), dict)
        and bool(body["conversation"].get("id"))
        and bool(body.get("serviceUrl"))
    )


def _loopback(remote: str | None) -> bool:
    try:
        return remote is not None and ipaddress.ip_address(remote).is_loopback
    except ValueError:
        return False
