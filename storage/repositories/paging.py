"""One page of a list, the same way for every kind: visibility, count and LIMIT/OFFSET all in SQL.

The reader's ReadScope (handlers/domain/permissions.read_scope, the list form of may_read) becomes a WHERE
clause, so a page of 15 out of 5,000 reads 15 rows and one count, never the whole list. The order is the
one every list and digest shares (`urgency`), written so that a (due, nummer, …) index yields it directly:
a first page of 100,000 open items reads 15 index entries, not a sort of all of them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, literal, or_, select, true, union_all
from sqlalchemy.orm import InstrumentedAttribute, Session

from handlers.domain.permissions import ReadScope
from handlers.ports import ListOrder, ListPage, Window

Row = TypeVar("Row")
T = TypeVar("T")
Column = InstrumentedAttribute[Any]


class FollowedCriteria(Protocol):
    """What the toezegging and motie filters share: a frozen dataclass with these two fields."""

    @property
    def open_only(self) -> bool: ...
    @property
    def betrokkene_id(self) -> int | None: ...
    def __hash__(self) -> int: ...


Criteria = TypeVar("Criteria", bound=FollowedCriteria)


def urgency(due: Column | ColumnElement[Any], nummer: Column | ColumnElement[Any]) -> tuple[ColumnElement[Any], ...]:
    """Most urgent first: the longest overdue at the top, then by deadline; no deadline last.

    NULLS LAST rather than 'due IS NULL' first: PostgreSQL's ascending index order already puts NULLs
    last, so the index walks in exactly this order and LIMIT stops after one page."""
    return (due.asc().nulls_last(), nummer.asc())


def ordered(order: ListOrder, due: Column | ColumnElement[Any], nummer: Column | ColumnElement[Any]) -> tuple[ColumnElement[Any], ...]:
    """The ORDER BY of a page; TERMIJN is `urgency`, the others are what a web list may sort by."""
    if order is ListOrder.NUMMER:
        return (nummer.asc(),)
    if order is ListOrder.TERMIJN_AFLOPEND:
        return (due.desc().nulls_last(), nummer.asc())
    return urgency(due, nummer)


def matching(words: str, *columns: Column) -> ColumnElement[bool]:
    """Every word in one of the columns, case-insensitive; '%' and '_' are letters, not wildcards.

    ILIKE on the bare column (lower() LIKE lower() on SQLite): PostgreSQL answers it from a trigram index
    (ix_…_zoeken, pg_trgm) instead of reading every row, which a LIKE on lower(column) cannot use."""
    return and_(*(
        or_(*(column.ilike(f"%{_escaped(word)}%", escape="/") for column in columns))
        for word in words.lower().split()
    ))


def _escaped(word: str) -> str:
    return word.replace("/", "//").replace("%", "/%").replace("_", "/_")


def involving(person_id: int, owner: Column, holder: Column) -> tuple[ColumnElement[bool], ...]:
    """'Items X is involved in' (owner or portefeuillehouder) as two disjoint parts, so each is counted from its
    own index instead of one OR that makes the database visit every row."""
    return (holder == person_id, (owner == person_id) & or_(holder.is_(None), holder != person_id))


def overdue(is_open: ColumnElement[bool], due: Column, today: dt.date, open_only: bool) -> ColumnElement[bool]:
    """Open and past its date; in a list of open items only the date needs testing, which the index holds."""
    return due < today if open_only else is_open & (due < today)


def visible(
    scope: ReadScope, vertrouwelijk: Column, involved: tuple[Column, ...], involved_person: int | None = None
) -> ColumnElement[bool]:
    """The rows this reader may see: what may_read allows, written as SQL.

    `involved_person`: the list is already limited to items this person is involved in; when that is the reader,
    every row is theirs to read, and saying so keeps the count on the index."""
    if not scope.confidential:
        return vertrouwelijk.is_(False)
    if scope.all_confidential:
        return true()
    if scope.person_id is None:
        return vertrouwelijk.is_(False)
    if involved_person is not None and involved_person == scope.person_id:
        return true()
    return or_(vertrouwelijk.is_(False), *(column == scope.person_id for column in involved))


@dataclass(frozen=True)
class PageStatements:
    """The two statements of one list page: counts (total, seen, late) and the page's rows."""

    count: Select[Any]
    rows: Select[Any]


