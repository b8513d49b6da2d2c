"""Shared by the concurrency tests: apps side by side on one database, and the audit chain invariant."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from bot.app import App, build_app
from bot.clock import FixedClock
from bot.settings import Settings
from handlers.commands.followed.render import deadline_value
from handlers.texts import APOLOGY

T = TypeVar("T")


@contextmanager
def side_by_side(url: str, clock: FixedClock, n: int) -> Iterator[list[App]]:
    """n apps, each with its own engine (as n server processes would have), on an already prepared database."""
    apps = [build_app(Settings(DATABASE_URL=url), clock=clock) for _ in range(n)]  # type: ignore[call-arg]
    try:
        yield apps
    finally:
        for app in apps:
            app.close()


def at_once(calls: list[Callable[[], T]]) -> list[T]:
    """Runs the calls in real threads released together by a barrier; returns their results in order."""
    barrier = threading.Barrier(len(calls))
    results: list[T | None] = [None] * len(calls)
    errors: list[BaseException] = []

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = calls[i]()
        except BaseException as error:  # re-raised below, in the test's thread
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise errors[0]
    return [r for r in results if r is not None]


def assert_no_apology(replies: list[str]) -> None:
    assert not [r for r in replies if APOLOGY in r], replies


def assert_chain(app: App, entity: str, nummer: str) -> None:
    """Each entry's old value is the previous entry's new value; the stored value is the last entry's new."""
    with app.uow_factory() as uow:
        history = uow.audit.history(entity, nummer)
        item = uow.toezeggingen.get(nummer) if entity == "toezegging" else uow.moties.get(nummer)
    assert item is not None
    stored = {"deadline": deadline_value(item), "stand_van_zaken": item.stand_van_zaken or None}
    last: dict[str, str | None] = {}
    for entry in history:
        for name, (old, new) in entry.changes.items():
            if name in last:
                assert old == last[name], f"{nummer} {name}: '{old}' follows '{last[name]}' ({entry.action})"
            last[name] = new
    for name, value in stored.items():
        if name in last:
            assert last[name] == value, f"{nummer} {name}: stored '{value}', history ends at '{last[name]}'"
