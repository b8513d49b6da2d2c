"""Many people at the same moment, each through their own app and engine: nothing lost, nothing overwritten.

On today's main 18 of 20 simultaneous registrations on PostgreSQL (7 of 8 on SQLite) got the apology and were
gone; two simultaneous deadline moves both 'succeeded' with a history holding the same old value twice.
"""
from __future__ import annotations

import datetime as dt
import re

import pytest

from bot.clock import FixedClock
from handlers.ports import ToezeggingFilter
from tests.concurrency.helpers import assert_chain, assert_no_apology, at_once, side_by_side
from tests.conftest import make_app
from tests.dialogue import ANNA, HANS, KARIN, say

NUMMER = re.compile(r"T-2026-\d{3}")
REGISTER = "toezegging nieuw Brief {i} sturen; portefeuillehouder: De Vries; eigenaar: Bakker; deadline: over 3 weken"


def _how_many(database_url: str) -> int:
    return 20 if database_url.startswith("postgresql") else 8


def test_simultaneous_registrations_are_all_stored_with_unique_numbers(database_url: str, clock: FixedClock) -> None:
    make_app(database_url, clock).close()
    n = _how_many(database_url)
    with side_by_side(database_url, clock, n) as apps:
        replies = at_once([lambda a=a, i=i: say(a, REGISTER.format(i=i)) for i, a in enumerate(apps)])
        assert_no_apology(replies)
        assert all("is geregistreerd" in r for r in replies), replies
        numbers = [NUMMER.search(r).group(0) for r in replies]  # type: ignore[union-attr]
        assert len(set(numbers)) == n
        with apps[0].uow_factory() as uow:
            stored = {t.omschrijving for t in uow.toezeggingen.find(ToezeggingFilter())}
        assert {f"Brief {i} sturen" for i in range(n)} <= stored
        # Gap-free: the numbers of this year run on from the demo's without holes.
        volg = sorted(int(x.rsplit("-", 1)[1]) for x in numbers)
        assert volg == list(range(volg[0], volg[0] + n))


def test_two_moves_at_once_keep_the_history_a_chain(database_url: str, clock: FixedClock) -> None:
    app = make_app(database_url, clock)
    reply = say(app, REGISTER.format(i="x"))
    nummer = NUMMER.search(reply).group(0)  # type: ignore[union-attr]
    with side_by_side(database_url, clock, 2) as (one, two):
        for round_ in range(10):
            replies = at_once([
                lambda: say(one, f"toezegging verzet {nummer} naar Q{round_ % 4 + 1} 2027 omdat A", KARIN),
                lambda: say(two, f"toezegging verzet {nummer} naar {round_ % 28 + 1}-3-2028 omdat B", HANS),
            ])
            assert_no_apology(replies)
            assert_chain(app, "toezegging", nummer)
    app.close()


def test_stand_and_move_at_once_never_revert_an_acknowledged_move(database_url: str, clock: FixedClock) -> None:
    app = make_app(database_url, clock)
    nummer = NUMMER.search(say(app, REGISTER.format(i="y"))).group(0)  # type: ignore[union-attr]
    with side_by_side(database_url, clock, 2) as (one, two):
        for round_ in range(10):
            target = f"{round_ + 1}-6-2028"
            moved, _stand = at_once([
                lambda: say(one, f"toezegging verzet {nummer} naar {target} omdat de raad later vergadert", KARIN),
                lambda: say(two, f"toezegging stand {nummer} ronde {round_}: brief in concept", ANNA),
            ])
            assert_no_apology([moved, _stand])
            if moved.startswith(f"{nummer}:"):  # the user was told the deadline moved: so it did
                with app.uow_factory() as uow:
                    item = uow.toezeggingen.get(nummer)
                assert item is not None and item.deadline.due == dt.date(2028, 6, round_ + 1)
            assert_chain(app, "toezegging", nummer)
    app.close()


@pytest.mark.parametrize("command", ["abonneer moties"])
def test_the_same_subscription_twice_at_once_is_one_subscription(database_url: str, clock: FixedClock, command: str) -> None:
    make_app(database_url, clock).close()
    with side_by_side(database_url, clock, 4) as apps:
        replies = at_once([lambda a=a: say(a, command, KARIN) for a in apps])
        assert_no_apology(replies)
        with apps[0].uow_factory() as uow:
            karin = uow.people.by_email(KARIN)
            assert karin is not None
            assert uow.moties.subscribers().count(karin.id) == 1  # type: ignore[arg-type]
