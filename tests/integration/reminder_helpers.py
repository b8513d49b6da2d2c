"""Shared by the reminder tests: a recording notifier, an engine on the test app, items with a due date."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.people import Person
from handlers.domain.toezegging import Toezegging
from handlers.messages import Notification
from handlers.ports import Unreachable
from handlers.reminders.config import ReminderConfig
from scheduler.engine import DeliveryConfig, ReminderEngine


class RecordingNotifier:
    def __init__(self, fail_times: int = 0, unreachable: set[str] | None = None) -> None:
        self.sent: list[tuple[Person, Notification]] = []
        self.fail_times = fail_times
        self.unreachable = unreachable or set()

    def deliver(self, person: Person, notification: Notification) -> None:
        if person.email in self.unreachable:
            raise Unreachable(f"{person.name}: geen platform")
        if self.fail_times:
            self.fail_times -= 1
            raise ConnectionError("platform even weg")
        self.sent.append((person, notification))

    def keys(self) -> list[str]:
        return [n.delivery_key for _p, n in self.sent]

    def to(self, email: str) -> list[Notification]:
        return [n for p, n in self.sent if p.email == email]


def engine(app: App, notifier: object, config: ReminderConfig | None = None) -> ReminderEngine:
    delivery = DeliveryConfig(concurrency=2, retry_base=dt.timedelta(minutes=1), retry_max=dt.timedelta(minutes=4))
    return ReminderEngine(app.uow_factory, app.clock, notifier, config or ReminderConfig(), delivery)  # type: ignore[arg-type]


def add_toezegging(app: App, due: dt.date, owner: str | None, ph: str = "anna.devries@noordwaard.example",
                   kind: DeadlineKind = DeadlineKind.DATE) -> str:
    with app.uow_factory() as uow:
        owner_id = uow.people.by_email(owner).id if owner else None  # type: ignore[union-attr]
        ph_id = uow.people.by_email(ph).id  # type: ignore[union-attr]
        nummer = uow.toezeggingen.next_nummer(2026)
        uow.toezeggingen.add(Toezegging(
            None, nummer, f"Brief over {nummer}", Deadline(due.isoformat(), kind, due, Precision.DAY),
            app.clock.now(), None, ph_id, owner_id,
        ))
        uow.commit()
    return nummer
