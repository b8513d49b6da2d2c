"""What the reminder planner reads: open items due on given days, changed items, and its high-water mark.

Each query is bounded by what became due or changed, never 'everything open'; the due-date
indexes (status, deadline_due) and (status, moment_due) serve the day ranges.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from handlers.domain.followup import FollowUp, Page, Scope
from handlers.ports import LobbyFilter, MotieFilter, ToezeggingFilter
from storage.models import ItemChangeRow, LobbyActieRow, MotieRow, PlanningMarkRow, ToezeggingRow
from storage.repositories import lobby, moties, toezeggingen
from storage.repositories.paging import urgency

MARK = "reminders"
CHUNK = 200


@dataclass(frozen=True)
class _Source:
    """One table of followed items, its 'open' filter and how a row becomes a FollowUp."""

    row: Any
    due: Any
    kind: Any
    open: Callable[[Select[Any]], Select[Any]]
    followup: Callable[[Any], FollowUp]
    eigenaar: Any = None
    portefeuillehouder: Any = None

    def scoped(self, query: Select[Any], scope: Scope) -> Select[Any]:
        query = self.open(query)
        if scope.eigenaar_id is not None:
            query = query.where(self.eigenaar == scope.eigenaar_id)
        if scope.portefeuillehouder_id is not None:
            query = query.where(self.portefeuillehouder == scope.portefeuillehouder_id)
        if scope.overdue_on is not None:
            query = query.where(self.due < scope.overdue_on)
        if scope.current_on is not None:
            query = query.where(or_(self.due.is_(None), self.due >= scope.current_on))
        if scope.ownerless:
            query = query.where(self.eigenaar.is_(None))
        if scope.public_only:
            query = query.where(self.row.vertrouwelijk.is_(False))
        return query


SOURCES: dict[str, _Source] = {
    "toezegging": _Source(
        ToezeggingRow, ToezeggingRow.deadline_due, ToezeggingRow.deadline_kind,
        lambda q: toezeggingen._filtered(q, ToezeggingFilter()), lambda r: toezeggingen.to_toezegging(r).as_followup(),
        ToezeggingRow.eigenaar_id, ToezeggingRow.portefeuillehouder_id),
    "motie": _Source(
        MotieRow, MotieRow.deadline_due, MotieRow.deadline_kind,
        lambda q: moties._filtered(q, MotieFilter()), lambda r: moties.to_motie(r).as_followup(),
        MotieRow.eigenaar_id, MotieRow.portefeuillehouder_id),
    "lobby": _Source(
        LobbyActieRow, LobbyActieRow.moment_due, LobbyActieRow.moment_kind,
        lambda q: lobby._filtered(q, LobbyFilter()), lambda r: lobby.to_actie(r).as_followup(),
        LobbyActieRow.eigenaar_id, LobbyActieRow.bestuurder_id),
}


class SqlPlanningRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def mark(self) -> dt.date | None:
        return self._session.scalar(select(PlanningMarkRow.day).where(PlanningMarkRow.name == MARK))

    def set_mark(self, day: dt.date) -> None:
        row = self._session.get(PlanningMarkRow, MARK, with_for_update=True)
        if row is None:
            self._session.add(PlanningMarkRow(name=MARK, day=day))
        elif row.day < day:
            row.day = day
        self._session.flush()

    def take_changes(self) -> set[tuple[str, str]]:
        """The items changed since the last sweep; their rows go once this transaction commits."""
        rows = self._session.execute(select(ItemChangeRow.id, ItemChangeRow.item_kind, ItemChangeRow.item_key)).all()
        ids = [r.id for r in rows]
        for start in range(0, len(ids), CHUNK * 5):
            self._session.execute(delete(ItemChangeRow).where(ItemChangeRow.id.in_(ids[start:start + CHUNK * 5])))
        return {(r.item_kind, r.item_key) for r in rows}

    def earliest_due(self) -> dt.date | None:
        found = [self._session.scalar(s.open(select(func.min(s.due)))) for s in SOURCES.values()]
        return min((d for d in found if d is not None), default=None)

    def due_in(self, ranges: Sequence[tuple[dt.date, dt.date]]) -> list[FollowUp]:
        """Open items with a due date in one of the (first, last) day ranges."""
        found: list[FollowUp] = []
        for start in range(0, len(ranges), CHUNK):
            chunk = ranges[start:start + CHUNK]
            for source in SOURCES.values():
                within: list[ColumnElement[bool]] = [source.due.between(a, b) for a, b in chunk]
                found += self._rows(source, source.open(select(source.row)).where(or_(*within)))
        return found

    def of_kind(self, deadline_kind: str, due_until: dt.date) -> list[FollowUp]:
        found: list[FollowUp] = []
        for source in SOURCES.values():
            query = source.open(select(source.row)).where(source.kind == deadline_kind, source.due <= due_until)
            found += self._rows(source, query)
        return found

    def by_keys(self, keys: Collection[tuple[str, str]]) -> list[FollowUp]:
        found: list[FollowUp] = []
        for kind, source in SOURCES.items():
            wanted = sorted(key for k, key in keys if k == kind)
            for start in range(0, len(wanted), CHUNK * 5):
                query = source.open(select(source.row)).where(source.row.nummer.in_(wanted[start:start + CHUNK * 5]))
                found += self._rows(source, query)
        return found

    def page(self, scope: Scope, limit: int) -> Page:
        # Every kind counted in one round trip; only the kinds with items are read, and only the `limit` rows that
        # make the first page across kinds (chosen in SQL), not `limit` of each.
        counted = [source.scoped(select(func.count()).select_from(source.row), scope).scalar_subquery()
                   for source in SOURCES.values()]
        counts = dict(zip(SOURCES, (int(n or 0) for n in self._session.execute(select(*counted)).one())))
        kinds = [kind for kind, count in counts.items() if count]
        if not kinds:
            return Page(0, ())
        if len(kinds) == 1:
            source = SOURCES[kinds[0]]
            ordered = source.scoped(select(source.row), scope).order_by(*urgency(source.due, source.row.nummer))
            return Page(sum(counts.values()), tuple(self._rows(source, ordered.limit(limit))))
        chosen = self._first_across(kinds, scope, limit)
        found: dict[tuple[str, int], FollowUp] = {}
        for kind in kinds:
            source, ids = SOURCES[kind], [i for k, i in chosen if k == kind]
            if ids:
                rows = self._session.scalars(select(source.row).where(source.row.id.in_(ids)))
                found.update(((kind, row.id), source.followup(row)) for row in rows)
        return Page(sum(counts.values()), tuple(found[key] for key in chosen if key in found))

    def _first_across(self, kinds: list[str], scope: Scope, limit: int) -> list[tuple[str, int]]:
        """(kind, id) of the first `limit` items of these kinds together, in list order; each kind contributes at
        most `limit` from its own index, so the merge never sorts more than a few pages."""
        branches = []
        for kind in kinds:
            source = SOURCES[kind]
            branch = source.scoped(
                select(literal(kind).label("kind"), source.row.id.label("id"), source.due.label("due"),
                       source.row.nummer.label("nummer")), scope,
            ).order_by(*urgency(source.due, source.row.nummer)).limit(limit).subquery()
            branches.append(select(branch))
        merged = union_all(*branches).subquery()
        query = select(merged.c.kind, merged.c.id).order_by(*urgency(merged.c.due, merged.c.nummer)).limit(limit)
        return [(kind, int(i)) for kind, i in self._session.execute(query).tuples()]

    def _rows(self, source: _Source, query: Select[Any]) -> list[FollowUp]:
        return [source.followup(row) for row in self._session.scalars(query)]
