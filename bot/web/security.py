"""Headers every response of the server carries: a strict Content-Security-Policy and its companions.

The pages need no script, no inline style and no other origin: only our own stylesheets (the NL Design System's
CSS is served from here too). Its checkbox marks are data: images, hence img-src data:. Forms post only to this
site and no other site may frame the pages (a Teams tab will need its own frame-ancestors, a later phase).
"""
from __future__ import annotations

from aiohttp import web

CSP = ("default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


async def add_security_headers(_request: web.Request, response: web.StreamResponse) -> None:
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
