"""Planning at national scale: overdue work folded per recipient, and sweeps that read only what is new.

On SQLite and PostgreSQL, with the demo organisation and a fixed clock (Monday 23 November 2026).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from bot.app import App
from bot.clock import TIMEZONE
from handlers.deadlines import add_working_days
from handlers.messages import Notification
from tests.dialogue import HANS, say
from tests.integration.reminder_helpers import RecordingNotifier, add_toezegging, engine

FRANK = "frank.smit@noordwaard.example"  # Hans Bakker's ambtelijk opdrachtgever
ITEM_TABLES = ("toezeggingen", "moties", "lobby_acties")


@contextmanager
def statements(app: App) -> Iterator[list[str]]:
    """Every SQL statement the app sends while the block runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        seen.append(statement)

    event.listen(app.database.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(app.database.engine, "before_cursor_execute", record)


def reads_items(seen: list[str]) -> list[str]:
    return [s for s in seen if any(f"FROM {table}" in s for table in ITEM_TABLES)]


def of(notifier: RecordingNotifier, email: str, prefix: str) -> list[Notification]:
    return [n for n in notifier.to(email) if n.delivery_key.startswith(prefix)]


def test_overdue_items_reach_their_owner_and_opdrachtgever_in_one_message_each(app: App) -> None:
    overdue = [add_toezegging(app, due, HANS) for due in (dt.date(2026, 10, 30), dt.date(2026, 11, 2), dt.date(2026, 11, 6))]
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    eng.sweep()
    [reminder] = of(notifier, HANS, "herinnering:")
    assert reminder.reply.text.startswith("Herinnering: 3 items waarvan jij eigenaar bent zijn over de termijn")
    assert [i.key for i in reminder.reply.items] == overdue  # longest overdue first
    [escalation] = of(notifier, FRANK, "escalatie:")
    assert escalation.reply.text.startswith("Ter informatie (escalatie): 3 items")
    assert {i.key for i in escalation.reply.items} == set(overdue)
    eng.close()


def test_a_long_overdue_list_shows_the_count_and_the_first_page(app: App) -> None:
    overdue = [add_toezegging(app, dt.date(2026, 10, 1) + dt.timedelta(days=n), HANS) for n in range(14)]
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    [escalation] = of(notifier, FRANK, "escalatie:")
    assert escalation.reply.text.startswith("Ter informatie (escalatie): 14 items")
    assert [i.key for i in escalation.reply.items] == overdue[:10]
    assert escalation.reply.notes == ("… en nog 4 meer: 'toezeggingen verlopen' of 'overzicht' toont ze.",)
    eng.close()


def test_the_next_week_folds_again_and_a_newly_overdue_item_comes_on_its_own(app: App) -> None:
    add_toezegging(app, dt.date(2026, 10, 30), HANS)
    add_toezegging(app, dt.date(2026, 11, 2), HANS)
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    late = add_toezegging(app, dt.date(2026, 11, 5), HANS)  # 12 working days overdue: escalated at once
    eng.sweep()
    escalations = of(notifier, FRANK, "escalatie:")
    assert [len(n.reply.items) for n in escalations] == [2, 1]
    assert escalations[1].reply.text.startswith(f"Ter informatie (escalatie): Toezegging {late} van Hans Bakker")
    app.clock.moment = dt.datetime(2026, 11, 30, 9, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    assert [len(n.reply.items) for n in of(notifier, FRANK, "escalatie:")] == [2, 1, 3]
    eng.close()


def test_a_sweep_with_nothing_new_plans_nothing_and_reads_no_open_items(app: App) -> None:
    add_toezegging(app, dt.date(2026, 11, 6), HANS)
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    app.clock.advance(dt.timedelta(hours=2))  # type: ignore[attr-defined]
    with statements(app) as seen:
        assert eng.plan() == 0
    assert reads_items(seen) == []
    eng.close()


def test_an_item_changed_after_a_sweep_is_planned_in_the_next(app: App) -> None:
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    soon = add_toezegging(app, add_working_days(dt.date(2026, 11, 23), 10), HANS)  # voor-10 is today
    moved = add_toezegging(app, dt.date(2027, 6, 1), HANS)
    say(app, f"toezegging verzet {moved} naar {add_working_days(dt.date(2026, 11, 23), 2).isoformat()} "
             "omdat de raad het eerder wil", HANS)
    with statements(app) as seen:
        eng.sweep()
    texts = [n.reply.text for n in of(notifier, HANS, "herinnering:")]
    assert f"Herinnering: Toezegging {soon} moet over 10 werkdagen af zijn (ma 7 december 2026)." in texts
    assert f"Herinnering: Toezegging {moved} moet over 2 werkdagen af zijn (wo 25 november 2026)." in texts
    # Only the two changed items were read, by number, not every open item.
    assert all("nummer IN" in s for s in reads_items(seen)), reads_items(seen)
    eng.close()


def test_the_next_day_plans_what_became_due_without_reading_everything(app: App) -> None:
    due = add_working_days(dt.date(2026, 11, 24), 2)  # voor-2 falls on Tuesday 24 November
    nummer = add_toezegging(app, due, HANS)
    notifier = RecordingNotifier()
    eng = engine(app, notifier)
    eng.sweep()
    assert not [n for n in of(notifier, HANS, "herinnering:") if nummer in n.reply.text]
    app.clock.moment = dt.datetime(2026, 11, 24, 9, 0, tzinfo=TIMEZONE)  # type: ignore[attr-defined]
    eng.sweep()
    [reminder] = [n for n in of(notifier, HANS, "herinnering:") if nummer in n.reply.text]
    assert reminder.reply.text.startswith(f"Herinnering: Toezegging {nummer} moet over 2 werkdagen af zijn")
    eng.close()


def test_an_overview_section_takes_its_first_items_across_kinds_in_one_order(app: App) -> None:
    """The first page of a digest section is chosen across toezeggingen and moties together: the earliest due of
    either kind, never the first N of each."""
    from handlers.deadlines import Deadline, DeadlineKind, Precision
    from handlers.domain.followup import Scope
    from handlers.domain.motie import Motie

    with app.uow_factory() as uow:
        hans = uow.people.by_email(HANS)
        assert hans is not None and hans.id is not None
        before = uow.planning.page(Scope(eigenaar_id=hans.id), 5).count  # the demo's own items of Hans
    # Earlier than anything in the demo, alternating kinds day by day.
    toezeggingen = {add_toezegging(app, dt.date(2020, 6, 1) + dt.timedelta(days=2 * n), HANS): 2 * n for n in range(6)}
    with app.uow_factory() as uow:
        for n in range(6):
            due = dt.date(2020, 6, 1) + dt.timedelta(days=2 * n + 1)
            uow.moties.add(Motie(id=None, nummer=f"M2026-{n + 1:03d}", titel=f"Motie {n}", created_at=app.clock.now(),
                                 deadline=Deadline(due.isoformat(), DeadlineKind.DATE, due, Precision.DAY), eigenaar_id=hans.id))
        uow.commit()
    with app.uow_factory() as uow:
        page = uow.planning.page(Scope(eigenaar_id=hans.id), 5)
    assert page.count == before + 12
    first = sorted(toezeggingen, key=toezeggingen.__getitem__)
    assert [f.key for f in page.first] == [first[0], "M2026-001", first[1], "M2026-002", first[2]]
