"""Stored Teams conversation references, per person and per channel."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import TeamsReferenceRow


class SqlTeamsReferenceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, scope: str, key: str) -> TeamsReferenceRow | None:
        query = select(TeamsReferenceRow).where(TeamsReferenceRow.scope == scope, TeamsReferenceRow.key == key)
        return self._session.scalar(query)

    def save(self, scope: str, key: str, reference: dict[str, Any], at: dt.datetime) -> None:
        """An upsert: Teams announces an install with installationUpdate and conversationUpdate at once, and
        a read-then-insert lets both turns insert and one fail on the unique key."""
        values = {"scope": scope, "key": key, "reference": reference,
                  "service_url": str(reference.get("serviceUrl") or ""), "updated_at": at}
        self._session.flush()  # pending ORM changes first: expire_all below must not drop them
        dialect = self._session.get_bind().dialect.name
        insert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(TeamsReferenceRow).values(**values)
        changes = {name: insert.excluded[name] for name in ("reference", "service_url", "updated_at")}
        self._session.execute(insert.on_conflict_do_update(index_elements=["scope", "key"], set_=changes))
        # The ORM may hold this row from an earlier read in the same unit of work: let it read it anew.
        self._session.expire_all()

    def get(self, scope: str, key: str) -> dict[str, Any] | None:
        row = self._row(scope, key)
        if row is None:
            return None
        # The column is the truth for the serviceUrl: it may have been refreshed without a new reference.
        return {**row.reference, "serviceUrl": row.service_url}

    def refresh_service_url(self, scope: str, key: str, service_url: str, at: dt.datetime) -> bool:
        row = self._row(scope, key)
        if row is None or row.service_url == service_url:
            return False
        row.service_url, row.updated_at = service_url, at
        self._session.flush()
        return True

    def remove(self, scope: str, key: str) -> bool:
        result = self._session.execute(
            delete(TeamsReferenceRow).where(TeamsReferenceRow.scope == scope, TeamsReferenceRow.key == key)
        )
        return bool(getattr(result, "rowcount", 0))
