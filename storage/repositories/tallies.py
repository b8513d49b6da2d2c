"""Counts for the overview's charts, in SQL and under the reader's ReadScope like every list: per portefeuillehouder
open / te laat / afgedaan this year, and open items per month of their termijn. GROUP BY, never all rows read."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, extract, func
from sqlalchemy.orm import Session

from handlers.domain.permissions import ReadScope
from handlers.ports import HolderTally, MonthTally
from storage.repositories.paging import visible


def holder_tallies(session: Session, row: Any, open_items: Select[Any], done_items: Select[Any], scope: ReadScope,
                   today: dt.date, year: int) -> list[HolderTally]:
    """`open_items` and `done_items` are the repository's own filters (what 'open' and 'afgedaan' mean for the kind);
    afgedaan counts those whose afdoening is dated in `year`."""
    shown = _shown(row, scope)
    holder = row.portefeuillehouder_id
    opened = session.execute(
        open_items.where(shown).with_only_columns(holder, func.count(), func.count().filter(row.deadline_due < today))
        .group_by(holder).order_by(None)
    ).all()
    done = session.execute(
        done_items.where(shown, row.afdoening_datum.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
        .with_only_columns(holder, func.count()).group_by(holder).order_by(None)
    ).all()
    tallies: dict[int | None, list[int]] = {}
    for holder_id, n, late in opened:
        tallies[holder_id] = [int(n), int(late or 0), 0]
    for holder_id, n in done:
        tallies.setdefault(holder_id, [0, 0, 0])[2] = int(n)
    return [HolderTally(holder_id, *counts) for holder_id, counts in tallies.items()]


def month_tallies(session: Session, row: Any, open_items: Select[Any], scope: ReadScope, first: dt.date,
                  until: dt.date) -> list[MonthTally]:
    """Open items with a termijn from `first` up to and including `until`, per calendar month."""
    year, month = extract("year", row.deadline_due), extract("month", row.deadline_due)
    found = session.execute(
        open_items.where(_shown(row, scope), row.deadline_due >= first, row.deadline_due <= until)
        .with_only_columns(year, month, func.count()).group_by(year, month).order_by(None)
    ).all()
    return [MonthTally(int(y), int(m), int(n)) for y, m, n in found]


def _shown(row: Any, scope: ReadScope) -> Any:
    return visible(scope, row.vertrouwelijk, (row.eigenaar_id, row.portefeuillehouder_id, row.created_by_id))
