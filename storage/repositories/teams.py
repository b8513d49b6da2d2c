"""Stored Teams conversation references, per person and per channel."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from storage.models import TeamsReferenceRow


class SqlTeamsReferenceRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def _row(self, scope: str, key: str) -> TeamsReferenceRow | None:
        query = select(TeamsReferenceRow).where(TeamsReferenceRow.scope == scope, TeamsReferenceRow.key == key)
        return self._session.scalar(query)

    def save(self, scope: str, key: str, reference: dict[str, Any], at: dt.datetime) -> None:
        row = self._row(scope, key)
        service_url = str(reference.get("serviceUrl") or "")
        if row is None:
            self._session.add(
                TeamsReferenceRow(scope=scope, key=key, reference=reference, service_url=service_url, updated_at=at)
            )
        else:
            row.reference, row.service_url, row.updated_at = reference, service_url, at
        self._session.flush()

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
