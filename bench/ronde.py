"""Stand-van-zakenronde benchmark (on demand, not in the suite): PostgreSQL, a Slack stand-in on loopback.

Seeds 2,000 open toezeggingen over 300 owners on a throw-away database (bench/scratch.py), then times:
starting the round (`ronde start alle …` through the core, as a concernadviseur types it), the worker sending
every request (the reminder engine with the real Slack notifier against a stand-in with 1 ms latency), and
producing the list for the raad (.xlsx and .docx). Prints the counts too: one request per owner, no duplicates.

    .venv/bin/python bench/ronde.py [--items 2000] [--owners 300]
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import build_app
from bot.startup import prepare_database  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.console.translate import to_incoming  # noqa: E402
from bot.reminders import build_engine, build_notifier  # noqa: E402
from bot.settings import Settings  # noqa: E402
from handlers.commands.ronde.lijst import raadslijst  # noqa: E402
from storage.exporters.ronde import write_docx, write_xlsx  # noqa: E402
from storage.models import PersonRow, ToezeggingRow  # noqa: E402
from tests.standins.slack_api import Behaviour, SlackStandIn  # noqa: E402
from scratch import scratch_database  # noqa: E402

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=TIMEZONE)  # a Wednesday, within working hours
KARIN = "karin.bos@noordwaard.example"


def seed(url: str, items: int, owners: int) -> None:
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=True), clock=FixedClock(NOW))  # type: ignore[call-arg]
    prepare_database(app)
    with app.uow_factory() as uow:
        holders = [p.id for p in uow.people.all() if p.is_portefeuillehouder and p.id is not None]
    app.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        ids = list(conn.execute(insert(PersonRow).returning(PersonRow.id), [
            {"naam": f"Eigenaar {n}", "email": f"eigenaar{n}@bench.example", "functie": "", "slack_user_id": f"UB{n:05d}"}
            for n in range(owners)
        ]).scalars())
        conn.execute(insert(ToezeggingRow), [
            {"nummer": f"T-2029-{n:06d}", "jaar": 2029, "volgnummer": n, "omschrijving": f"Benchmark-toezegging {n}",
             "portefeuillehouder_id": holders[n % len(holders)], "eigenaar_id": ids[n % len(ids)],
             "gremium": "Staten", "aan": "", "deadline_tekst": "2029", "deadline_kind": "date",
             "deadline_due": dt.date(2029, 12, 31), "deadline_precision": "year", "status": "openstaand",
             "stand_van_zaken": f"Stand {n}", "afdoening_referentie": "", "vertrouwelijk": n % 50 == 0, "created_at": NOW}
            for n in range(1, items + 1)
        ])
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--owners", type=int, default=300)
    args = parser.parse_args()
    slack = SlackStandIn(Behaviour(latency=0.001)).start()
    try:
        with scratch_database() as url:
            seed(url, args.items, args.owners)
            settings = Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False, SLACK_BOT_TOKEN="xoxb-bench",  # type: ignore[call-arg]
                                SLACK_SIGNING_SECRET="bench", SLACK_API_URL=slack.url)
            app = build_app(settings, clock=FixedClock(NOW))
            try:
                t0 = time.perf_counter()
                reply = app.dispatcher.handle(to_incoming(
                    "ronde start alle; sluit: over 10 werkdagen 12:00; voor: raad 17 december", KARIN, NOW))
                started = time.perf_counter() - t0
                assert reply is not None
                print(reply.text)
                print(f"ronde start: {started:.2f} s")
                engine = build_engine(app, build_notifier(app))
                t0 = time.perf_counter()
                delivered = engine.deliver()
                sending = time.perf_counter() - t0
                engine.close()
                keys = slack.keys()
                requests = {k: c for k, c in keys.items() if k.startswith("ronde:")}
                print(f"worker: {delivered} verzoeken bezorgd in {sending:.2f} s "
                      f"({len(requests)} verschillende, dubbel: {sum(c - 1 for c in requests.values())})")
                t0 = time.perf_counter()
                with app.uow_factory() as uow:
                    ronde = uow.rondes.current()
                    assert ronde is not None
                    lijst = raadslijst(uow, ronde, None)
                with tempfile.TemporaryDirectory() as folder:
                    write_xlsx(lijst, Path(folder) / "lijst.xlsx")
                    write_docx(lijst, Path(folder) / "lijst.docx")
                    sizes = sum(f.stat().st_size for f in Path(folder).iterdir())
                listed = sum(len(rows) for _ph, rows in lijst.per_portefeuillehouder)
                print(f"lijst: {listed} punten (+{lijst.weggelaten} vertrouwelijk weggelaten), xlsx en docx "
                      f"({sizes // 1024} KiB) in {time.perf_counter() - t0:.2f} s")
            finally:
                app.close()
    finally:
        slack.stop()


if __name__ == "__main__":
    main()