def read_page(
    session: Session,
    query: Select[tuple[Row]],
    shown: ColumnElement[bool],
    late: ColumnElement[bool],
    key: Callable[[Any], tuple[Any, Any]],
    window: Window,
    convert: Callable[[Row], T],
    parts: tuple[ColumnElement[bool], ...] = (),
) -> ListPage[T]:
    """The rows of one page in list order (`urgency` of the row class's due and number columns, which `key` names),
    how many the reader may see in all (and how many of those are late), and how many stay hidden: one count
    query and one page query.

    `parts`: disjoint conditions of which a row meets one (see `involving`); each is counted on its own and the
    counts added, in the same one query, and each gives its first rows in order from its own index, merged."""
    return run_page(session, page_statements(query, shown, late, key, window, parts), window, convert)


def page_statements(
    query: Select[tuple[Row]], shown: ColumnElement[bool], late: ColumnElement[bool],
    key: Callable[[Any], tuple[Any, Any]], window: Window, parts: tuple[ColumnElement[bool], ...] = (),
) -> PageStatements:
    counted = [query.where(part) for part in parts] or [query]
    everything = shown.compare(true())  # nothing hidden: no per-row test for it
    cap = counted_up_to(window)
    if cap is not None:
        count = _bounded_counts(counted, shown, late, everything, cap)
        return PageStatements(count, _page_query(query, shown, key, window, parts))
    seen_count = func.count() if everything else func.count().filter(shown)
    late_count = func.count().filter(late if everything else shown & late)
    counts = [
        q.with_only_columns(
            func.count().label("n"), seen_count.label("seen"), late_count.label("late"), maintain_column_froms=True
        ).order_by(None)
        for q in counted
    ]
    if len(counts) > 1:
        both = union_all(*counts).subquery()
        counts = [select(func.sum(both.c.n), func.sum(both.c.seen), func.sum(both.c.late))]
    return PageStatements(counts[0], _page_query(query, shown, key, window, parts))


def counted_up_to(window: Window) -> int | None:
    """How far a page's counts go: the window's threshold, and at least to the page's end (so whether another page
    follows is known exactly)."""
    return None if window.count_up_to is None else max(window.count_up_to, window.offset + window.limit)


def up_to(query: Select[Any], condition: ColumnElement[bool], cap: int) -> ColumnElement[int]:
    """How many rows meet `condition`, counted to cap + 1 at most: reading stops there, so the cost is that of cap
    index entries however large the list; a result above cap means 'more than cap'."""
    some = query.where(condition).with_only_columns(literal(1), maintain_column_froms=True).order_by(None).limit(cap + 1)
    return select(func.count()).select_from(some.subquery()).scalar_subquery()


