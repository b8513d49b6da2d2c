"""The web adapter: the lists the griffie keeps as pages, on the same aiohttp server as Slack and Teams.

Like slack/ and teams/ it only translates (bot/web/translate.py: query string ↔ ListQuery, posted form → the chat
command); the core reads and changes (handlers/browse/, the commands). See docs/web.md.
"""
from __future__ import annotations

import logging
import secrets

from aiohttp import web

from bot.app import App
from bot.web.look import DEFAULT_ASSETS, look_of
from bot.web.oidc import OidcClient, OidcConfig
from bot.web.pages import WebPages, shown_pages
from bot.web.public import PublicPages
from bot.web.security import add_security_headers
from bot.web.session import Sessions
from bot.web.teams_tab import TeamsTab
from handlers.texts.web import SITE

log = logging.getLogger(__name__)

DEV_LOGIN_WARNING = (
    "LET OP: de ontwikkelaanmelding voor de webpagina's staat aan (SAMENSPEL_WEB_ONTWIKKELAANMELDING). Iedereen op "
    "dit apparaat kan zich zonder wachtwoord aanmelden als iemand uit het rollenregister. Nooit in productie."
)


def mount(web_app: web.Application, app: App) -> str | None:
    settings = app.settings
    secret = settings.web_secret
    if secret is None:
        # Sessions then last as long as this process; docs/web.md says to set the secret for a real deployment.
        secret = secrets.token_urlsafe(48)
    dev_login = bool(settings.web_dev_login)
    if dev_login:
        log.warning(DEV_LOGIN_WARNING)
    assets = settings.web_assets or DEFAULT_ASSETS
    look = look_of(assets, settings.organisatie, settings.huiskleur, SITE)
    config = OidcConfig.of(settings)
    https = (settings.web_public_url or "").startswith("https://")
    oidc = OidcClient(config, secret, https) if config is not None else None
    if config is not None:
        log.info("web: aanmelden met OpenID Connect bij %s (terug naar %s)", config.issuer, config.redirect_url)
    sessions = Sessions(secret, settings.web_session_hours * 3600, framed=settings.teams_tab, https=https)
    pages = WebPages(app, sessions, dev_login, look, assets, oidc, settings.teams_tab)
    pages.add_routes(web_app)
    if settings.openbare_lijst:  # opt-in per organisation; off, /openbaar/… is 404 like any unknown address
        PublicPages(app, pages.templates, look, settings.openbaar_cache_seconds).add_routes(web_app)
    if settings.teams_tab:
        TeamsTab(pages.templates, look).add_routes(web_app)
    web_app.middlewares.append(shown_pages)
    web_app.on_response_prepare.append(add_security_headers)
    return "web (/)"
