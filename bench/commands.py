"""Chat commands at national scale (on demand, not in the suite): p50/p99, reply size and query count.

For 1,000 / 10,000 / 100,000 (and on request 1,000,000) open toezeggingen (plus a tenth as many moties) over 200 people
(bench/seed.py: due dates a year back to a year ahead), on SQLite and on a throw-away PostgreSQL
database (bench/scratch.py), each command of the issue's table runs through the real core (the
dispatcher, as the console and the platforms call it) after the same start-up settling the server
does (bot.runtime.settle: a full collection, then gc.freeze). The query count of each command must
not grow with the data.

    .venv/bin/python bench/commands.py [--sizes 1000,10000,100000] [--backends sqlite,postgresql] [--runs 60] [--explain]
        [--keep [DATABASE]]

Ten times the data: --sizes 1000000 --backends postgresql (seeded with COPY).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import event  # noqa: E402

from bot.app import App, build_app  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.console.translate import render_reply, to_incoming  # noqa: E402
from bot.runtime import settle  # noqa: E402
from bot.settings import Settings  # noqa: E402
from scratch import create_database, drop_database, url_for  # noqa: E402
from seed import nummer, seed_items, seed_people  # noqa: E402

import datetime as dt  # noqa: E402

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=TIMEZONE)
KARIN = "karin.bos@noordwaard.example"  # concernadviseur (demo)
HANS = "hans.bakker@noordwaard.example"  # teamleider with an opdrachtgever (demo)
AMBTENAAR = "medewerker7@bench.example"
WETHOUDER = "manager0@bench.example"  # portefeuillehouder of a fifth of all items
BUDGET = 8.0  # seconds per command at most: the slow lists of today's main get fewer runs


def commands() -> list[tuple[str, str, Callable[[int], str]]]:
    """(label, who, text for run n)."""
    return [
        ("toezegging T-… (tonen)", KARIN, lambda n: f"toezegging {nummer(n * 7 % 900 + 1)[0]}"),
        ("toezegging stand T-… …", KARIN, lambda n: f"toezegging stand {nummer(n * 7 % 900 + 1)[0]} gesprek gepland {n}"),
        ("toezegging nieuw …", KARIN, lambda n: f"toezegging nieuw Benchmarkbrief {n}; portefeuillehouder: De Vries; "
                                                "eigenaar: Bakker; deadline: 1 maart 2027"),
        ("wie is mijn opdrachtgever?", HANS, lambda n: "wie is mijn opdrachtgever?"),
        ("toezeggingen mijn (ambtenaar)", AMBTENAAR, lambda n: "toezeggingen mijn"),
        ("toezeggingen mijn (wethouder)", WETHOUDER, lambda n: "toezeggingen mijn"),
        ("toezeggingen verlopen", KARIN, lambda n: "toezeggingen verlopen"),
        ("overzicht (concernadviseur)", KARIN, lambda n: "overzicht"),
        ("overzicht (wethouder)", WETHOUDER, lambda n: "overzicht"),
        ("overzicht (ambtenaar)", AMBTENAAR, lambda n: "overzicht"),
    ]


@contextmanager
def counting(app: App) -> Iterator[list[int]]:
    count = [0]

    def one(*_args: Any) -> None:
        count[0] += 1

    event.listen(app.database.engine, "before_cursor_execute", one)
    try:
        yield count
    finally:
        event.remove(app.database.engine, "before_cursor_execute", one)


def measure(app: App, who: str, text_for: Callable[[int], str], runs: int) -> tuple[float, list[float], int, int]:
    """The first run's time, the timings of the runs after it in ms, reply size in bytes (console rendering)
    and queries of the last run.

    The first run of a command in a process pays once for compiling its SQL and warming caches; it is printed
    on its own ('eerste') so p50/p99 describe a running server, and the one-off cost stays visible."""
    timings: list[float] = []
    size = queries = 0
    started = time.perf_counter()
    for n in range(runs + 1):
        incoming = to_incoming(text_for(n), who, app.clock.now())
        with counting(app) as count:
            t0 = time.perf_counter()
            reply = app.dispatcher.handle(incoming)
            timings.append((time.perf_counter() - t0) * 1000)
        assert reply is not None
        size, queries = len(render_reply(reply).encode()), count[0]
        if time.perf_counter() - started > BUDGET and n >= 4:
            break
    return timings[0], timings[1:], size, queries


def explain(app: App, who: str, text: str) -> None:
    """EXPLAIN ANALYZE of every SELECT one run of a command sends: the plan lines that name a scan, and the time."""
    sent: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(app.database.engine, "before_cursor_execute", keep)
    try:
        app.dispatcher.handle(to_incoming(text, who, app.clock.now()))
    finally:
        event.remove(app.database.engine, "before_cursor_execute", keep)
    with app.database.engine.connect() as conn:
        for statement, parameters in sent:
            plan = [row[0] for row in conn.exec_driver_sql("EXPLAIN (ANALYZE, COSTS OFF) " + statement, parameters)]
            scans = [line.strip().removeprefix("->  ") for line in plan if "Scan" in line or "Append" in line]
            took = next((line for line in plan if line.startswith("Execution Time")), "")
            print(f"    {' '.join(statement.split())[:90]}…")
            print(f"      {took}; " + " | ".join(scans[:4]))


def p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def run(size: int, backend: str, runs: int, plans: bool, keep: str | None = None) -> None:
    """keep: '' seeds a new PostgreSQL database and keeps it (its name is printed); a name reuses such a
    database as it is (seeding 1,000,000 rows and their indexes takes minutes; the runs add a few items)."""
    with tempfile.TemporaryDirectory() as folder:
        name = keep or (create_database() if backend == "postgresql" else "")
        url = url_for(name) if name else f"sqlite:///{folder}/bench.db"
        try:
            if not keep:
                started = time.perf_counter()
                people = seed_people(url, NOW)
                seed_items(url, size, people, NOW)
                print(f"\ngezaaid: {size} toezeggingen + {size // 10} moties in {time.perf_counter() - started:.0f} s"
                      + (f" (database {name} blijft staan)" if keep == "" else ""))
            app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False), clock=FixedClock(NOW))  # type: ignore[call-arg]
            settle()
            print(f"\n== {size} open toezeggingen (+{size // 10} moties), {backend} ==")
            print(f"{'commando':<32} {'eerste':>8} {'p50':>8} {'p99':>8} {'runs':>5} {'antwoord':>10} {'queries':>8}")
            for label, who, text_for in commands():
                first, timings, reply, queries = measure(app, who, text_for, runs)
                print(f"{label:<32} {first:>6.1f}ms {statistics.median(timings):>6.1f}ms {p99(timings):>6.1f}ms "
                      f"{len(timings):>5} {reply / 1024:>8.1f}KB {queries:>8}")
            if plans and backend == "postgresql":
                print("\nEXPLAIN ANALYZE van de lijsten en overzichten (één run):")
                for label, who, text_for in commands():
                    if label.startswith(("toezeggingen", "overzicht")):
                        print(f"  {label}")
                        explain(app, who, text_for(0))
            app.close()
        finally:
            if name and keep is None:
                drop_database(name)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--runs", type=int, default=60)
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE van elke lijstquery (PostgreSQL)")
    parser.add_argument("--keep", nargs="?", const="", default=None, metavar="DATABASE",
                        help="PostgreSQL: de gezaaide database laten staan, of een eerder gezaaide hergebruiken")
    args = parser.parse_args()
    for backend in args.backends.split(","):
        for size in (int(s) for s in args.sizes.split(",")):
            run(size, backend, args.runs, args.explain, args.keep if backend == "postgresql" else None)


if __name__ == "__main__":
    main()
