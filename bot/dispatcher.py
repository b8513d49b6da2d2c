"""The one crossing from the async adapters into the synchronous core, and the error boundary."""
from __future__ import annotations

import asyncio
import logging
import re
import traceback
from collections.abc import Callable
from typing import TypeVar

from handlers.context import Context
from handlers.core import Core
from handlers.errors import UserError
from handlers.messages import Actor, Address, IncomingCommand, OutgoingReply, ReplyKind
from handlers.texts import APOLOGY, examples_line

log = logging.getLogger(__name__)

T = TypeVar("T")


class ViewFailed(Exception):
    """Reading a page failed for a reason that is not the user's; it is logged (without content) already."""


# Item numbers as people type them: T-2026-001, M2026-014, A-2026-001, L-2026-003.
_NUMMER = re.compile(r"\b[a-z]-?\d{4}-\d{3,}\b", re.IGNORECASE)


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
        except Exception as error:
            log.error("command failed: %s: %s\n%s", self.what_was_asked(incoming), type(error).__name__, frames(error))
            return OutgoingReply(text=APOLOGY, kind=ReplyKind.ERROR)

    def what_was_asked(self, incoming: IncomingCommand) -> str:
        """Command word, item numbers, request id and who: never the free text, which may be confidential."""
        found = self.core.router.match(incoming.text)
        word = found[0].words if found else "?"
        numbers = ",".join(n.upper() for n in _NUMMER.findall(incoming.text)) or "-"
        return (f"commando '{word}' item {numbers} verzoek {incoming.request_id or '-'} "
                f"van {incoming.actor.platform}:{incoming.actor.user_id}")

    async def handle_async(self, incoming: IncomingCommand) -> OutgoingReply | None:
        return await asyncio.to_thread(self.handle, incoming)

    async def view_async(self, actor: Actor, address: Address, read: Callable[[Context], T], what: str) -> T:
        """A page's read (Core.view) off the event loop. A UserError passes to the adapter, which shows its Dutch
        message; anything else is logged with `what` (the page and item number, never text) and is ViewFailed."""
        try:
            return await asyncio.to_thread(self.core.view, actor, address, read)
        except UserError:
            raise
        except Exception as error:
            log.error("page failed: %s van %s:%s: %s\n%s", what, actor.platform, actor.user_id, type(error).__name__,
                      frames(error))
            raise ViewFailed(what) from None

    def listen(self, incoming: IncomingCommand, source: str = "") -> OutgoingReply | None:
        """Listening never answers a channel with an error: a failure is logged and nothing is said."""
        try:
            return self.core.listen(incoming, source)
        except Exception as error:
            log.error("listening failed: verzoek %s van %s:%s: %s\n%s", incoming.request_id or "-",
                      incoming.actor.platform, incoming.actor.user_id, type(error).__name__, frames(error))
            return None

    async def listen_async(self, incoming: IncomingCommand, source: str = "") -> OutgoingReply | None:
        return await asyncio.to_thread(self.listen, incoming, source)

    async def suggest_async(self, actor: Actor, kind: str, typed: str) -> list[tuple[str, str]]:
        """Form-field choices; a failure gives no choices (the user can still type), never an error page."""
        try:
            return await asyncio.to_thread(self.core.suggest, actor, kind, typed)
        except Exception as error:
            log.error("suggestions failed for %s:%s: %s\n%s", actor.platform, actor.user_id, type(error).__name__,
                      frames(error))
            return []


def frames(error: BaseException) -> str:
    """Where it went wrong (file, line, code), without the exception's message: that may quote item text."""
    return "".join(traceback.format_list(traceback.extract_tb(error.__traceback__)))
