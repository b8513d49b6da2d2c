"""What the reminder planner reads: open items due on given days, changed items, and its high-water mark.

Each query is bounded by what became due or changed, never 'everything open'; the due-date
indexes (status, deadline_due) and (status, moment_due) serve the day ranges.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, literal, or_, select, true, union_all
from sqlalchemy.orm import Session

from handlers.domain.followup import FollowUp, Page, Scope
from handlers.domain.lobby import followup_title
from handlers.ports import LobbyFilter, MotieFilter, ToezeggingFilter
from storage.models import ItemChangeRow, LobbyActieRow, MotieRow, PlanningMarkRow, ToezeggingRow
from storage.repositories import lobby, moties, toezeggingen
from storage.repositories.columns import deadline_from
from storage.repositories.paging import up_to, urgency

MARK = "reminders"
CHUNK = 200


@dataclass(frozen=True)
class _Source:
    """One table of followed items, its 'open' filter, and the columns a FollowUp is made of.

    The planner and the digests read FollowUps straight from these columns: no ORM entity, no domain object per
    row, no JSON list details (a first sweep at 100,000 items reads tens of thousands of them)."""

    name: str
    row: Any
    due: Any
    kind: Any
    open: Callable[[Select[Any]], Select[Any]]
    title: tuple[Any, ...]  # the column(s) the title is made of
    title_of: Callable[..., str]
    deadline: tuple[Any, Any, Any, Any]  # tekst, kind, due, precision
    eigenaar: Any
    portefeuillehouder: Any

    def select(self) -> Select[Any]:
        """The same labelled columns for every kind, so a page across kinds is one UNION ALL."""
        r = self.row
        title = (*self.title, literal(""))[:2]
        return select(
            literal(self.name).label("soort"), r.nummer.label("nummer"), r.status.label("status"),
            self.eigenaar.label("eigenaar"), self.portefeuillehouder.label("houder"), r.vertrouwelijk.label("vertrouwelijk"),
            *(c.label(n) for c, n in zip(self.deadline, ("tekst", "termijn", "due", "precisie"), strict=True)),
            title[0].label("titel"), title[1].label("titel2"),
        )

    def followup(self, values: Sequence[Any]) -> FollowUp:
        _soort, nummer, status, eigenaar, holder, vertrouwelijk, tekst, kind, due, precision, *title = values
        return FollowUp(self.name, nummer, self.title_of(*title), deadline_from(tekst, kind, due, precision), status,
                        eigenaar, holder, vertrouwelijk)

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


def _same(title: str, _none: str) -> str:
    return title


def _followed(name: str, row: Any, open: Callable[[Select[Any]], Select[Any]], title: Any) -> _Source:
    return _Source(name, row, row.deadline_due, row.deadline_kind, open, (title,), _same,
                   (row.deadline_tekst, row.deadline_kind, row.deadline_due, row.deadline_precision),
                   row.eigenaar_id, row.portefeuillehouder_id)


L = LobbyActieRow
SOURCES: dict[str, _Source] = {
    "toezegging": _followed("toezegging", ToezeggingRow, lambda q: toezeggingen._filtered(q, ToezeggingFilter()),
                            ToezeggingRow.omschrijving),
    "motie": _followed("motie", MotieRow, lambda q: moties._filtered(q, MotieFilter()), MotieRow.titel),
    "lobby": _Source("lobby", L, L.moment_due, L.moment_kind, lambda q: lobby._filtered(q, LobbyFilter()),
                     (L.dossier, L.doel), followup_title, (L.moment_tekst, L.moment_kind, L.moment_due, L.moment_precision),
                     L.eigenaar_id, L.bestuurder_id),
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
                found += self._rows(source.open(source.select()).where(or_(*within)))
        return found

    def of_kind(self, deadline_kind: str, due_until: dt.date) -> list[FollowUp]:
        found: list[FollowUp] = []
        for source in SOURCES.values():
            found += self._rows(source.open(source.select()).where(source.kind == deadline_kind, source.due <= due_until))
        return found

    def by_keys(self, keys: Collection[tuple[str, str]]) -> list[FollowUp]:
        found: list[FollowUp] = []
        for kind, source in SOURCES.items():
            wanted = sorted(key for k, key in keys if k == kind)
            for start in range(0, len(wanted), CHUNK * 5):
                found += self._rows(source.open(source.select()).where(source.row.nummer.in_(wanted[start:start + CHUNK * 5])))
        return found

    def page(self, scope: Scope, limit: int, count_up_to: int | None = None) -> Page:
        # Every kind counted in one round trip; then one query for the first page across the kinds that have items:
        # each kind's first `limit` from its own index, merged in list order.
        cap = None if count_up_to is None else max(count_up_to, limit)
        counts = [int(n or 0) for n in self._session.execute(_counts(scope, cap)).one()]
        kinds = tuple(kind for kind, count in zip(SOURCES, counts) if count)
        if not kinds:
            return Page(0, (), cap)
        return Page(sum(counts), tuple(self._rows(_first_page(scope, kinds, limit))), cap)

    def _rows(self, query: Select[Any]) -> list[FollowUp]:
        return [SOURCES[values[0]].followup(values) for values in self._session.execute(query).tuples()]


# The statements of a digest section, built once per scope: building them costs more than running them, and the
# same scopes come back all day (every concernadviseur's, each portefeuillehouder's). Statements are immutable.
@lru_cache(maxsize=512)
def _counts(scope: Scope, cap: int | None) -> Select[Any]:
    """Each kind's count in the scope; with a cap, `up_to` it (their sum above cap means 'more than cap')."""
    if cap is not None:
        return select(*(up_to(source.scoped(select(source.row.id), scope), true(), cap) for source in SOURCES.values()))
    return select(*(source.scoped(select(func.count()).select_from(source.row), scope).scalar_subquery()
                    for source in SOURCES.values()))


@lru_cache(maxsize=512)
def _first_page(scope: Scope, kinds: tuple[str, ...], limit: int) -> Select[Any]:
    branches = [SOURCES[kind].scoped(SOURCES[kind].select(), scope)
                .order_by(*urgency(SOURCES[kind].due, SOURCES[kind].row.nummer)).limit(limit) for kind in kinds]
    if len(branches) == 1:
        return branches[0]
    merged = union_all(*(select(branch.subquery()) for branch in branches)).subquery()
    return select(merged).order_by(*urgency(merged.c.due, merged.c.nummer)).limit(limit)
