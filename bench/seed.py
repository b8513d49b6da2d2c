"""Bulk seeding for the benchmarks: 200 people and N open items whose deadlines exercise the planner.

Due dates are spread evenly over a year back and a year ahead of the benchmark's 'now': half of
the items are overdue (weekly reminders, escalations) and about one in twenty falls due within the
planning window (10 and 2 working days before, the due day). Rows go in with COPY on PostgreSQL and
multi-row INSERTs of 5,000 on SQLite, so 1,000,000 items take well under a minute on PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import JSON, Column, Engine, Table, insert, select

from bot.app import build_app
from bot.startup import prepare_database
from bot.clock import FixedClock
from bot.settings import Settings
from storage.database import Database
from storage.engine import make_engine
from handlers.domain.listdetails import nummer_sleutel
from storage.models import MotieRow, PersonRoleRow, PersonRow, ToezeggingRow

PEOPLE = 200
SPREAD_DAYS = 365


def _chunks(rows: Iterable[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    it = iter(rows)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


def _default(column: Column[Any]) -> Any:
    """A column's Python-side default as COPY takes it: JSON as its text."""
    default: Any = column.default
    value = default.arg(None) if default.is_callable else default.arg
    return json.dumps(value) if isinstance(column.type, JSON) else value


def _copy(engine: Engine, table: Table, rows: Iterator[dict[str, Any]]) -> None:
    """PostgreSQL's COPY through the engine's own psycopg connection: 1,000,000 rows in well under a minute,
    where multi-row INSERTs of 5,000 take several (the statement text is built and parsed per chunk). COPY
    knows nothing of the models' Python-side defaults, so the scalar ones are filled in here."""
    first = next(rows, None)
    if first is None:
        return
    defaults = {c.name: _default(c) for c in table.columns if c.name not in first and c.default is not None}
    first = {**defaults, **first}
    columns = list(first)
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:  # type: ignore[attr-defined]
            for row in itertools.chain([first], rows):
                copy.write_row([row.get(c, defaults.get(c)) for c in columns])
        connection.commit()
    finally:
        connection.close()


def seed_people(url: str, now: dt.datetime) -> list[int]:
    """The demo organisation, then 200 more people: 10 managers (each others' opdrachtgever) and their staff."""
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=True), clock=FixedClock(now))  # type: ignore[call-arg]
    prepare_database(app)
    app.close()
    engine = make_engine(url)
    with engine.begin() as conn:
        managers = [{"naam": f"Manager {n}", "email": f"manager{n}@bench.example", "functie": "teamleider",
                     "slack_user_id": f"UM{n:04d}"} for n in range(10)]
        conn.execute(insert(PersonRow), managers)
        boss_ids = list(conn.scalars(select(PersonRow.id).where(PersonRow.email.like("manager%@bench.example"))))
        staff = [{"naam": f"Medewerker {n}", "email": f"medewerker{n}@bench.example", "functie": "professional",
                  "slack_user_id": f"US{n:04d}", "opdrachtgever_id": boss_ids[n % len(boss_ids)]}
                 for n in range(PEOPLE - len(managers))]
        conn.execute(insert(PersonRow), staff)
        roles = [{"persoon_id": pid, "rol": "portefeuillehouder"} for pid in boss_ids[:5]]
        conn.execute(insert(PersonRoleRow), roles)
        people = list(conn.scalars(select(PersonRow.id).where(PersonRow.email.like("%@bench.example"))))
    engine.dispose()
    return people


def nummer(n: int) -> tuple[str, int, int]:
    """Item n's number: at most 9,000 per year (numbers have up to four digits), from 2010 to 2025, then from
    2100 on (1,000,000 items reach 2195): the years around the benchmark's 'now' belong to the demo items and
    to what 'toezegging nieuw' registers during the run."""
    jaren, volg = (n - 1) // 9000, (n - 1) % 9000 + 1
    jaar = 2010 + jaren if jaren < 16 else 2100 + jaren - 16
    return f"T-{jaar}-{volg:03d}", jaar, volg


def due_date(n: int, today: dt.date) -> dt.date:
    return today + dt.timedelta(days=(n * 7919) % (2 * SPREAD_DAYS) - SPREAD_DAYS)


def seed_items(url: str, count: int, people: list[int], now: dt.datetime) -> None:
    """`count` open toezeggingen and count/10 adopted moties over the given people."""
    engine: Engine = make_engine(url)
    today = now.date()
    toezeggingen = (
        {"nummer": nummer(n)[0], "sleutel": nummer_sleutel(nummer(n)[0]), "jaar": nummer(n)[1], "volgnummer": nummer(n)[2], "omschrijving": f"Benchmark-toezegging {n}",
         "portefeuillehouder_id": people[n % 5], "eigenaar_id": people[10 + n % (len(people) - 10)],
         "gremium": "", "aan": "", "deadline_tekst": due_date(n, today).isoformat(), "deadline_kind": "date",
         "deadline_due": due_date(n, today), "deadline_precision": "day", "status": "openstaand",
         "stand_van_zaken": "", "afdoening_referentie": "", "vertrouwelijk": n % 50 == 0, "created_at": now}
        for n in range(1, count + 1)
    )
    moties = (
        {"nummer": f"MB{n:06d}", "sleutel": f"MB{n:06d}", "titel": f"Benchmark-motie {n}", "dictum": "", "vergadering": "", "indieners": "",
         "fracties": "", "uitslag": "aangenomen", "portefeuillehouder_id": people[n % 5],
         "eigenaar_id": people[10 + n % (len(people) - 10)], "deadline_tekst": due_date(n, today).isoformat(),
         "deadline_kind": "date", "deadline_due": due_date(n, today), "deadline_precision": "day",
         "status": "openstaand", "stand_van_zaken": "", "afdoening_referentie": "", "vertrouwelijk": False,
         "created_at": now}
        for n in range(1, count // 10 + 1)
    )
    if engine.dialect.name == "postgresql":
        _copy(engine, ToezeggingRow.__table__, toezeggingen)
        _copy(engine, MotieRow.__table__, moties)
    else:
        with engine.begin() as conn:
            for chunk in _chunks(toezeggingen):
                conn.execute(insert(ToezeggingRow), chunk)
            for chunk in _chunks(moties):
                conn.execute(insert(MotieRow), chunk)
    if engine.dialect.name == "sqlite":
        database = Database(url)
        database.refresh_statistics()  # what every start and the housekeeping do
        database.close()
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            # What autovacuum does soon after a bulk load (PostgreSQL 13+ vacuums after inserts too): statistics
            # for the planner, and the visibility map that lets counts read the index alone.
            conn.exec_driver_sql("VACUUM ANALYZE")
    engine.dispose()
