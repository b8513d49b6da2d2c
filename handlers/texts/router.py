"""Dutch text of the router: words it could not place."""
from __future__ import annotations

UNUSED_AFTER_NUMBER = (
    "'{shown}' toont alleen het item; '{extra}' daarachter begrijp ik niet, dus er is niets veranderd. "
    "Een wijziging begint met wat je wilt doen (typ 'help {group}' voor alles wat kan)."
)
