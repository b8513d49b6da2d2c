"""Benchmark: one agenda announcement sweep on SQLite with a busy agenda.

Run with `.venv/bin/python bench/agenda.py`. Builds a throw-away database with the demo organisation,
10 PO clusters, 40 points per PO meeting over 8 weeks and 200 lobby actions, then times the sweep that
sends (to counting fakes) and the sweep right after it that finds everything already announced.
"""
from __future__ import annotations

import datetime as dt
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from sqlalchemy import text

from bot.agenda_config import agenda_instellingen
from bot.app import App, build_app
from bot.startup import prepare_database
from bot.clock import TIMEZONE, FixedClock
from bot.settings import Settings
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.agenda.schedule import ensure_schedule
from handlers.domain.agenda import AgendaInstellingen, AgendaPunt, Fase, punt_nummer
from handlers.domain.lobby import LobbyActie, lobby_nummer
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from scheduler.agenda import run_agenda_sweep

NOW = dt.datetime(2026, 11, 27, 9, 0, tzinfo=TIMEZONE)
CLUSTERS = ", ".join(f"PO Cluster {n}" for n in range(1, 11))


class Counting:
    def __init__(self) -> None:
        self.count = 0

    def post(self, channel: str, reply: OutgoingReply) -> None:
        self.count += 1

    def deliver(self, person: Person, notification: Notification) -> None:
        self.count += 1


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(DATABASE_URL=f"sqlite:///{Path(folder) / 'bench.db'}", SAMENSPEL_AGENDA_PO=CLUSTERS)  # type: ignore[call-arg]
        app = build_app(settings, FixedClock(NOW))
        prepare_database(app)  # the demo people, without the demo's own agenda point
        ins = replace(agenda_instellingen(settings), kanaal="console")
        points = _fill(app, ins)
        sends, repeats, sent = [], [], 0
        for _round in range(3):
            with app.database.engine.begin() as conn:  # forget earlier rounds so every round sends again
                conn.execute(text("DELETE FROM agenda_aankondigingen"))
            counter = Counting()
            start = time.perf_counter()
            run_agenda_sweep(app.uow_factory, app.clock, counter, counter, ins)
            sends.append(time.perf_counter() - start)
            sent = counter.count
            start = time.perf_counter()
            run_agenda_sweep(app.uow_factory, app.clock, counter, counter, ins)
            repeats.append(time.perf_counter() - start)
        app.close()
    print(f"agenda points: {points}, announcements per sweep: {sent}")
    print(f"sweep that sends:        median {statistics.median(sends) * 1000:.0f} ms over 3 rounds")
    print(f"sweep with nothing new:  median {statistics.median(repeats) * 1000:.0f} ms over 3 rounds")


def _fill(app: App, ins: AgendaInstellingen) -> int:
    count = 0
    with app.uow_factory() as uow:
        ensure_schedule(uow, ins, NOW.date(), NOW.date() + dt.timedelta(weeks=8))
        people = [p.id for p in uow.people.all()]
        for v in uow.agenda.vergaderingen(NOW.date(), NOW.date() + dt.timedelta(weeks=8)):
            assert v.id is not None
            for n in range(40):
                count += 1
                uow.agenda.add_punt(AgendaPunt(
                    None, punt_nummer(2026, count), v.id, f"Onderwerp {count}", list(Fase)[n % 3], NOW,
                    v.stukken_deadline, portefeuillehouder_id=people[n % 4], opdrachtnemer_id=people[7 + n % 6],
                    vertrouwelijk=n % 10 == 0,
                ))
        for n in range(1, 201):
            due = NOW.date() + dt.timedelta(days=n % 60)
            uow.lobby.add(LobbyActie(None, lobby_nummer(2026, n), f"Dossier {n % 12}", f"Doel {n}", "IenW",
                                     Deadline(due.isoformat(), DeadlineKind.DATE, due, Precision.DAY), NOW))
        uow.commit()
    return count


if __name__ == "__main__":
    main()
