"""The web list as a Teams tab: the configuration page of the channel tab (the personal tab needs none).

The personal tab shows /toezeggingen itself. A channel tab asks, once, which list it shows; Teams stores that
address when the page calls TeamsJS (pages.config.setConfig), Microsoft's script, loaded from Microsoft's CDN on
this page only, with our own small script beside it. Without script the page still names the address, so it can
be opened in the browser. Signing in from a tab opens a new window (see signin.html and docs/web.md#teams-tab).
"""
from __future__ import annotations

from aiohttp import web
from jinja2 import Environment

from bot.web.look import Look
from bot.web.security import frame_for_teams
from bot.web.translate import as_typed, query_string
from handlers.browse.query import KINDS
from handlers.texts import aanmelden as ta
from handlers.texts import web as t

CONFIG_PATH = "/teams/configuratie"
# Microsoft's TeamsJS library, the version this page was written against (npm @microsoft/teams-js).
TEAMS_JS_VERSION = "2.58.0"
TEAMS_JS = f"https://res.cdn.office.net/teams-js/{TEAMS_JS_VERSION}/js/MicrosoftTeams.min.js"
TEAMS_JS_ORIGIN = "https://res.cdn.office.net"


def tab_address(soort: str, holder: str, late: bool) -> str:
    """The list a channel tab shows: /moties?portefeuillehouder=De+Vries&te_laat=ja (the same keys as the page)."""
    wanted = {"portefeuillehouder": holder, "te_laat": "ja" if late else ""}
    return f"/{soort}" + query_string(as_typed(soort, wanted))


class TeamsTab:
    def __init__(self, templates: Environment, look: Look) -> None:
        self.templates = templates
        self.look = look

    def add_routes(self, web_app: web.Application) -> None:
        web_app.router.add_get(CONFIG_PATH, self.configuration)

    async def configuration(self, request: web.Request) -> web.StreamResponse:
        soort = request.query.get("soort", KINDS[0])
        soort = soort if soort in KINDS else KINDS[0]
        holder = request.query.get("portefeuillehouder", "").strip()[:200]
        late = request.query.get("te_laat", "") in ("ja", "on")
        html = self.templates.get_template("teams_config.html").render(
            t=t, ta=ta, look=self.look, title=ta.TAB_CONFIG_TITLE, person="", current="", kinds=[(kind, ta.TAB_NAMES[kind]) for kind in KINDS], soort=soort, holder=holder,
            late=late, address=tab_address(soort, holder, late), teams_js=TEAMS_JS)
        response = web.Response(text=html, content_type="text/html", headers={"Cache-Control": "no-store"})
        frame_for_teams(response, script_src=f"'self' {TEAMS_JS_ORIGIN}")
        return response
