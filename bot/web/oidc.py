"""The OpenID Connect relying party: the authorization code flow with PKCE, state and nonce, and the ID token check.

authlib builds the protocol's messages (the authorization request, the PKCE challenge, the token request);
joserfc (authlib's JOSE library) verifies the ID token's signature against the provider's published keys (JWKS)
and its claims: issuer, audience, expiry, issued-at and nonce. Discovery and keys are fetched over aiohttp and
kept for an hour; an unknown key id fetches the keys once more, so a provider that rotates its keys keeps working.

What the browser carries between the start and the return (state, nonce, PKCE verifier, where to go back) sits
in its own signed cookie, for ten minutes, and is cleared at the return: a second return with the same state
finds nothing and is refused. Nothing of the provider's tokens is kept; the session holds only the e-mail.
"""
from __future__ import annotations

import asyncio
import base64
import hmac
import logging
import re
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import aiohttp
from authlib.common.security import generate_token
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri, prepare_token_request
from authlib.oauth2.rfc7636 import create_s256_code_challenge
from aiohttp import web
from itsdangerous import BadSignature, URLSafeTimedSerializer
from joserfc import jwt
from joserfc.errors import (BadSignatureError, ExpiredTokenError, InvalidClaimError, InvalidKeyIdError, JoseError,
                            MissingClaimError)
from joserfc.jwk import KeySet

from bot.settings import Settings
from handlers.texts import aanmelden as t

log = logging.getLogger(__name__)

PENDING_COOKIE = "samenspel_aanmelding"
PENDING_SECONDS = 600  # from the click to the return: a person who takes longer starts again
_SALT = "samenspel-oidc-aanmelding"
METADATA_SECONDS = 3600
HTTP_TIMEOUT = aiohttp.ClientTimeout(total=10)
# Asymmetric signatures only: HS256 would make the client secret a signing key anyone holding it could use.
ALGORITHMS = ("RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA")


def _error_code(value: str) -> str:
    """An OAuth error code ('access_denied') as a word: the redirect's query is anyone's text, and it reaches the log."""
    return re.sub(r"[^A-Za-z0-9_.-]", "", value)[:40] or "onbekend"


class SignInRefused(Exception):
    """A sign-in that ends without a session: the Dutch sentence for the person, the reason for the log."""

    def __init__(self, message: str, reason: str, status: int = 403) -> None:
        super().__init__(reason)
        self.message = message
        self.reason = reason
        self.status = status


@dataclass(frozen=True)
class OidcConfig:
    issuer: str
    discovery_url: str
    client_id: str
    client_secret: str
    redirect_url: str
    scopes: str
    leeway: int
    name: str  # how the page names the provider: "Microsoft", "Slack"

    @classmethod
    def of(cls, settings: Settings) -> OidcConfig | None:
        if not settings.oidc_enabled:
            return None
        issuer = settings.oidc_expected_issuer
        discovery = settings.oidc_discovery_url or issuer.rstrip("/") + "/.well-known/openid-configuration"
        return cls(issuer, discovery, settings.oidc_client_id or "", settings.oidc_client_secret or "",
                   settings.oidc_return_url, settings.oidc_scopes, settings.oidc_clock_leeway_seconds,
                   t.PROVIDER_NAMES.get(settings.oidc_preset, t.PROVIDER_NAMES[""]))


@dataclass(frozen=True)
class Metadata:
    """What the discovery document says, of what this client uses."""

    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    basic_auth: bool  # client_secret_basic (the default of the spec), else client_secret_post (Slack)

    @classmethod
    def read(cls, config: OidcConfig, document: dict[str, Any]) -> Metadata:
        if document.get("issuer") != config.issuer:
            # OpenID Connect Discovery §4.3: the document must name exactly the issuer it was fetched for.
            log.error("oidc: de provider noemt zich %r, ingesteld is %r", document.get("issuer"), config.issuer)
            raise SignInRefused(t.MISCONFIGURED.format(naam=config.name), "issuer in discovery wijkt af", 502)
        methods = document.get("token_endpoint_auth_methods_supported") or ["client_secret_basic"]
        try:
            return cls(str(document["authorization_endpoint"]), str(document["token_endpoint"]),
                       str(document["jwks_uri"]), "client_secret_basic" in methods)
        except KeyError as missing:
            raise SignInRefused(t.UNREACHABLE.format(naam=config.name), f"discovery zonder {missing}", 502) from None


