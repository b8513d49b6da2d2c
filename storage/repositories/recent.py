"""Items by their latest change (the public feed): the audit trail's newest entry per item since a moment, joined to
the items the reader's ReadScope allows, newest first, limited in SQL."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from handlers.domain.permissions import ReadScope
from storage.models import AuditRow
from storage.repositories.paging import visible

T = TypeVar("T")


def recently_changed(session: Session, row: Any, entity: str, scope: ReadScope, since: dt.datetime, limit: int,
                     convert: Callable[[Any], T]) -> list[tuple[T, dt.datetime]]:
    latest = (select(AuditRow.key, func.max(AuditRow.at).label("at"))
              .where(AuditRow.entity == entity, AuditRow.at >= since).group_by(AuditRow.key).subquery())
    shown = visible(scope, row.vertrouwelijk, (row.eigenaar_id, row.portefeuillehouder_id, row.created_by_id))
    query = (select(row, latest.c.at).join(latest, latest.c.key == row.nummer).where(shown)
             .order_by(latest.c.at.desc(), row.nummer).limit(limit))
    return [(convert(found), at) for found, at in session.execute(query).all()]
