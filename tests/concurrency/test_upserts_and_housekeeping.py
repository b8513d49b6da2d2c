"""Rows two turns may add at once, and the handled-request keys that must not grow forever."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from bot.clock import FixedClock
from handlers.messages import Actor, Address, IncomingCommand
from scheduler.housekeeping import KEEP_REQUEST_KEYS, forget_handled_requests
from tests.concurrency.helpers import at_once, side_by_side
from tests.conftest import make_app
from tests.dialogue import HANS


def test_two_first_messages_of_one_person_are_both_answered(database_url: str, clock: FixedClock) -> None:
    make_app(database_url, clock).close()
    actor = Actor("slack", "U0HANS", HANS, "Hans")
    with side_by_side(database_url, clock, 2) as apps:
        replies = at_once([
            lambda a=a, i=i: a.dispatcher.handle(
                IncomingCommand(actor, Address("slack", "D0HANS", True), "wie ben ik", clock.now(), f"Ev{i}")
            )
            for i, a in enumerate(apps)
        ])
        assert [r is not None and "Hans Bakker" in r.text for r in replies] == [True, True], replies
        with apps[0].uow_factory() as uow:
            linked = uow.people.by_platform_id("slack", "U0HANS")
        assert linked is not None and linked.email == HANS


def test_a_retry_arriving_during_the_first_request_is_answered_once(database_url: str, clock: FixedClock) -> None:
    make_app(database_url, clock).close()
    actor = Actor("slack", "U0HANS", HANS, "Hans")
    incoming = IncomingCommand(actor, Address("slack", "D0HANS", True), "wie ben ik", clock.now(), "Ev-same")
    with side_by_side(database_url, clock, 3) as apps:
        replies = [a.dispatcher.handle(incoming) for a in apps[:1]]
        replies += at_once([lambda a=a: a.dispatcher.handle(incoming) for a in apps[1:]])
    assert sum(r is not None for r in replies) == 1


def test_handled_request_keys_expire_well_after_any_platform_retry(app: App, clock: FixedClock) -> None:
    with app.uow_factory() as uow:
        assert uow.requests.first_time("slack:Ev-old", clock.now())
        uow.commit()
    clock.advance(dt.timedelta(hours=2))  # past Slack's retries (about an hour): still known
    with app.uow_factory() as uow:
        assert uow.requests.first_time("slack:Ev-new", clock.now())
        uow.commit()
    assert forget_handled_requests(app.uow_factory, clock) == 0
    with app.uow_factory() as uow:
        assert not uow.requests.first_time("slack:Ev-old", clock.now())
    clock.advance(KEEP_REQUEST_KEYS)
    assert forget_handled_requests(app.uow_factory, clock) == 1
    with app.uow_factory() as uow:
        assert uow.requests.first_time("slack:Ev-old", clock.now())
        assert not uow.requests.first_time("slack:Ev-new", clock.now())
