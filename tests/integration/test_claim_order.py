"""What goes first when more is due than the platforms take at once: deadlines and escalations, then the rest,
then the weekoverzichten, whatever order they were planned in."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from handlers.reminders.codec import reply_to_json
from handlers.messages import OutgoingReply
from handlers.reminders.outbox import Channel, Planned, Priority
from scheduler.engine import DeliveryConfig, ReminderEngine
from handlers.reminders.config import ReminderConfig
from tests.conftest import NOW
from tests.dialogue import HANS
from tests.integration.reminder_helpers import RecordingNotifier, add_toezegging


def _planned(app: App, key: str, channel: Channel, minutes_ago: int, priority: Priority | None = None) -> Planned:
    with app.uow_factory() as uow:
        person = uow.people.all()[0].id
    assert person is not None
    at = NOW - dt.timedelta(minutes=minutes_ago)
    return Planned(key, person, channel, "", "", reply_to_json(OutgoingReply(text=key)), at, at + dt.timedelta(days=3),
                   priority=priority)


def test_a_deadline_and_an_escalation_are_claimed_before_digests_planned_earlier(app: App) -> None:
    rows = [
        *(_planned(app, f"overzicht:2026-W48:{n}", Channel.DIGEST, 90) for n in range(3)),
        _planned(app, "herinnering:toezegging:T-1:voor-10:2026-11-23:1", Channel.REMINDER, 60, Priority.SOON),
        _planned(app, "herinnering:toezegging:T-2:vervaldag:2026-11-23:1", Channel.REMINDER, 30, Priority.DEADLINE),
        _planned(app, "escalatie:toezegging:T-3:2026-W48:1", Channel.ESCALATION, 15),
    ]
    with app.uow_factory() as uow:
        uow.reminders.enqueue(rows)
        uow.commit()

    order = []
    for _ in range(3):
        with app.uow_factory() as uow:
            order.append([e.delivery_key.split(":")[0] + ":" + e.delivery_key.split(":")[2]
                          for e in uow.reminders.claim(NOW, NOW + dt.timedelta(minutes=2), 2)])
            uow.commit()

    assert order == [["herinnering:T-2", "escalatie:T-3"], ["herinnering:T-1", "overzicht:0"],
                     ["overzicht:1", "overzicht:2"]]


def test_on_monday_morning_every_digest_goes_out_after_the_deadlines(app: App) -> None:
    add_toezegging(app, NOW.date() - dt.timedelta(days=30), HANS)  # weeks late: a reminder and an escalation
    notifier = RecordingNotifier()
    # One at a time, a few per claim: the order sent is the order claimed.
    eng = ReminderEngine(app.uow_factory, app.clock, notifier, ReminderConfig(), DeliveryConfig(batch=3, concurrency=1))
    eng.sweep()
    eng.close()
    keys = notifier.keys()
    urgent = [i for i, key in enumerate(keys) if key.startswith("escalatie:") or ":verlopen-" in key]
    digests = [i for i, key in enumerate(keys) if key.startswith("overzicht:")]
    assert len(urgent) >= 2 and digests, keys
    assert max(urgent) < min(digests), keys
