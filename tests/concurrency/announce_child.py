"""A sender process that dies mid-post: it claims the announcement, starts posting, and hangs there until
the test SIGKILLs it. Run as `python -m tests.concurrency.announce_child <database url> <ready file>`."""
from __future__ import annotations

import sys
import threading
from dataclasses import replace
from pathlib import Path

from bot.agenda_config import agenda_instellingen
from bot.app import build_app
from bot.clock import FixedClock
from bot.settings import Settings
from handlers.messages import OutgoingReply
from scheduler.agenda import run_agenda_sweep
from tests.concurrency.moments import MONDAY_MORNING
from tests.fakes import FakeNotifier


class HangingChannel:
    def __init__(self, ready: Path) -> None:
        self.ready = ready

    def post(self, channel: str, reply: OutgoingReply) -> None:
        self.ready.write_text(reply.text)
        threading.Event().wait()  # the post never returns: the process is killed here


def main(url: str, ready: str) -> None:
    app = build_app(Settings(DATABASE_URL=url), clock=FixedClock(MONDAY_MORNING))  # type: ignore[call-arg]
    instellingen = replace(agenda_instellingen(app.settings), kanaal="slack:C0123")
    run_agenda_sweep(app.uow_factory, app.clock, HangingChannel(Path(ready)), FakeNotifier(), instellingen)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
