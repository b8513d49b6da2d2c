"""Wiring Slack into the one aiohttp server: POST /slack/events over HTTP, or Socket Mode with an app token.

Signatures are verified here, before Bolt, with the app's injected clock: a bad signature or a timestamp
more than 5 minutes off gets 401 and a log line (Bolt's own check would log only at INFO).
"""
from __future__ import annotations

import logging

from aiohttp import web
from slack_bolt.adapter.aiohttp import to_aiohttp_response, to_bolt_request
from slack_bolt.async_app import AsyncApp
from slack_sdk.signature import SignatureVerifier
from slack_sdk.web.async_client import AsyncWebClient

from bot.app import App
from bot.quiet_logs import SLACK, quiet
from bot.settings import Settings
from bot.slack.delivery import retry_handlers
from bot.slack.identity import Identity
from bot.slack.listeners import SlackListeners
from handlers.ports import Clock

log = logging.getLogger(__name__)

PATH = "/slack/events"


class _VerifierClock:
    """slack_sdk's verifier asks for epoch seconds; ours is the app's clock, so tests can fix it."""

    def __init__(self, clock: Clock) -> None:
        self.clock = clock

    def now(self) -> float:
        return self.clock.now().timestamp()


class _QuietTokenWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN from the environment itself and then warns that our client wins; it does."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


def request_verifier(signing_secret: str, clock: Clock) -> SignatureVerifier:
    """v0 HMAC-SHA256 over 'v0:<timestamp>:<body>', and at most 5 minutes between timestamp and clock."""
    return SignatureVerifier(signing_secret, clock=_VerifierClock(clock))  # type: ignore[arg-type]


def _valid_signature(verifier: SignatureVerifier, body: str, timestamp: str, signature: str) -> bool:
    """slack_sdk raises on a timestamp that is not a number; for us that is simply not a valid request."""
    if not timestamp.isdigit() or not signature.isascii():
        return False
    try:
        return verifier.is_valid(body, timestamp, signature)
    except (ValueError, TypeError, OverflowError):
        return False


def make_client(settings: Settings) -> AsyncWebClient:
    quiet(SLACK)
    return AsyncWebClient(
        token=settings.slack_bot_token,
        base_url=settings.slack_api_url,
        retry_handlers=retry_handlers(),  # type: ignore[arg-type]
    )


def build_bolt(app: App) -> AsyncApp:
    settings = app.settings
    client = make_client(settings)
    bolt_log = logging.getLogger("bot.slack.bolt")
    if not bolt_log.filters:
        bolt_log.addFilter(_QuietTokenWarning())
    bolt = AsyncApp(
        client=client,
        signing_secret=settings.slack_signing_secret or "",
        request_verification_enabled=False,  # done in `events` below, with our clock and a log line
        logger=bolt_log,
    )
    SlackListeners(app, Identity(client, app.uow_factory)).register(bolt)
    return bolt


def mount(web_app: web.Application, app: App) -> str | None:
    settings = app.settings
    if not settings.slack_enabled:
        return None
    bolt = build_bolt(app)
    if settings.slack_app_token:
        _socket_mode(web_app, bolt, settings.slack_app_token)
        return "Slack (Socket Mode)"
    verifier = request_verifier(settings.slack_signing_secret or "", app.clock)

    async def events(request: web.Request) -> web.Response:
        # Anything malformed is the caller's fault: 400 or 401, never a 500 (and nothing of it in the log).
        try:
            body = (await request.read()).decode("utf-8")
        except UnicodeDecodeError:
            log.warning("Slack-verzoek geweigerd (400): body is geen UTF-8 (van %s)", request.remote)
            return web.json_response({"error": "invalid request"}, status=400)
        timestamp = request.headers.get("X-Slack-Request-Timestamp", "")
        if not _valid_signature(verifier, body, timestamp, request.headers.get("X-Slack-Signature", "")):
            shown = timestamp if timestamp.isdigit() else "ongeldig"
            log.warning("Slack-verzoek geweigerd (401): ongeldige handtekening of tijdstempel %s van %s", shown, request.remote)
            return web.json_response({"error": "invalid request"}, status=401)
        if request.headers.get("X-Slack-Retry-Num"):
            log.info("Slack herhaalt een verzoek (poging %s, %s)", request.headers["X-Slack-Retry-Num"][:8],
                     request.headers.get("X-Slack-Retry-Reason", "?")[:40])
        try:
            bolt_request = await to_bolt_request(request)
        except ValueError as error:  # a signed body that is not the form or JSON Slack sends
            log.warning("Slack-verzoek geweigerd (400): onleesbare body (%s)", type(error).__name__)
            return web.json_response({"error": "invalid request"}, status=400)
        return await to_aiohttp_response(await bolt.async_dispatch(bolt_request))

    web_app.router.add_post(PATH, events)
    return f"Slack ({PATH})"


def _socket_mode(web_app: web.Application, bolt: AsyncApp, app_token: str) -> None:
    """Socket Mode runs on the server's own event loop: connected at startup, closed at cleanup."""
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handlers: list[AsyncSocketModeHandler] = []

    async def start(_web_app: web.Application) -> None:
        # Created here, inside the running loop: its aiohttp session belongs to that loop.
        handler = AsyncSocketModeHandler(bolt, app_token)
        handlers.append(handler)
        await handler.connect_async()  # type: ignore[no-untyped-call]
        log.info("Slack Socket Mode verbonden")

    async def stop(_web_app: web.Application) -> None:
        for handler in handlers:
            await handler.close_async()  # type: ignore[no-untyped-call]

    web_app.on_startup.append(start)
    web_app.on_cleanup.append(stop)
