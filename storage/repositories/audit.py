"""The audit trail and the request log."""
from __future__ import annotations

import datetime as dt

from typing import Any

from sqlalchemy import CursorResult, delete, select
from sqlalchemy.orm import Session

from handlers.domain.audit import AuditEntry
from storage.models import AuditRow, ProcessedRequestRow
from storage.repositories.upsert import insert_new


class SqlAuditRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def record(self, entry: AuditEntry) -> None:
        self._session.add(
            AuditRow(
                entity=entry.entity,
                key=entry.key,
                action=entry.action,
                actor_id=entry.actor_id,
                actor_name=entry.actor_name,
                at=entry.at,
                changes={name: list(pair) for name, pair in entry.changes.items()},
                reason=entry.reason,
            )
        )
        self._session.flush()

    def history(self, entity: str, key: str) -> list[AuditEntry]:
        query = select(AuditRow).where(AuditRow.entity == entity, AuditRow.key == key).order_by(AuditRow.id)
        return [to_entry(row) for row in self._session.scalars(query)]


def to_entry(row: AuditRow) -> AuditEntry:
    return AuditEntry(
        entity=row.entity,
        key=row.key,
        action=row.action,
        actor_id=row.actor_id,
        actor_name=row.actor_name,
        at=row.at,
        changes={name: (pair[0], pair[1]) for name, pair in row.changes.items()},
        reason=row.reason,
    )


class SqlRequestLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def first_time(self, key: str, at: dt.datetime) -> bool:
        # A retry arriving while the first request is still running waits for its commit, then sees the key.
        return insert_new(self._session, ProcessedRequestRow, {"key": key, "at": at}, ["key"])

    def forget_before(self, moment: dt.datetime) -> int:
        """Housekeeping: keys older than `moment` can no longer be retried by any platform."""
        result: CursorResult[Any] = self._session.execute(  # type: ignore[assignment]
            delete(ProcessedRequestRow).where(ProcessedRequestRow.at < moment)
        )
        return result.rowcount
