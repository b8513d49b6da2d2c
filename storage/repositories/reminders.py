"""The notification outbox: insert-once by delivery key, claim with a lease, record the outcome.

On PostgreSQL a claim is `SELECT … FOR UPDATE SKIP LOCKED`: several workers each take different
rows and never wait on each other. SQLite ignores the locking clause; one process is enforced
elsewhere (scheduler.lock).
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import and_, delete, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from handlers.reminders.outbox import Channel, OutboxEntry, Planned, State
from storage.models import NotificationRow, SnoozeRow

CHUNK = 500
ARRAY_CHUNK = 5000  # keys per statement when they go as one array parameter (PostgreSQL)

# PostgreSQL: a batch goes in with COPY into a temporary table, then one INSERT … SELECT moves it over,
# skipping the keys already planned. A multi-row VALUES list has 15 placeholders per row for the driver to
# parse, and arrays per column are quoted in Python; COPY's rows are written by the driver's C code. The first
# sweep at 1,000,000 open items plans about 1,100,000 rows: with VALUES lists that alone took minutes.
_COPIED = ("delivery_key", "person_id", "channel", "item_kind", "item_key", "reply", "state", "not_before",
           "priority", "expires_at", "created_at")
_PLANNED_TABLE = text(
    "CREATE TEMPORARY TABLE IF NOT EXISTS planned_notifications (delivery_key varchar(300), person_id integer, "
    "channel varchar(20), item_kind varchar(20), item_key varchar(64), reply json, state varchar(20), "
    "not_before timestamptz, priority smallint, expires_at timestamptz, created_at timestamptz) "
    "ON COMMIT DELETE ROWS"
)
_MOVE_PLANNED = text(
    f"WITH planned AS (DELETE FROM planned_notifications RETURNING *) "
    f"INSERT INTO notifications ({', '.join(_COPIED)}, attempts, last_error) "
    f"SELECT {', '.join(_COPIED)}, 0, '' FROM planned "
    "ON CONFLICT (delivery_key) DO NOTHING RETURNING delivery_key"
)
_KNOWN = text("SELECT delivery_key FROM notifications WHERE delivery_key = ANY(CAST(:keys AS varchar[]))")


def _entry(row: NotificationRow, uncertain: bool = False) -> OutboxEntry:
    return OutboxEntry(
        row.id, row.delivery_key, row.person_id, Channel(row.channel), row.item_kind, row.item_key, row.reply,
        row.attempts, row.expires_at, uncertain,
    )


class SqlReminderRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _insert(self) -> Any:
        dialect = self._session.get_bind().dialect.name
        return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(NotificationRow)

    def _postgresql(self) -> bool:
        return bool(self._session.get_bind().dialect.name == "postgresql")

    def known_keys(self, keys: Collection[str]) -> set[str]:
        wanted = list(keys)
        found: set[str] = set()
        if self._postgresql():
            # One array parameter instead of 500 placeholders: the driver parses a statement's text per run, and
            # for a first sweep's 1,000,000 keys that parsing was most of the time.
            for start in range(0, len(wanted), ARRAY_CHUNK):
                found.update(self._session.scalars(_KNOWN, {"keys": wanted[start:start + ARRAY_CHUNK]}))
            return found
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            found.update(self._session.scalars(
                select(NotificationRow.delivery_key).where(NotificationRow.delivery_key.in_(chunk))))
        return found

    def enqueue(self, planned: Sequence[Planned]) -> set[str]:
        if not planned:
            return set()
        if self._postgresql():
            return self._copied(planned)
        rows = [
            {"delivery_key": p.delivery_key, "person_id": p.person_id, "channel": p.channel.value,
             "item_kind": p.item_kind, "item_key": p.item_key, "reply": p.reply, "state": p.state.value,
             "not_before": p.not_before, "priority": int(p.claim_order), "expires_at": p.expires_at, "lease_until": None, "attempts": 0,
             "last_error": "", "created_at": p.planned_at or p.not_before, "finished_at": None}
            for p in planned
        ]
        added: set[str] = set()
        for start in range(0, len(rows), CHUNK):
            statement = self._insert().on_conflict_do_nothing(index_elements=["delivery_key"])
            result = self._session.execute(statement.returning(NotificationRow.delivery_key), rows[start:start + CHUNK])
            added.update(result.scalars())
        return added

    def _copied(self, planned: Sequence[Planned]) -> set[str]:
        self._session.execute(_PLANNED_TABLE)
        # The session's own connection, so the rows go in within this unit of work's transaction.
        driver: Any = self._session.connection().connection.dbapi_connection
        with driver.cursor() as cursor, cursor.copy(f"COPY planned_notifications ({', '.join(_COPIED)}) FROM STDIN") as copy:
            for p in planned:
                copy.write_row((p.delivery_key, p.person_id, p.channel.value, p.item_kind, p.item_key,
                                json.dumps(p.reply) if p.reply else "{}",
                                p.state.value, p.not_before, int(p.claim_order), p.expires_at, p.planned_at or p.not_before))
        return set(self._session.scalars(_MOVE_PLANNED))

    def release(self, planned: Planned) -> None:
        self._session.execute(
            update(NotificationRow)
            .where(NotificationRow.delivery_key == planned.delivery_key, NotificationRow.state == State.LISTED.value)
            .values(state=State.PENDING.value, reply=planned.reply, not_before=planned.not_before,
                    expires_at=planned.expires_at)
            .execution_options(synchronize_session=False)
        )

    def claim(self, now: dt.datetime, lease_until: dt.datetime, limit: int) -> list[OutboxEntry]:
        # A worker that died mid-send left its claim; its lease ran out, so another takes over (first).
        stale = select(NotificationRow).where(
            NotificationRow.state == State.SENDING.value, NotificationRow.lease_until < now)
        rows = list(self._session.scalars(stale.limit(limit).with_for_update(skip_locked=True)))
        if len(rows) < limit:
            # Two queries rather than one OR: each walks the (state, priority, not_before) index in order, without
            # sorting every due row (with thousands due, that sort was most of a claim's time). Most urgent first:
            # a deadline today or past and an escalation never wait behind Monday's weekoverzichten.
            due = select(NotificationRow).where(
                NotificationRow.state == State.PENDING.value, NotificationRow.not_before <= now,
            ).order_by(NotificationRow.priority, NotificationRow.not_before)
            rows += self._session.scalars(due.limit(limit - len(rows)).with_for_update(skip_locked=True))
        if not rows:
            return []
        entries = [_entry(row, uncertain=row.state == State.SENDING.value) for row in rows]
        self._session.execute(
            update(NotificationRow)
            .where(NotificationRow.id.in_([row.id for row in rows]))
            .values(state=State.SENDING.value, lease_until=lease_until, attempts=NotificationRow.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return [OutboxEntry(**{**e.__dict__, "attempts": e.attempts + 1}) for e in entries]

    def _finish(self, ids: Collection[int], state: State, **values: Any) -> None:
        self._session.execute(
            update(NotificationRow)
            .where(NotificationRow.id.in_(list(ids)), NotificationRow.state == State.SENDING.value)
            .values(state=state.value, lease_until=None, **values)
            .execution_options(synchronize_session=False)
        )

    def delivered(self, ids: Collection[int], at: dt.datetime) -> None:
        if ids:
            self._finish(ids, State.DELIVERED, finished_at=at)

    def failed(self, entry_id: int, error: str, retry_at: dt.datetime | None) -> None:
        if retry_at is None:
            self._finish([entry_id], State.EXPIRED, last_error=error[:2000])
        else:
            self._finish([entry_id], State.PENDING, last_error=error[:2000], not_before=retry_at)

    def unreachable(self, entry_id: int, at: dt.datetime) -> None:
        self._finish([entry_id], State.UNREACHABLE, finished_at=at)

    def unreachable_people(self, since: dt.datetime) -> list[int]:
        query = select(NotificationRow.person_id).where(
            NotificationRow.state == State.UNREACHABLE.value, NotificationRow.finished_at >= since
        )
        return sorted(set(self._session.scalars(query)))

    def folded_for(self, person_ids: Collection[int]) -> dict[int, list[OutboxEntry]]:
        found: dict[int, list[OutboxEntry]] = {}
        wanted = set(person_ids)
        query = select(NotificationRow).where(NotificationRow.state == State.FOLDED.value)
        for row in self._session.scalars(query.order_by(NotificationRow.id)):
            if row.person_id in wanted:
                found.setdefault(row.person_id, []).append(_entry(row))
        return found

    def mark_digested(self, ids: Collection[int], at: dt.datetime) -> None:
        # finished_at is the digest's own planning moment: the link that supersede_digests follows back.
        if ids:
            self._session.execute(
                update(NotificationRow).where(NotificationRow.id.in_(list(ids)))
                .values(state=State.DIGESTED.value, finished_at=at).execution_options(synchronize_session=False)
            )

    def supersede_digests(self, planned_before: dt.datetime, now: dt.datetime) -> None:
        waiting = or_(NotificationRow.state == State.PENDING.value,
                      and_(NotificationRow.state == State.SENDING.value, NotificationRow.lease_until < now))
        stale = select(NotificationRow.id, NotificationRow.person_id, NotificationRow.created_at).where(
            NotificationRow.state.in_([State.PENDING.value, State.SENDING.value]), waiting,
            NotificationRow.channel == Channel.DIGEST.value, NotificationRow.created_at < planned_before,
        ).with_for_update(skip_locked=True)
        rows = list(self._session.execute(stale))
        if not rows:
            return
        self._session.execute(
            update(NotificationRow).where(NotificationRow.id.in_([row.id for row in rows]))
            .values(state=State.SUPERSEDED.value, lease_until=None, finished_at=now)
            .execution_options(synchronize_session=False)
        )
        for row in rows:
            self._session.execute(
                update(NotificationRow)
                .where(NotificationRow.person_id == row.person_id, NotificationRow.state == State.DIGESTED.value,
                       NotificationRow.finished_at == row.created_at)
                .values(state=State.FOLDED.value, finished_at=None)
                .execution_options(synchronize_session=False)
            )

    def _pending_for(self, item_kind: str, item_key: str, person_id: int) -> Any:
        return and_(
            NotificationRow.item_kind == item_kind, NotificationRow.item_key == item_key,
            NotificationRow.person_id == person_id, NotificationRow.state == State.PENDING.value,
        )

    def snooze(self, item_kind: str, item_key: str, person_id: int, until: dt.datetime) -> int:
        self._session.execute(delete(SnoozeRow).where(
            SnoozeRow.item_kind == item_kind, SnoozeRow.item_key == item_key, SnoozeRow.person_id == person_id))
        self._session.add(SnoozeRow(item_kind=item_kind, item_key=item_key, person_id=person_id, until=until))
        result = self._session.execute(
            update(NotificationRow)
            .where(self._pending_for(item_kind, item_key, person_id), NotificationRow.not_before < until)
            .values(not_before=until, expires_at=until + dt.timedelta(days=3))
            .execution_options(synchronize_session=False)
        )
        self._session.flush()
        return int(getattr(result, "rowcount", 0) or 0)

    def snoozed_until(self, now: dt.datetime) -> dict[tuple[str, str, int], dt.datetime]:
        rows = self._session.scalars(select(SnoozeRow).where(SnoozeRow.until > now))
        return {(row.item_kind, row.item_key, row.person_id): row.until for row in rows}

    def supersede_later(self, item_kind: str, item_key: str, person_id: int) -> None:
        self._session.execute(
            update(NotificationRow)
            .where(self._pending_for(item_kind, item_key, person_id), NotificationRow.channel == Channel.LATER.value)
            .values(state=State.SUPERSEDED.value)
            .execution_options(synchronize_session=False)
        )
