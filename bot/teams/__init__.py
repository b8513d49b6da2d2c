"""Microsoft Teams adapter. Every botbuilder import lives in this folder: moving to the Microsoft 365
Agents SDK (botbuilder-python's successor since its end of support on 31 Dec 2025) touches only here.
"""
from __future__ import annotations

import asyncio
import logging
import threading
from types import SimpleNamespace

from aiohttp import web
from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication

from bot.app import App
from bot.quiet_logs import TEAMS, quiet
from bot.settings import Settings
from bot.teams.bot import SamenspelBot
from bot.teams.endpoint import MessagesEndpoint
from bot.teams.identity import MemberDirectory
from bot.teams.notifier import TeamsNotifier
from bot.teams.references import ReferenceBook
from bot.teams.sending import Backoff, RetryingCloudAdapter

log = logging.getLogger(__name__)

NOTIFIER = web.AppKey("teams_notifier", TeamsNotifier)
ROUTE = "/api/messages"


def build_adapter(settings: Settings, backoff: Backoff | None = None) -> RetryingCloudAdapter:
    quiet(TEAMS)
    configuration = SimpleNamespace(
        APP_ID=settings.microsoft_app_id or "",
        APP_PASSWORD=settings.microsoft_app_password or "",
        APP_TYPE=settings.microsoft_app_type,
        APP_TENANTID=settings.microsoft_app_tenant_id or "",
    )
    adapter = RetryingCloudAdapter(ConfigurationBotFrameworkAuthentication(configuration), backoff)
    adapter.on_turn_error = _on_turn_error
    return adapter


async def _on_turn_error(turn_context: object, error: Exception) -> None:
    # The dispatcher already turns command failures into a Dutch apology; this is the SDK's own trouble.
    log.error("Teams: fout in de beurt", exc_info=error)


def build_notifier(app: App) -> TeamsNotifier:
    """For a worker without the server: sends from stored references on one event loop of its own, in a
    thread, for the life of the process (a new loop per send cost more CPU than the send itself)."""
    settings = app.settings
    notifier = TeamsNotifier(build_adapter(settings), ReferenceBook(app.uow_factory, app.clock),
                             settings.microsoft_app_id or "")
    loop = asyncio.new_event_loop()

    def run() -> None:
        notifier.bind(loop)  # from the loop's own thread: a call from there is refused, not deadlocked
        loop.run_forever()

    threading.Thread(target=run, name="teams-send", daemon=True).start()
    return notifier


def mount(web_app: web.Application, app: App, backoff: Backoff | None = None) -> str | None:
    settings = app.settings
    if not settings.teams_mounted:
        return None
    adapter = build_adapter(settings, backoff)
    references = ReferenceBook(app.uow_factory, app.clock)
    notifier = TeamsNotifier(adapter, references, settings.microsoft_app_id or "")
    bot = SamenspelBot(app.dispatcher, app.clock, references, MemberDirectory(), notifier.to_person)
    web_app[NOTIFIER] = notifier

    async def bind_loop(_web_app: web.Application) -> None:
        notifier.bind(asyncio.get_running_loop())

    web_app.on_startup.append(bind_loop)
    tenants = settings.teams_tenant_ids
    endpoint = MessagesEndpoint(adapter, bot, authenticated=settings.teams_enabled, tenants=tenants)
    web_app.router.add_post(ROUTE, endpoint.handle)
    if not settings.teams_enabled:
        log.warning(
            "!!! Teams draait in LOKALE ONTWIKKELMODUS (SAMENSPEL_TEAMS_ONTWIKKELMODUS): %s controleert GEEN "
            "tokens en neemt alleen verzoeken van deze machine aan (Bot Framework Emulator). Nooit in productie, "
            "ook niet achter een reverse proxy. Zet MicrosoftAppId en MicrosoftAppPassword voor echt gebruik. !!!",
            ROUTE,
        )
    elif not tenants:
        log.warning("Teams: geen SAMENSPEL_TEAMS_TENANTS of MicrosoftAppTenantId gezet; %s weigert elke activity "
                    "tot de tenant van de organisatie is ingesteld", ROUTE)
    return f"Teams ({ROUTE}{'' if settings.teams_enabled else ', lokale ontwikkelmodus'})"
