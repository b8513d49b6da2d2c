"""Logs carry no content at any level: a failing command, a database error with the row, the log notifier."""
from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import IntegrityError

from bot.app import App
from bot.console.translate import to_incoming
from bot.notifiers import LogChannel, LogNotifier
from handlers.errors import Conflict
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.people import Person
from handlers.domain.toezegging import Toezegging
from handlers.messages import IncomingCommand, Notification, OutgoingReply
from tests.conftest import NOW
from tests.dialogue import KARIN
from tests.leaks.planted import MARKER


def _messages(caplog: pytest.LogCaptureFixture) -> str:
    return "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records).lower()


def test_a_failing_command_logs_what_was_asked_not_the_text(app: App, caplog: pytest.LogCaptureFixture,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    caplog.set_level(logging.DEBUG)

    def broken(incoming: IncomingCommand) -> OutgoingReply:
        raise ValueError(f"kapot bij {incoming.text}")

    monkeypatch.setattr(app.core, "handle", broken)
    text = f"toezegging stand T-2026-001 onderhandeling {MARKER} loopt"
    reply = app.dispatcher.handle(to_incoming(text, KARIN, app.clock.now()))

    assert reply is not None and "gelogd" in reply.text
    logged = _messages(caplog)
    assert MARKER not in logged
    assert "commando 'toezegging stand'" in logged and "t-2026-001" in logged and "valueerror" in logged


def test_a_database_error_does_not_carry_the_row(app: App) -> None:
    # The unit of work turns the clash into a Conflict (the core retries it); neither it nor the database
    # error underneath it carries the row.
    with pytest.raises(Conflict) as raised:
        with app.uow_factory() as uow:
            uow.toezeggingen.add(Toezegging(
                None, "T-2026-001", f"Dubbel {MARKER}", Deadline("Q3 2027", DeadlineKind.DATE, None, Precision.QUARTER),
                app.clock.now()))
            uow.commit()
    underneath = raised.value.__cause__ or raised.value.__context__
    assert isinstance(underneath, IntegrityError)
    assert MARKER not in str(raised.value).lower() and MARKER not in str(underneath).lower()


def test_the_log_notifier_logs_recipient_and_kind_only(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    person = Person(7, "Hans Bakker", "hans.bakker@noordwaard.example")
    reply = OutgoingReply(text=f"Toezegging over {MARKER}", confidential=True)
    LogNotifier().deliver(person, Notification(7, reply, "herinnering:toezegging:T-2026-005:d-2:7", NOW))
    LogChannel().post("slack:C0123", OutgoingReply(text=f"Agenda met {MARKER}"))
    logged = _messages(caplog)
    assert MARKER not in logged and "persoon 7" in logged and "herinnering" in logged


def test_libraries_that_log_bodies_stay_above_debug(app: App) -> None:
    """slack_sdk logs each Web API call with its body at DEBUG; botbuilder/msrest log activities; SQLAlchemy rows."""
    from bot.settings import Settings
    from bot.slack.mount import make_client
    from bot.slack.notifier import make_client as make_sync_client
    from bot.teams import build_adapter

    make_client(Settings(SLACK_BOT_TOKEN="xoxb-test", SLACK_SIGNING_SECRET="s"))  # type: ignore[call-arg]
    make_sync_client("xoxb-test", "https://slack.example/api/")
    build_adapter(Settings())  # type: ignore[call-arg]
    for name in ("slack_sdk.web.async_base_client", "slack_sdk.web.base_client", "slack_bolt", "botbuilder.core",
                 "msrest.http_logger", "sqlalchemy.engine.Engine"):
        assert not logging.getLogger(name).isEnabledFor(logging.INFO), name
