"""A verslag dropped in the DM with the bot: fetched with the bot token, read, and answered as 'verslag'.

The event names the address to fetch, and anyone who can post an event (or a file whose metadata lies) chooses
it. So the token goes only to Slack's own file server over https (SAMENSPEL_SLACK_FILE_HOSTS), redirects are
followed by hand and only to that server, and the size is counted while the bytes arrive, not taken from the event.
"""
from __future__ import annotations

import asyncio
import tempfile
from dataclasses import dataclass
from pathlib import Path

import aiohttp
from yarl import URL

from bot.origins import Origin, origin_of
from bot.settings import Settings
from bot.slack.translate import SharedFile
from handlers.texts import bestanden as t
from storage.importers.documents import SUPPORTED, DocumentError, read_document, safe_name, too_large
from storage.importers.limits import DocumentLimits

REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 3
CHUNK = 64 * 1024


@dataclass(frozen=True)
class FileFetch:
    origins: frozenset[Origin]
    timeout_seconds: float
    document: DocumentLimits

    @classmethod
    def from_settings(cls, settings: Settings) -> FileFetch:
        return cls(settings.slack_file_origins, settings.slack_file_timeout_seconds, settings.document_limits)


async def document_text(shared: SharedFile, token: str, fetch: FileFetch) -> str:
    """The text of the shared file; DocumentError with a Dutch message when it cannot be fetched or read."""
    limit = fetch.document.max_bytes
    if shared.size > limit:
        raise too_large(shared.name, limit)
    try:
        data = await _download(shared, token, fetch)
    except (TimeoutError, asyncio.TimeoutError):
        raise DocumentError(t.FILE_TIMEOUT.format(naam=shared.name, seconden=f"{fetch.timeout_seconds:g}")) from None
    except aiohttp.ClientError as error:
        raise DocumentError(t.FILE_FETCH_FAILED.format(naam=shared.name, status=type(error).__name__)) from None
    return await asyncio.to_thread(_read, shared.name, data, fetch.document)


async def _download(shared: SharedFile, token: str, fetch: FileFetch) -> bytes:
    url = URL(shared.url)
    timeout = aiohttp.ClientTimeout(total=fetch.timeout_seconds)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        for hop in range(MAX_REDIRECTS + 1):
            origin = origin_of(str(url))
            if origin is None or origin not in fetch.origins:
                refusal = t.FILE_NOT_FROM_SLACK if hop == 0 else t.FILE_REDIRECTED
                raise DocumentError(refusal.format(naam=shared.name, host=origin.host if origin else "een onbekend adres"))
            headers = {"Authorization": f"Bearer {token}"}
            async with session.get(url, headers=headers, allow_redirects=False) as response:
                if response.status in REDIRECTS and "Location" in response.headers:
                    url = url.join(URL(response.headers["Location"]))
                    continue
                if response.status != 200:
                    raise DocumentError(t.FILE_FETCH_FAILED.format(naam=shared.name, status=response.status))
                return await _bounded(response, shared.name, fetch.document.max_bytes)
    raise DocumentError(t.FILE_REDIRECTED.format(naam=shared.name, host=url.host or "een onbekend adres"))


async def _bounded(response: aiohttp.ClientResponse, name: str, limit: int) -> bytes:
    """The body, stopped as soon as it passes the limit: a Content-Length or file size can lie."""
    if (response.content_length or 0) > limit:
        raise too_large(name, limit)
    data = bytearray()
    async for chunk in response.content.iter_chunked(CHUNK):
        data += chunk
        if len(data) > limit:
            raise too_large(name, limit)
    return bytes(data)


def _read(name: str, data: bytes, limits: DocumentLimits) -> str:
    with tempfile.TemporaryDirectory() as folder:
        # Only the last part of the name: '../../etc/x.txt' must not write outside the folder.
        path = Path(folder) / safe_name(name)
        path.write_bytes(data)
        return read_document(path, limits)


__all__ = ["SUPPORTED", "FileFetch", "document_text"]
