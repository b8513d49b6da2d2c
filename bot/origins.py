"""Where a URL points, as (scheme, host, port): what the bot token may be sent to is decided on this."""
from __future__ import annotations

import ipaddress
from typing import NamedTuple
from urllib.parse import urlsplit

DEFAULT_PORTS = {"https": 443, "http": 80}


class Origin(NamedTuple):
    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        return f"{self.scheme}://{self.host}" + ("" if DEFAULT_PORTS.get(self.scheme) == self.port else f":{self.port}")


def origin_of(url: str) -> Origin | None:
    """None for anything that is not an absolute http(s) URL with a host (a relative or malformed address)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme, host = parts.scheme.lower(), (parts.hostname or "").lower()
    if scheme not in DEFAULT_PORTS or not host or parts.username or parts.password:
        return None
    return Origin(scheme, host, port or DEFAULT_PORTS[scheme])


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def trusted_origins(text: str) -> frozenset[Origin]:
    """'https://files.slack.com, …' → those origins. Plain http only on loopback, for a local stand-in in tests:
    a token must never cross a network unencrypted."""
    found: set[Origin] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        origin = origin_of(part)
        if origin is None or urlsplit(part).path.strip("/"):
            raise ValueError(f"'{part}' is geen adres van een server; gebruik bijv. https://files.slack.com")
        if origin.scheme != "https" and not is_loopback(origin.host):
            raise ValueError(f"'{part}' gebruikt geen https; de Slack-sleutel gaat alleen versleuteld over het netwerk")
        found.add(origin)
    if not found:
        raise ValueError("noem ten minste één server, bijv. https://files.slack.com")
    return frozenset(found)
