"""A stand-in for the Bot Framework connector on loopback: records every reply, answers GetMember."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Sent:
    conversation_id: str
    reply_to: str | None
    activity: dict[str, Any]

    @property
    def text(self) -> str:
        return str(self.activity.get("text") or "")

    @property
    def card(self) -> dict[str, Any]:
        attachments = self.activity.get("attachments") or []
        assert attachments, f"no card in {self.activity}"
        content: dict[str, Any] = attachments[0]["content"]
        return content


@dataclass
class Connector:
    """`emails` maps a member id (29:… or AAD object id) to the e-mail GetMember returns."""

    emails: dict[str, str] = field(default_factory=dict)
    default_email: str | None = None
    sent: list[Sent] = field(default_factory=list)
    # Statuses to answer the next sends with before accepting (rate limits, gateway trouble).
    failures: list[int] = field(default_factory=list)
    member_lookups: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def routes(self) -> web.Application:
        web_app = web.Application()
        web_app.router.add_post("/v3/conversations/{conversation}/activities", self._send)
        web_app.router.add_post("/v3/conversations/{conversation}/activities/{reply_to}", self._send)
        web_app.router.add_get("/v3/conversations/{conversation}/members/{member}", self._member)
        return web_app

    async def _send(self, request: web.Request) -> web.Response:
        body = await request.json()
        if self.failures:
            status = self.failures.pop(0)
            headers = {"Retry-After": "0"} if status == 429 else {}
            return web.json_response({"error": {"code": "Throttled"}}, status=status, headers=headers)
        self.sent.append(Sent(request.match_info["conversation"], request.match_info.get("reply_to"), body))
        return web.json_response({"id": f"reply-{next(self._ids)}"}, status=201)

    async def _member(self, request: web.Request) -> web.Response:
        self.member_lookups += 1
        member = request.match_info["member"]
        email = self.emails.get(member, self.default_email)
        if email is None:
            return web.json_response({"error": {"code": "MemberNotFoundInConversation"}}, status=404)
        return web.json_response(
            {"id": member, "name": email.split("@")[0], "email": email, "userPrincipalName": email}
        )
