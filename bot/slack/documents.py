"""A verslag dropped in the DM with the bot: fetched with the bot token, read, and answered as 'verslag'."""
from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import aiohttp

from bot.slack.translate import SharedFile
from storage.importers.documents import SUPPORTED, DocumentError, read_document

# A verslag is a few hundred kilobytes; anything far larger is not one.
MAX_BYTES = 10 * 1024 * 1024


async def document_text(shared: SharedFile, token: str) -> str:
    """The text of the shared file; DocumentError with a Dutch message when it cannot be read."""
    if shared.size > MAX_BYTES:
        raise DocumentError(f"{shared.name} is groter dan {MAX_BYTES // (1024 * 1024)} MB; dat is geen verslag dat ik lees.")
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        async with session.get(shared.url, headers={"Authorization": f"Bearer {token}"}) as response:
            if response.status != 200:
                raise DocumentError(f"Ik kon {shared.name} niet ophalen bij Slack (status {response.status}).")
            data = await response.content.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise DocumentError(f"{shared.name} is groter dan {MAX_BYTES // (1024 * 1024)} MB; dat is geen verslag dat ik lees.")
    return await asyncio.to_thread(_read, shared.name, data)


def _read(name: str, data: bytes) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / Path(name).name
        path.write_bytes(data)
        return read_document(path)


__all__ = ["SUPPORTED", "document_text"]
