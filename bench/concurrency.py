"""Benchmark: N people registering a toezegging at the same moment, then N people moving one deadline at once.

Run with `.venv/bin/python bench/concurrency.py` (PostgreSQL at SAMENSPEL_TEST_POSTGRES, a throw-away database
per N from bench/scratch.py). Each person is a thread with its own app and engine, as N server processes
would have; a barrier releases them together. Per command and N it prints how many were stored, lost
(told 'stored' but not in the database or the history, or the apology) and refused (a clear Dutch answer
instead), and the time per command (p50, p99). Nothing may be lost at any N.
"""
from __future__ import annotations

import datetime as dt
import re
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scratch import scratch_database  # noqa: E402
from bot.app import App, build_app
from bot.startup import prepare_database  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.console.translate import render_reply, to_incoming  # noqa: E402
from bot.settings import Settings  # noqa: E402
from handlers.ports import ToezeggingFilter  # noqa: E402
from handlers.texts import APOLOGY  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TIMEZONE)
KARIN = "karin.bos@noordwaard.example"
REGISTER = "toezegging nieuw Bench {i}; portefeuillehouder: De Vries; eigenaar: Bakker; deadline: over 3 weken"
NUMMER = re.compile(r"T-\d{4}-\d{3,4}")


def say(app: App, text: str) -> tuple[str, float]:
    started = time.perf_counter()
    reply = app.dispatcher.handle(to_incoming(text, KARIN, app.clock.now()))
    assert reply is not None
    return render_reply(reply), time.perf_counter() - started


def at_once(apps: list[App], text: Callable[[int], str]) -> list[tuple[str, float]]:
    barrier = threading.Barrier(len(apps))
    results: list[tuple[str, float]] = [("", 0.0)] * len(apps)

    def run(i: int) -> None:
        barrier.wait()
        results[i] = say(apps[i], text(i))

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(apps))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(command: str, n: int, stored: int, lost: int, refused: int, times: list[float]) -> None:
    print(f"{command:<14} N={n:<3} stored={stored:<3} lost={lost:<3} refused={refused:<3} "
          f"p50={percentile(times, 50) * 1000:7.1f} ms  p99={percentile(times, 99) * 1000:7.1f} ms")


def registrations(apps: list[App]) -> None:
    results = at_once(apps, lambda i: REGISTER.format(i=i))
    told = [NUMMER.search(r).group(0) for r, _t in results if "is geregistreerd" in r]  # type: ignore[union-attr]
    with apps[0].uow_factory() as uow:
        in_db = {t.nummer for t in uow.toezeggingen.find(ToezeggingFilter(open_only=False))}
    stored = len([x for x in told if x in in_db])
    apologies = sum(APOLOGY in r for r, _t in results)
    lost = len(told) - stored + apologies + (len(told) - len(set(told)))
    refused = len(results) - len(told) - apologies
    report("registreren", len(apps), stored, lost, refused, [t for _r, t in results])


def moves(apps: list[App]) -> None:
    nummer = NUMMER.search(say(apps[0], REGISTER.format(i="verzet"))[0]).group(0)  # type: ignore[union-attr]
    # Each to its own day: a move to the deadline it already has is (rightly) refused.
    day = lambda i: dt.date(2028, 1, 3) + dt.timedelta(days=i)  # noqa: E731
    results = at_once(apps, lambda i: f"toezegging verzet {nummer} naar {day(i):%d-%m-%Y} omdat bench {i}")
    told = sum(r.startswith(f"{nummer}:") for r, _t in results)
    with apps[0].uow_factory() as uow:
        history = [e for e in uow.audit.history("toezegging", nummer) if "deadline" in e.changes]
    chained = all(b.changes["deadline"][0] == a.changes["deadline"][1] for a, b in zip(history, history[1:]))
    recorded = len(history) - 1  # the registration itself
    apologies = sum(APOLOGY in r for r, _t in results)
    lost = max(told - recorded, 0) + apologies + (0 if chained else told)
    refused = len(results) - told - apologies
    report("verzetten", len(apps), recorded if chained else 0, lost, refused, [t for _r, t in results])


def main() -> None:
    for n in (1, 10, 50):
        with scratch_database() as url:
            settings = Settings(DATABASE_URL=url)  # type: ignore[call-arg]
            seeding = build_app(settings, FixedClock(NOW))
            prepare_database(seeding)
            seeding.close()
            apps = [build_app(settings, FixedClock(NOW)) for _ in range(n)]
            try:
                registrations(apps)
                moves(apps)
            finally:
                for app in apps:
                    app.close()


if __name__ == "__main__":
    main()