@dataclass(frozen=True)
class Pending:
    """One sign-in under way, as its cookie carries it."""

    state: str
    nonce: str
    verifier: str
    back: str


class OidcClient:
    def __init__(self, config: OidcConfig, secret: str, https: bool = False) -> None:
        self.config = config
        self.https = https  # the pages are reached over https (see Sessions.secure)
        self._pending = URLSafeTimedSerializer(secret, salt=_SALT)
        self._metadata: tuple[float, Metadata] | None = None
        self._keys: KeySet | None = None
        self._lock = asyncio.Lock()

    # ---- the start: to the provider

    async def start(self, request: web.Request, back: str) -> web.Response:
        """A redirect to the provider's authorization endpoint, and the cookie that remembers this attempt."""
        metadata = await self.metadata()
        pending = Pending(generate_token(32), generate_token(32), generate_token(64), back)
        url = prepare_grant_uri(
            metadata.authorization_endpoint, self.config.client_id, "code", redirect_uri=self.config.redirect_url,
            scope=self.config.scopes, state=pending.state, nonce=pending.nonce,
            code_challenge=create_s256_code_challenge(pending.verifier), code_challenge_method="S256",
        )
        response = web.Response(status=303, headers={"Location": url, "Cache-Control": "no-store"})
        response.set_cookie(PENDING_COOKIE, self._pending.dumps(pending.__dict__), max_age=PENDING_SECONDS,
                            path="/aanmelden", httponly=True, samesite="Lax", secure=request.secure or self.https)
        return response

    # ---- the return: from the provider

    def pending(self, request: web.Request) -> Pending | None:
        raw = request.cookies.get(PENDING_COOKIE, "")
        try:
            data = self._pending.loads(raw, max_age=PENDING_SECONDS) if raw else None
        except BadSignature:
            return None
        if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("state", "nonce", "verifier")):
            return None
        return Pending(data["state"], data["nonce"], data["verifier"], str(data.get("back", "")))

    @staticmethod
    def forget(response: web.StreamResponse) -> None:
        response.del_cookie(PENDING_COOKIE, path="/aanmelden")

    async def email(self, request: web.Request, pending: Pending | None) -> str:
        """The verified e-mail address the provider vouches for; SignInRefused for anything less."""
        name = self.config.name
        params = request.query
        if pending is None or not hmac.compare_digest(pending.state.encode(), params.get("state", "").encode()):
            raise SignInRefused(t.NOT_STARTED_HERE, "state onbekend, al gebruikt of van een andere browser", 400)
        if "iss" in params and params["iss"] != self.config.issuer:  # RFC 9207: an answer from another provider
            raise SignInRefused(t.WRONG_ISSUER, "iss in het antwoord wijkt af")
        if "error" in params:
            error = _error_code(params["error"])
            raise SignInRefused(t.CANCELLED.format(naam=name, fout=error), f"fout {error}")
        code = params.get("code", "")
        if not code:
            raise SignInRefused(t.NOT_STARTED_HERE, "antwoord zonder code", 400)
        id_token = await self._exchange(code, pending.verifier)
        claims = await self.verify(id_token, pending.nonce)
        email = claims.get("email") or claims.get("preferred_username")  # Entra: the UPN when no e-mail claim
        if not isinstance(email, str) or "@" not in email or claims.get("email_verified") is False:
            raise SignInRefused(t.NO_EMAIL.format(naam=name), "geen bevestigd e-mailadres in het ID-token")
        return email.strip()[:200]

    async def _exchange(self, code: str, verifier: str) -> str:
        metadata = await self.metadata()
        config = self.config
        fields: dict[str, str] = {}
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}
        if metadata.basic_auth:
            # RFC 6749 §2.3.1: id and secret are form-encoded before they are joined and base64-encoded.
            pair = f"{quote(config.client_id, safe='')}:{quote(config.client_secret, safe='')}"
            headers["Authorization"] = "Basic " + base64.b64encode(pair.encode()).decode("ascii")
        else:
            fields = {"client_id": config.client_id, "client_secret": config.client_secret}
        body = prepare_token_request("authorization_code", code=code, redirect_uri=config.redirect_url,
                                     code_verifier=verifier, **fields)
        try:
            async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http:
                async with http.post(metadata.token_endpoint, data=body, headers=headers) as response:
                    answer = await response.json(content_type=None)
                    status = response.status
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            raise SignInRefused(t.UNREACHABLE.format(naam=config.name), f"tokenpunt: {type(error).__name__}",
                                502) from None
        if status != 200 or not isinstance(answer, dict) or not isinstance(answer.get("id_token"), str):
            error_code = _error_code(str(answer.get("error", status))) if isinstance(answer, dict) else status
            raise SignInRefused(t.CODE_REFUSED.format(naam=config.name), f"tokenpunt weigerde: {error_code}")
        return str(answer["id_token"])

    async def verify(self, id_token: str, nonce: str) -> dict[str, Any]:
        """The ID token's claims once signature, issuer, audience, times and nonce hold (OpenID Connect §3.1.3.7)."""
        keys = await self.keys()
        try:
            try:
                token = jwt.decode(id_token, keys, algorithms=list(ALGORITHMS))
            except (BadSignatureError, InvalidKeyIdError, ValueError):
                # Perhaps a key the provider rotated in since we fetched them: fetch once more, then judge.
                token = jwt.decode(id_token, await self.keys(refresh=True), algorithms=list(ALGORITHMS))
            claims = token.claims
            jwt.JWTClaimsRegistry(
                leeway=self.config.leeway,
                iss={"essential": True, "value": self.config.issuer},
                aud={"essential": True, "value": self.config.client_id},
                exp={"essential": True}, iat={"essential": True}, sub={"essential": True},
                nonce={"essential": True, "value": nonce},
            ).validate(claims)
        except ExpiredTokenError as error:
            raise SignInRefused(t.EXPIRED, f"ID-token: {error}") from None
        except (InvalidClaimError, MissingClaimError) as error:
            raise self._claim_refused(error) from None
        except (BadSignatureError, InvalidKeyIdError, ValueError) as error:
            raise SignInRefused(t.BAD_SIGNATURE, f"ID-token: handtekening ({type(error).__name__})") from None
        except JoseError as error:
            raise SignInRefused(t.INVALID.format(wat=error.error), f"ID-token: {error}") from None
        audiences = claims["aud"] if isinstance(claims["aud"], list) else [claims["aud"]]
        if len(audiences) > 1 and claims.get("azp") != self.config.client_id:
            raise SignInRefused(t.WRONG_AUDIENCE, "ID-token: meer audiences zonder azp voor ons")
        return dict(claims)

    @staticmethod
    def _claim_refused(error: InvalidClaimError | MissingClaimError) -> SignInRefused:
        claim = str(error.claim)
        message = {"iss": t.WRONG_ISSUER, "aud": t.WRONG_AUDIENCE, "nonce": t.NOT_STARTED_HERE, "iat": t.EXPIRED,
                   "nbf": t.EXPIRED}.get(claim)
        return SignInRefused(message or t.INVALID.format(wat=claim), f"ID-token: claim {claim} ongeldig")

    # ---- what the provider publishes

    async def metadata(self) -> Metadata:
        async with self._lock:
            if self._metadata is not None and time.monotonic() - self._metadata[0] < METADATA_SECONDS:
                return self._metadata[1]
            document = await self._get_json(self.config.discovery_url, "discovery")
            metadata = Metadata.read(self.config, document)
            self._metadata = (time.monotonic(), metadata)
            self._keys = None
            return metadata

    async def keys(self, refresh: bool = False) -> KeySet:
        metadata = await self.metadata()
        async with self._lock:
            if self._keys is None or refresh:
                document = await self._get_json(metadata.jwks_uri, "jwks")
                try:
                    self._keys = KeySet.import_key_set(document)  # type: ignore[arg-type]
                except (JoseError, ValueError, KeyError, TypeError) as error:
                    raise SignInRefused(t.UNREACHABLE.format(naam=self.config.name),
                                        f"jwks onleesbaar: {type(error).__name__}", 502) from None
            return self._keys

    async def _get_json(self, url: str, what: str) -> dict[str, Any]:
        try:
            async with aiohttp.ClientSession(timeout=HTTP_TIMEOUT) as http:
                async with http.get(url, headers={"Accept": "application/json"}) as response:
                    response.raise_for_status()
                    document = await response.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
            log.warning("oidc: %s van %s niet op te halen: %s", what, url, type(error).__name__)
            raise SignInRefused(t.UNREACHABLE.format(naam=self.config.name), f"{what}: {type(error).__name__}",
                                502) from None
        if not isinstance(document, dict):
            raise SignInRefused(t.UNREACHABLE.format(naam=self.config.name), f"{what}: geen JSON-object", 502)
        return document
