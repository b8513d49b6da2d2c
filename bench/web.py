"""Web pages benchmark (on demand, not in the suite): 100,000 toezeggingen on PostgreSQL, real HTTP on loopback.

Seeds a throw-away database (bench/scratch.py, bench/seed.py: 200 people, 100,000 open toezeggingen, 10,000 moties),
gives the toezeggingen ten commissies and meeting days, and one item 100 history rows; then serves the app as
`samenspel serve` does and asks it, signed in through the development sign-in:

- filtered list pages (portefeuillehouder + te laat, eigenaar, commissie, vergadering, termijn, text, a deep page),
  as a concernadviseur and as a professional (whose read rule adds the confidential test): p50 / p99 server time;
- the item page with 100 history rows: p50 / p99 server time;
- the Excel export of 10,000 and of 1,000 rows: server time, and the peak Python memory (tracemalloc) of each.

Server time is measured by a middleware around the whole app (the page's own work, without the client).

    .venv/bin/python bench/web.py [--items 100000] [--runs 50]
"""
from __future__ import annotations

import argparse
import re
import datetime as dt
import statistics
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from sqlalchemy import create_engine, insert, text

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bot.app import build_app  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from scratch import scratch_database  # noqa: E402
from seed import seed_items, seed_people  # noqa: E402
from storage.models import AuditRow  # noqa: E402
from tests.web.browser import Browser, serving  # noqa: E402

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=TIMEZONE)
KARIN = "karin.bos@noordwaard.example"  # concernadviseur: reads everything
PROFESSIONAL = "medewerker7@bench.example"  # reads the confidential items she is involved in
COMMISSIES = ("Ruimte", "Bestuur", "Economie", "Mobiliteit", "Natuur", "Cultuur", "Financien", "Wonen", "Zorg",
              "Onderwijs")
FIRST_MEETING = dt.date(2026, 1, 7)
ITEM = "T-2010-001"
LISTS = (
    "/toezeggingen?portefeuillehouder=manager0@bench.example&te_laat=ja",
    "/toezeggingen?eigenaar=medewerker7@bench.example&sorteer=nummer",
    "/toezeggingen?commissie=Ruimte&status=alle",
    "/toezeggingen?vergadering=commissie+Ruimte+14-1-2026",
    "/toezeggingen?termijn_van=1-1-2027&termijn_tot=31-3-2027&sorteer=termijn-aflopend",
    "/toezeggingen?tekst=toezegging+4711",
    "/toezeggingen?pagina=40",
)
EXPORTS = {10_000: "/toezeggingen.xlsx?commissie=Ruimte", 1_000: "/toezeggingen.xlsx?vergadering=commissie+Ruimte+14-1-2026"}


def place_and_history(url: str) -> None:
    """Ten commissies (id % 10) and ten meeting days per commissie ((id / 10) % 10 weeks after the first), so a
    commissie holds 10,000 toezeggingen and one of its meetings 1,000; and 100 history rows for ITEM."""
    engine = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))
    cases = " ".join(f"WHEN {n} THEN 'commissie {name}'" for n, name in enumerate(COMMISSIES))
    with engine.begin() as conn:
        conn.execute(text(f"UPDATE toezeggingen SET gremium = CASE id % 10 {cases} END, "
                          "vergaderdatum = :first + ((id / 10) % 10) * 7"), {"first": FIRST_MEETING})
        conn.execute(insert(AuditRow), [
            {"entity": "toezegging", "key": ITEM, "action": "stand", "actor_id": None, "actor_name": "Karin Bos",
             "at": NOW - dt.timedelta(days=100 - n), "changes": {"stand_van_zaken": [f"stand {n - 1}", f"stand {n}"]},
             "reason": ""}
            for n in range(100)
        ])
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()


class Timings:
    """Server time per path, from a middleware around the whole app."""

    def __init__(self) -> None:
        self.seconds: dict[str, list[float]] = {}

    @web.middleware
    async def middleware(self, request: web.Request,
                         handler: Callable[[web.Request], Awaitable[web.StreamResponse]]) -> web.StreamResponse:
        start = time.perf_counter()
        try:
            return await handler(request)
        finally:
            self.seconds.setdefault(request.path_qs, []).append(time.perf_counter() - start)


def p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with scratch_database() as url:
        t0 = time.perf_counter()
        people = seed_people(url, NOW)
        seed_items(url, args.items, people, NOW)
        place_and_history(url)
        print(f"seeded {args.items:,} toezeggingen in {time.perf_counter() - t0:.1f} s")
        settings = Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False,  # type: ignore[call-arg]
                            SAMENSPEL_WEB_ONTWIKKELAANMELDING=True, HOST="127.0.0.1")
        app = build_app(settings, clock=FixedClock(NOW))
        timings = Timings()
        try:
            with serving(app, outer=(timings.middleware,)) as site:
                report(site, timings, args.runs)
        finally:
            app.close()


def report(site: str, timings: Timings, runs: int) -> None:
    every: list[float] = []
    for who in (KARIN, PROFESSIONAL):
        browser = Browser(site)
        assert browser.sign_in(who).status == 200, who
        print(f"\nlist pages as {who} ({runs} runs each, server time):")
        for path in LISTS:
            page = browser.get(path)  # warm: statement cache, connection pool
            assert page.status == 200, (path, page.text[:300])
            timings.seconds.clear()
            for _ in range(runs):
                browser.get(path)
            seconds = timings.seconds[path]
            every.extend(seconds)
            found = re.search(r"(\d+|Geen) toezegging(?:en)? gevonden", page.text)
            print(f"  {path:<90} p50 {ms(statistics.median(seconds)):>9}  p99 {ms(p(seconds, 0.99)):>9}  ({found.group(0) if found else '?'})")
    print(f"  all list pages: p50 {ms(statistics.median(every))}, p99 {ms(p(every, 0.99))} (goal: p99 < 50 ms)")

    browser = Browser(site)
    browser.sign_in(KARIN)
    item = f"/toezeggingen/{ITEM}"
    page = browser.get(item)
    assert page.status == 200 and page.text.count("stand ") >= 100, page.text[:300]
    timings.seconds.clear()
    for _ in range(runs):
        browser.get(item)
    seconds = timings.seconds[item]
    print(f"\nitem page with 100 history rows: p50 {ms(statistics.median(seconds))}, p99 {ms(p(seconds, 0.99))} "
          "(goal: < 30 ms)")

    print("\nExcel export (server time; peak Python memory with tracemalloc, a separate run):")
    for rows, path in EXPORTS.items():
        timings.seconds.clear()
        response, sheet = browser.download(path)
        assert response.status_code == 200, (path, response.status_code)
        took = timings.seconds[path][0]
        tracemalloc.start()
        assert browser.session.get(site + path, timeout=120).status_code == 200  # the bytes only, not parsed here
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"  {len(sheet) - 1:>6,} rows: {took:.2f} s, {len(response.content) / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB"
              + (" (goal: < 3 s)" if rows == 10_000 else ""))


if __name__ == "__main__":
    main()
