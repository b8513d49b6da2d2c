"""Counts that stop: past SAMENSPEL_TEL_TOT a chat list or overview says "meer dan N", never a wrong number.

At a million items an exact count costs a million index entries per command; a reader learns nothing from
"1.000.000 toezeggingen" that "meer dan 1.000" does not tell. Here the threshold is 30 so a few dozen items cross
it; up to it, and as far as the page being read, every count stays exact.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from bot.app import App
from bot.clock import FixedClock
from handlers.deadlines import Deadline, DeadlineKind
from handlers.domain.toezegging import Toezegging
from handlers.reminders.config import ReminderConfig
from tests.conftest import make_app
from tests.dialogue import HANS, KARIN, ask
from tests.integration.reminder_helpers import RecordingNotifier, engine

UP_TO = 30


@pytest.fixture
def counting_app(database_url: str, clock: FixedClock) -> Iterator[App]:
    application = make_app(database_url, clock, SAMENSPEL_TEL_TOT=UP_TO)
    yield application
    application.close()


def _seed(app: App, late: int, later: int = 0, *, confidential: bool = False) -> None:
    """`late` overdue toezeggingen and `later` ones due next year, owned by Hans and in his portefeuille."""
    today = app.clock.now().date()
    with app.uow_factory() as uow:
        owner = uow.people.by_email(HANS)
        assert owner is not None
        for i in range(late + later):
            due = today - dt.timedelta(days=i + 1) if i < late else today + dt.timedelta(days=300 + i)
            uow.toezeggingen.add(Toezegging(
                id=None, nummer=f"T-2024-{i + 1:03d}", omschrijving=f"Toezegging {i + 1}",
                deadline=Deadline(text=due.isoformat(), kind=DeadlineKind.DATE, due=due),
                created_at=app.clock.now(), eigenaar_id=owner.id, portefeuillehouder_id=owner.id,
                vertrouwelijk=confidential,
            ))
        uow.commit()


def test_up_to_the_threshold_the_count_is_exact(counting_app: App) -> None:
    _seed(counting_app, UP_TO)
    reply = ask(counting_app, "toezeggingen verlopen")
    assert reply.text == "30 toezeggingen met termijn overschreden. Pagina 1 van 2."


def test_past_the_threshold_the_list_says_more_than_and_still_pages_on(counting_app: App) -> None:
    _seed(counting_app, UP_TO + 5)
    first = ask(counting_app, "toezeggingen verlopen")
    assert first.text == ("Meer dan 30 toezeggingen met termijn overschreden, waarvan meer dan 30 te laat. "
                          "Pagina 1 van meer dan 2.")
    assert len(first.items) == 15 and first.page is not None
    assert first.page.next_command == "toezeggingen verlopen pagina 2"
    # The last page counts as far as its own end, so there the number is exact again and nothing follows.
    last = ask(counting_app, "toezeggingen verlopen pagina 3")
    assert last.text == "35 toezeggingen met termijn overschreden. Pagina 3 van 3."
    assert len(last.items) == 5 and last.page is not None and not last.page.next_command


def test_the_late_part_is_counted_exactly_while_below_the_threshold(counting_app: App) -> None:
    _seed(counting_app, 10, UP_TO)
    reply = ask(counting_app, "toezeggingen mijn", HANS)
    assert reply.text.startswith("Meer dan 30 toezeggingen van jou, waarvan 10 te laat.")


def test_hidden_confidential_ones_are_counted_the_same_way(counting_app: App) -> None:
    _seed(counting_app, UP_TO + 5, confidential=True)
    reply = ask(counting_app, "toezeggingen verlopen", private=False)
    assert reply.text == "Geen toezeggingen gevonden met termijn overschreden."
    assert reply.notes == ("Meer dan 30 vertrouwelijke toezeggingen niet getoond; vraag ze op in een privégesprek "
                           "met mij.",)


def test_the_overview_says_more_than_too(counting_app: App) -> None:
    # An overview shows up to 50 items, so it counts at least that far.
    _seed(counting_app, 60)
    reply = ask(counting_app, "overzicht", HANS)
    assert "meer dan 50 open items waarvan jij eigenaar bent" in reply.text
    assert "… en nog meer." in reply.notes


def test_without_the_setting_lists_count_exactly(app: App) -> None:
    _seed(app, UP_TO + 5)
    assert ask(app, "toezeggingen verlopen").text == "35 toezeggingen met termijn overschreden. Pagina 1 van 3."


def test_the_weekly_digest_counts_like_the_overview(counting_app: App, clock: FixedClock) -> None:
    _seed(counting_app, 60)
    monday = clock.moment + dt.timedelta(days=(7 - clock.moment.weekday()) % 7)
    clock.moment = monday.replace(hour=10, minute=0)
    notifier = RecordingNotifier()
    worker = engine(counting_app, notifier, ReminderConfig(count_up_to=UP_TO))
    worker.plan()
    worker.deliver()
    worker.close()
    # Hans is no portefeuillehouder: the concernadviseur's weekoverzicht names the late ones organisation-wide.
    [digest] = [n for n in notifier.to(KARIN) if n.delivery_key.startswith("overzicht:")]
    assert digest.reply.fields[0].label == "Organisatiebreed over de termijn: meer dan 50"
    assert "… en nog meer." in digest.reply.notes