def _bounded_counts(
    counted: list[Select[Any]], shown: ColumnElement[bool], late: ColumnElement[bool], everything: bool, cap: int,
) -> Select[Any]:
    """(total, seen, late) as `page_statements` gives them, each counted `up_to` cap, per part and added: a sum
    above cap is then a true 'more than cap', whether one part stopped counting or the parts together passed it."""
    def added(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return sum((up_to(q, condition, cap) for q in counted[1:]), up_to(counted[0], condition, cap))

    seen = added(shown)
    hidden = literal(0) if everything else added(~shown)
    return select((seen + hidden).label("n"), seen.label("seen"), added(late if everything else shown & late).label("late"))


def run_page(session: Session, statements: PageStatements, window: Window, convert: Callable[[Any], T]) -> ListPage[T]:
    total, seen, overdue = (int(n or 0) for n in session.execute(statements.count).one())
    cap = counted_up_to(window)
    if seen <= window.offset:
        return ListPage([], seen, total - seen, overdue, cap)
    rows = session.scalars(statements.rows)
    return ListPage([convert(row) for row in rows], seen, total - seen, overdue, cap)


def _page_query(
    query: Select[tuple[Row]], shown: ColumnElement[bool], key: Callable[[Any], tuple[Any, Any]],
    window: Window, parts: tuple[ColumnElement[bool], ...],
) -> Select[Any]:
    row = query.column_descriptions[0]["entity"]
    due, nummer = key(row)
    if len(parts) < 2:
        return query.where(*parts, shown).order_by(*ordered(window.order, due, nummer)).offset(window.offset).limit(window.limit)
    # One OR over two person columns has no index in list order: the database would gather all of a wethouder's
    # 20,000 items to sort them, or walk the whole table in order for someone with three. Each part in order from
    # its own index, cut at the page's end, then merged, costs a page per part whoever asks. Only the keys go
    # through the merge (cheap to build and to run); the page's rows are joined to them.
    end = window.offset + window.limit
    branches = [
        select(query.where(part, shown).with_only_columns(row.id, due.label("due"), nummer.label("nummer"))
               .order_by(*ordered(window.order, due, nummer)).limit(end).subquery())
        for part in parts
    ]
    merged = union_all(*branches).subquery()
    chosen = (select(merged.c.id).order_by(*ordered(window.order, merged.c.due, merged.c.nummer))
              .offset(window.offset).limit(window.limit).subquery())
    return select(row).join(chosen, row.id == chosen.c.id).order_by(*ordered(window.order, due, nummer))


# How many rows an export holds in memory at once: fetched from a server-side cursor in batches of this size.
STREAM_BATCH = 500


def stream_rows(session: Session, rows: Select[Any], convert: Callable[[Any], T]) -> Iterator[T]:
    """The rows of a page statement one by one, fetched in batches (a server-side cursor on PostgreSQL): an export
    of 10,000 rows holds one batch in memory, not the whole list."""
    for row in session.scalars(rows.execution_options(yield_per=STREAM_BATCH)):
        yield convert(row)


def followed_stream(
    session: Session, row: Any, filtered: Callable[[Select[Any], Criteria], Select[Any]], criteria: Criteria,
    open_statuses: tuple[str, ...], window: Window, convert: Callable[[Any], T],
) -> Iterator[T]:
    """What `followed_page` reads for this window, streamed: the same filter, read rule and order."""
    return stream_rows(session, _followed_statements(row, filtered, criteria, open_statuses, window).rows, convert)


def followed_page(
    session: Session,
    row: Any,
    filtered: Callable[[Select[Any], Criteria], Select[Any]],
    criteria: Criteria,
    open_statuses: tuple[str, ...],
    window: Window,
    convert: Callable[[Any], T],
) -> ListPage[T]:
    """A page of toezeggingen or moties: the same columns, the same read rule, 'mijn' counted in two parts."""
    return run_page(session, _followed_statements(row, filtered, criteria, open_statuses, window), window, convert)


# Built once per list, reader scope and page: building the statements costs more than running them, and the same
# lists come back all day ('toezeggingen verlopen' for every concernadviseur). Statements are immutable values.
@lru_cache(maxsize=1024)
def _followed_statements(
    row: Any, filtered: Callable[[Select[Any], Any], Select[Any]], criteria: Any, open_statuses: tuple[str, ...],
    window: Window,
) -> PageStatements:
    person = criteria.betrokkene_id
    shown = visible(window.scope, row.vertrouwelijk, (row.eigenaar_id, row.portefeuillehouder_id, row.created_by_id), person)
    late = overdue(row.status.in_(open_statuses), row.deadline_due, window.today, criteria.open_only)
    parts = involving(person, row.eigenaar_id, row.portefeuillehouder_id) if person is not None else ()
    query = filtered(select(row), replace(criteria, betrokkene_id=None))
    return page_statements(query, shown, late, lambda r: (r.deadline_due, r.nummer), window, parts)
