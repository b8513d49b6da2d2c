"""The web session: who is signed in and the form token, in one signed, HttpOnly, SameSite cookie (Lax; None over
https when the pages are a Teams tab).

itsdangerous signs (HMAC) and time-stamps the cookie, so a changed or expired one reads as no session at all;
nothing of it is kept on the server, so replicas behind a load balancer share sessions when they share the secret.
The cookie holds an e-mail address and a random token, never item text.
"""
from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, replace

from aiohttp import web
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "samenspel_sessie"
_SALT = "samenspel-web-sessie"


@dataclass(frozen=True)
class Session:
    email: str = ""
    csrf: str = ""

    def signed_in(self, email: str) -> Session:
        # A new token at every sign-in: a token seen before signing in is worth nothing after it.
        return Session(email, secrets.token_urlsafe(32))

    def valid_form(self, token: str) -> bool:
        """Does a posted form carry this session's token (compared in constant time)?"""
        return bool(self.csrf) and hmac.compare_digest(self.csrf.encode(), token.encode())


class Sessions:
    def __init__(self, secret: str, max_age_seconds: int, framed: bool = False, https: bool = False) -> None:
        self._signer = URLSafeTimedSerializer(secret, salt=_SALT)
        self.max_age = max_age_seconds
        # In a Teams tab the page is a frame of another site: a browser sends a Lax cookie there never, a None
        # cookie only over https (and only while it allows third-party cookies). Every form carries the CSRF
        # token, so SameSite is a second line, not the first.
        self.framed = framed
        # People reach the pages over https (SAMENSPEL_WEB_ADRES), though this process may speak plain http behind
        # the TLS proxy (docs/in-productie.md): then every cookie is Secure all the same.
        self.https = https

    def secure(self, request: web.Request) -> bool:
        return request.secure or self.https

    def read(self, request: web.Request) -> Session:
        """The request's session; a new one (with a fresh form token) when there is none or it does not verify."""
        raw = request.cookies.get(COOKIE, "")
        try:
            data = self._signer.loads(raw, max_age=self.max_age) if raw else None
        except BadSignature:  # also SignatureExpired
            data = None
        if isinstance(data, dict) and isinstance(data.get("c"), str) and isinstance(data.get("e"), str) and data["c"]:
            return Session(data["e"], data["c"])
        return Session(csrf=secrets.token_urlsafe(32))

    def write(self, request: web.Request, response: web.StreamResponse, session: Session) -> None:
        response.set_cookie(
            COOKIE, self._signer.dumps({"e": session.email, "c": session.csrf}), max_age=self.max_age, path="/",
            httponly=True, samesite="None" if self.framed and self.secure(request) else "Lax",
            secure=self.secure(request),
        )

    @staticmethod
    def signed_out(session: Session) -> Session:
        return replace(session, email="", csrf=secrets.token_urlsafe(32))
