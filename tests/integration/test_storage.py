"""Storage on SQLite and PostgreSQL: schema from migrations, transactions, numbering, request log."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from bot.clock import TIMEZONE
from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.audit import AuditEntry
from handlers.domain.people import Person, Rol
from handlers.domain.toezegging import Toezegging
from handlers.ports import ToezeggingFilter
from storage.database import Database
from storage.models import Base

AT = dt.datetime(2026, 11, 23, 10, 0, tzinfo=TIMEZONE)


@pytest.fixture
def database(database_url: str) -> Database:
    db = Database(database_url)
    db.migrate()
    yield db  # type: ignore[misc]
    db.close()


def _toezegging(nummer: str, due: dt.date | None = dt.date(2027, 6, 30)) -> Toezegging:
    deadline = Deadline("voor de zomer", DeadlineKind.DATE, due, Precision.MOMENT)
    return Toezegging(None, nummer, "Brief sturen", deadline, created_at=AT)


def test_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert differences == []


def test_migrating_twice_is_harmless(database: Database) -> None:
    database.migrate()


def test_an_overdue_page_on_sqlite_reads_the_list_order_index_instead_of_sorting(tmp_path: Path) -> None:
    """SQLite plans without statistics until ANALYZE runs; every start (and the hourly housekeeping) refreshes them,
    so 'toezeggingen verlopen' reads 15 index entries instead of sorting every overdue item. (PostgreSQL keeps its
    statistics itself: autovacuum.)"""
    database = Database(f"sqlite:///{tmp_path}/lijst.db")
    database.migrate()
    with database.uow_factory() as uow:
        for n in range(300):
            uow.toezeggingen.add(_toezegging(f"T-2020-{n + 1:03d}", dt.date(2020, 1, 1) + dt.timedelta(days=n)))
        uow.commit()
    query = ("SELECT id FROM toezeggingen WHERE status IN (?, ?, ?) AND deadline_due < ? "
             "ORDER BY deadline_due NULLS LAST, nummer LIMIT 15")
    values = ("openstaand", "afdoening voorgesteld", "deels voldaan", "2026-11-25")

    def plan() -> str:
        with database.engine.connect() as conn:
            return " ".join(str(row[-1]) for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + query, values))

    assert "TEMP B-TREE" in plan()  # what a database without statistics does
    database.migrate()  # a start
    assert "ix_toezeggingen_urgentie" in plan() and "TEMP B-TREE" not in plan()
    database.close()


def test_toezegging_round_trip_with_person_and_aware_times(database: Database) -> None:
    with database.uow_factory() as uow:
        anna = uow.people.add(Person(None, "Anna de Vries", "Anna.deVries@x.example", roles=frozenset({Rol.PORTEFEUILLEHOUDER})))
        t = _toezegging(uow.toezeggingen.next_nummer(2026))
        t.portefeuillehouder_id = anna.id
        uow.toezeggingen.add(t)
        uow.commit()
    with database.uow_factory() as uow:
        found = uow.toezeggingen.get("T-2026-001")
        assert found is not None
        assert found.deadline == Deadline("voor de zomer", DeadlineKind.DATE, dt.date(2027, 6, 30), Precision.MOMENT)
        assert found.created_at == AT
        assert uow.people.by_email("anna.devries@X.example") is not None
        assert [p.name for p in uow.people.with_role(Rol.PORTEFEUILLEHOUDER)] == ["Anna de Vries"]
        assert uow.toezeggingen.find(ToezeggingFilter(portefeuillehouder_id=anna.id))[0].nummer == "T-2026-001"


def test_numbering_continues_per_year(database: Database) -> None:
    with database.uow_factory() as uow:
        for _ in range(3):
            uow.toezeggingen.add(_toezegging(uow.toezeggingen.next_nummer(2026)))
        uow.toezeggingen.add(_toezegging(uow.toezeggingen.next_nummer(2027)))
        uow.commit()
        assert uow.toezeggingen.next_nummer(2026) == "T-2026-004"
        assert uow.toezeggingen.next_nummer(2027) == "T-2027-002"


def test_uncommitted_change_and_its_audit_vanish_together(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.toezeggingen.add(_toezegging("T-2026-001"))
        uow.audit.record(AuditEntry("toezegging", "T-2026-001", "nieuw", None, AT, {"status": (None, "openstaand")}))
        # no commit: as when a command fails halfway
    with database.uow_factory() as uow:
        assert uow.toezeggingen.get("T-2026-001") is None
        assert uow.audit.history("toezegging", "T-2026-001") == []


def test_audit_keeps_old_and_new_values_and_reason(database: Database) -> None:
    entry = AuditEntry("toezegging", "T-2026-001", "verzet", None, AT, {"deadline": ("Q2 2027", "Q3 2027")}, "uitloop", "Karin")
    with database.uow_factory() as uow:
        uow.audit.record(entry)
        uow.commit()
    with database.uow_factory() as uow:
        assert uow.audit.history("toezegging", "T-2026-001") == [entry]


def test_overdue_and_due_until_filters(database: Database) -> None:
    with database.uow_factory() as uow:
        uow.toezeggingen.add(_toezegging("T-2026-001", dt.date(2026, 11, 1)))
        uow.toezeggingen.add(_toezegging("T-2026-002", dt.date(2026, 12, 20)))
        uow.toezeggingen.add(_toezegging("T-2026-003", None))
        uow.commit()
        overdue = uow.toezeggingen.find(ToezeggingFilter(overdue_on=dt.date(2026, 11, 23)))
        soon = uow.toezeggingen.find(ToezeggingFilter(due_until=dt.date(2026, 12, 31)))
    assert [t.nummer for t in overdue] == ["T-2026-001"]
    assert [t.nummer for t in soon] == ["T-2026-001", "T-2026-002"]


def test_request_log_sees_a_retry_once_across_transactions(database: Database) -> None:
    with database.uow_factory() as uow:
        assert uow.requests.first_time("slack:Ev123", AT)
        assert not uow.requests.first_time("slack:Ev123", AT)
        uow.toezeggingen.add(_toezegging("T-2026-001"))  # the transaction survives the duplicate
        uow.commit()
    with database.uow_factory() as uow:
        assert not uow.requests.first_time("slack:Ev123", AT)
        assert uow.toezeggingen.get("T-2026-001") is not None


def test_the_migrations_have_one_head() -> None:
    from alembic.script import ScriptDirectory

    from storage.migrate import MIGRATIONS

    assert len(ScriptDirectory(str(MIGRATIONS)).get_heads()) == 1
