"""The one crossing from the async adapters into the synchronous core, and the error boundary."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from handlers.core import Core
from handlers.errors import UserError
from handlers.messages import Actor, IncomingCommand, OutgoingReply, ReplyKind
from handlers.texts import APOLOGY, examples_line

log = logging.getLogger(__name__)


class Dispatcher:
    def __init__(self, core: Core) -> None:
        self.core = core

    def handle(self, incoming: IncomingCommand) -> OutgoingReply | None:
        return self._guarded(lambda: self.core.handle(incoming), incoming)

    def handle_document(self, incoming: IncomingCommand, document: str) -> OutgoingReply | None:
        """A verslag handed over as a file (Slack DM, `samenspel verslag`): its candidates, or a Dutch refusal."""
        return self._guarded(lambda: self.core.handle_document(incoming, document), incoming)

    async def handle_document_async(self, incoming: IncomingCommand, document: str) -> OutgoingReply | None:
        return await asyncio.to_thread(self.handle_document, incoming, document)

    def _guarded(self, run: Callable[[], OutgoingReply | None], incoming: IncomingCommand) -> OutgoingReply | None:
        try:
            return run()
        except UserError as error:
            notes = (examples_line(error.examples),) if error.examples else ()
            return OutgoingReply(text=error.message, notes=notes, kind=ReplyKind.ERROR)
        except Exception:
            log.exception("command failed: %r from %s", incoming.text, incoming.actor)
            return OutgoingReply(text=APOLOGY, kind=ReplyKind.ERROR)

    async def handle_async(self, incoming: IncomingCommand) -> OutgoingReply | None:
        return await asyncio.to_thread(self.handle, incoming)

    def listen(self, incoming: IncomingCommand, source: str = "") -> OutgoingReply | None:
        """Listening never answers a channel with an error: a failure is logged and nothing is said."""
        try:
            return self.core.listen(incoming, source)
        except Exception:
            log.exception("listening failed for request %s", incoming.request_id)
            return None

    async def listen_async(self, incoming: IncomingCommand, source: str = "") -> OutgoingReply | None:
        return await asyncio.to_thread(self.listen, incoming, source)

    async def suggest_async(self, actor: Actor, kind: str, typed: str) -> list[tuple[str, str]]:
        """Form-field choices; a failure gives no choices (the user can still type), never an error page."""
        try:
            return await asyncio.to_thread(self.core.suggest, actor, kind, typed)
        except Exception:
            log.exception("suggestions failed for %s", actor)
            return []
