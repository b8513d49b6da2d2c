"""Issue 12's leak matrix: confidential toezeggingen, moties, lobby actions and agendapunten carry a marker; as
everyone who may not read them, every command that shows anything, on the console, in Slack (channel and DM) and
Teams (channel and personal chat), the worker over a working morning after their deadlines, the export without
--met-vertrouwelijk, and all logs at DEBUG: the marker appears nowhere it should not. Readers do see it, privately.
"""
from __future__ import annotations

import re

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from bot.app import App
from bot.clock import TIMEZONE, FixedClock
from bot.console.translate import render_reply
from handlers.ports import ToezeggingFilter
from scheduler.agenda import run_agenda_sweep
from bot.agenda_config import agenda_instellingen
from storage.exporters.ics import select
from storage.exporters.xlsx import export_list
from tests.dialogue import say
from tests.fakes import FakeChannelNotifier, FakeNotifier
from tests.integration.reminder_helpers import RecordingNotifier, engine
from tests.leaks.planted import MARKER, OUTSIDERS, READERS, Planted, after_the_meetings, item_commands, plant, surname


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Every log record at every level, whoever logs it; checked after the test body."""
    caplog.set_level(logging.DEBUG)
    yield caplog
    leaked = [r.name + ": " + r.getMessage() for r in caplog.records
              if MARKER in (r.getMessage() + (r.exc_text or "")).lower()]
    assert leaked == []


@pytest.fixture
def planted(app: App, logs: pytest.LogCaptureFixture) -> Planted:
    return plant(app)


def help_examples(app: App) -> list[str]:
    """Every example `help` offers, for every command in the registry."""
    return [example for command in app.core.router.commands for example in command.examples]


def test_outsiders_see_only_that_confidential_items_exist_on_the_console(app: App, planted: Planted) -> None:
    for who, email in OUTSIDERS.items():
        for private in (True, False):
            for text in item_commands(planted, surname(email)):
                answer = say(app, text, as_email=email, private=private).lower()
                assert MARKER not in answer, (who, private, text, answer)
    # … and the help examples once each, as one outsider in a channel and another privately.
    for email, private in (
        (OUTSIDERS["professional in het team van de eigenaar"], False),
        (OUTSIDERS["ambtelijk opdrachtgever van de eigenaar"], True),
    ):
        for text in help_examples(app):
            answer = say(app, text, as_email=email, private=private).lower()
            assert MARKER not in answer, (email, private, text, answer)


def test_what_outsiders_do_learn_is_that_it_exists(app: App, planted: Planted) -> None:
    maaike = OUTSIDERS["professional in het team van de eigenaar"]
    assert "vertrouwelijk" in say(app, f"toezegging {planted.toezegging}", as_email=maaike)
    assert "vertrouwelijke toezegging" in say(app, "toezeggingen alle", as_email=maaike)
    meeting = say(app, f"vergadering {planted.vergadering}", as_email=maaike)
    assert "vertrouwelijk" in meeting
    # The motie names its toezegging's number, never its text, and the other way round.
    karin_view = say(app, f"motie {planted.motie}")
    assert planted.uit_motie in karin_view


def test_readers_see_it_privately_and_never_in_a_channel(app: App, planted: Planted) -> None:
    shown = [f"toezegging {planted.toezegging}", f"toezegging {planted.uit_motie}", f"motie {planted.motie}",
             f"lobby {planted.lobby}", f"agendapunt {planted.punt}", f"vergadering {planted.vergadering}",
             f"toezegging historie {planted.toezegging}"]
    for who, email in READERS.items():
        for text in shown:
            assert MARKER in say(app, text, as_email=email).lower(), (who, text)
            assert MARKER not in say(app, text, as_email=email, private=False).lower(), (who, text)


def test_the_professional_cannot_put_herself_on_the_college_agenda(app: App, planted: Planted) -> None:
    maaike = OUTSIDERS["professional in het team van de eigenaar"]
    refused = say(app, ("agendapunt nieuw Mijn punt; vergadering: volgende GS; fase: besluitvorming; "
                        "portefeuillehouder: Peters"), as_email=maaike)
    assert "niet wijzigen" in refused
    assert "niet wijzigen" in say(app, f"vergadering {planted.vergadering} besluit Akkoord", as_email=maaike)
    # A portefeuillehouder may run their agenda, but linking does not get round the toezegging's own rule.
    bram = OUTSIDERS["andere portefeuillehouder"]
    say(app, "agendapunt nieuw Bram punt; vergadering: volgende GS; fase: beeldvorming; portefeuillehouder: Kuipers",
        as_email=bram)
    with after_the_meetings(app):
        linked = say(app, f"vergadering {planted.college} toezegging {planted.toezegging}", as_email=bram)
    assert "is vertrouwelijk" in linked and MARKER not in linked.lower()


def _morning(clock: FixedClock) -> Iterator[dt.datetime]:
    """Monday 30 November 2026 from 07:00 to 12:00, every quarter of an hour: weeks after the deadlines."""
    moment = dt.datetime(2026, 11, 30, 7, 0, tzinfo=TIMEZONE)
    while moment.hour < 12:
        clock.moment = moment
        yield moment
        moment += dt.timedelta(minutes=15)


def test_the_worker_over_a_working_morning(app: App, planted: Planted, clock: FixedClock) -> None:
    for email in OUTSIDERS.values():  # the weekly moties digest goes to whoever subscribes
        say(app, "abonneer moties", as_email=email)
    people = RecordingNotifier()
    reminders = engine(app, people)
    channel, stukken = FakeChannelNotifier(), FakeNotifier()
    instellingen = agenda_instellingen(app.settings)
    from dataclasses import replace
    instellingen = replace(instellingen, kanaal="slack:C0123")
    for _moment in _morning(clock):
        reminders.sweep()
        run_agenda_sweep(app.uow_factory, app.clock, channel, stukken, instellingen)
    readers = set(READERS.values())
    for person, notification in people.sent:
        text = render_reply(notification.reply).lower()
        if person.email not in readers:
            assert MARKER not in text, (person.email, notification.delivery_key, text)
    for _channel, reply in channel.posts:
        assert MARKER not in render_reply(reply).lower()
    outsiders = set(OUTSIDERS.values())
    assert {p.email for p, n in people.sent if n.delivery_key.startswith("overzicht:moties")} >= outsiders
    frank = OUTSIDERS["ambtelijk opdrachtgever van de eigenaar"]
    escalations = [n for n in people.to(frank) if n.delivery_key.startswith("escalatie:")]
    # He learns that Hans Bakker has late confidential work (one message, folded per recipient), never what.
    assert escalations and all(
        re.search(r"vertrouwelijke? items? van Hans Bakker", render_reply(n.reply)) for n in escalations)
    # Positive control: the owner is reminded of his own confidential item, with its text.
    assert any(MARKER in render_reply(n.reply).lower() for n in people.to(READERS["eigenaar"]))


def test_the_export_without_confidential_items(app: App, planted: Planted, tmp_path: Path) -> None:
    today = app.clock.now().date()
    for what in ("toezeggingen", "moties"):
        with app.uow_factory() as uow:
            export_list(uow, what, tmp_path / f"{what}.xlsx", today)
            export_list(uow, what, tmp_path / f"{what}-alles.xlsx", today, with_confidential=True)
        assert MARKER not in _cells(tmp_path / f"{what}.xlsx")
        assert MARKER in _cells(tmp_path / f"{what}-alles.xlsx")  # positive control
    with app.uow_factory() as uow:
        bram = uow.people.by_email(OUTSIDERS["andere portefeuillehouder"])
        anna = uow.people.by_email(READERS["portefeuillehouder"])
        assert all(MARKER not in f.title.lower() for f in select(uow, bram, None))
        assert any(MARKER in f.title.lower() for f in select(uow, None, anna))
        assert uow.toezeggingen.find(ToezeggingFilter(open_only=False))


def _cells(path: Path) -> str:
    book = load_workbook(path, read_only=True)
    return " ".join(str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                    for cell in row if cell is not None).lower()
