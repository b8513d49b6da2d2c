"""Headers every response of the server carries: a strict Content-Security-Policy and its companions.

The pages need no script, no inline style and no other origin: only our own stylesheets (the NL Design System's
CSS is served from here too). Its checkbox marks are data: images, hence img-src data:. Forms post only to this
site. No other site may frame a response, except that with the Teams tab on (SAMENSPEL_TEAMS_TAB) the web pages
themselves may be framed by Teams' own origins, and only those (`frame_for_teams`): the Slack and Teams endpoints,
the exports and the static files keep frame-ancestors 'none'.
"""
from __future__ import annotations

from aiohttp import web

# Where Microsoft says a tab's page is framed from (Teams on the web, desktop and mobile, and Microsoft 365 / Outlook,
# which show Teams apps too): https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements
TEAMS_ORIGINS = ("https://teams.microsoft.com", "https://*.teams.microsoft.com", "https://*.cloud.microsoft",
                 "https://*.office.com")


def csp(frame_ancestors: str = "'none'", script_src: str = "") -> str:
    script = f"script-src {script_src}; " if script_src else ""
    return (f"default-src 'none'; {script}style-src 'self'; img-src 'self' data:; form-action 'self'; "
            f"frame-ancestors {frame_ancestors}; base-uri 'none'")


CSP = csp()
TEAMS_CSP = csp(" ".join(TEAMS_ORIGINS))
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def frame_for_teams(response: web.StreamResponse, script_src: str = "") -> None:
    """Let Teams show this page in a tab. X-Frame-Options knows no list of origins, so it goes: browsers that
    read frame-ancestors ignore it anyway, and the ones that do not would refuse the tab."""
    response.headers["Content-Security-Policy"] = csp(" ".join(TEAMS_ORIGINS), script_src)
    response.headers["X-Frame-Options"] = ""


async def add_security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    if response.headers.get("X-Frame-Options") == "":
        del response.headers["X-Frame-Options"]
