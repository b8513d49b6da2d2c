"""The one numbering mechanism for every kind: a counter row per kind and year, taken under a row lock.

Why a counter row and not max+1 with a retry: max+1 lets two registrations read the same highest number, and
only the unique constraint notices, after the work is done. An UPSERT that increments the counter takes the
row's write lock (PostgreSQL: the row lock, held to commit; SQLite: the database write lock), so a second
registration of the same kind and year waits for the first to commit and then gets the next number. Numbers
are gap-free per year because a rolled-back registration also rolls back its increment.

The counter never goes below the highest number already stored for that year, so numbers that arrive from
elsewhere (imported lists that keep their own number, rows from before this table) are never handed out again.
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from storage.models import AgendaPuntRow, LobbyActieRow, ToezeggingRow, VolgnummerRow
from storage.repositories.upsert import dialect_insert

# Kind -> the (jaar, volgnummer) columns of the table whose numbers it hands out.
NUMBERED: dict[str, tuple[InstrumentedAttribute[int], InstrumentedAttribute[int]]] = {
    "toezegging": (ToezeggingRow.jaar, ToezeggingRow.volgnummer),
    "lobby": (LobbyActieRow.jaar, LobbyActieRow.volgnummer),
    "agendapunt": (AgendaPuntRow.jaar, AgendaPuntRow.volgnummer),
}


def allocate(session: Session, soort: str, jaar: int) -> int:
    """The next sequence number of `soort` in `jaar`; the counter row stays locked until the commit."""
    jaar_column, volg_column = NUMBERED[soort]
    taken = _increment(session, soort, jaar)
    # Under the lock: numbers stored without the counter (imports, older rows) are skipped, not reused.
    highest = session.scalar(select(func.max(volg_column)).where(jaar_column == jaar)) or 0
    if highest >= taken:
        taken = highest + 1
        row = session.get_one(VolgnummerRow, (soort, jaar), populate_existing=True)
        row.laatste = taken
        session.flush()
    return taken


def _increment(session: Session, soort: str, jaar: int) -> int:
    statement = (
        dialect_insert(session, VolgnummerRow)
        .values(soort=soort, jaar=jaar, laatste=1)
        .on_conflict_do_update(
            index_elements=[VolgnummerRow.soort, VolgnummerRow.jaar],
            set_={"laatste": VolgnummerRow.laatste + 1},
        )
        .returning(VolgnummerRow.laatste)
    )
    return int(session.execute(statement).scalar_one())
