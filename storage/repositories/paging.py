"""One page of a list, the same way for every kind: visibility, count and LIMIT/OFFSET all in SQL.

The reader's ReadScope (handlers/domain/permissions.read_scope, the list form of may_read) becomes a WHERE
clause, so a page of 15 out of 5,000 reads 15 rows and two counts, never the whole list.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, case, func, or_, true
from sqlalchemy.orm import InstrumentedAttribute, Session

from handlers.domain.permissions import ReadScope
from handlers.ports import ListPage, Window

Row = TypeVar("Row")
T = TypeVar("T")
Column = InstrumentedAttribute[Any]


def visible(scope: ReadScope, vertrouwelijk: Column, involved: tuple[Column, ...]) -> ColumnElement[bool]:
    """The rows this reader may see: what may_read allows, written as SQL."""
    if not scope.confidential:
        return vertrouwelijk.is_(False)
    if scope.all_confidential:
        return true()
    if scope.person_id is None:
        return vertrouwelijk.is_(False)
    return or_(vertrouwelijk.is_(False), *(column == scope.person_id for column in involved))


def read_page(
    session: Session,
    query: Select[tuple[Row]],
    shown: ColumnElement[bool],
    late: ColumnElement[bool],
    order: tuple[ColumnElement[Any] | Column, ...],
    window: Window,
    convert: Callable[[Row], T],
) -> ListPage[T]:
    """The rows of one page in `order`, how many the reader may see in all (and how many of those are late),
    and how many stay hidden: one count query and one page query."""
    matching = query.with_only_columns(
        func.count(), _count(shown), _count(shown & late), maintain_column_froms=True
    ).order_by(None)
    total, seen, overdue = (int(n) for n in session.execute(matching).one())
    rows = session.scalars(query.where(shown).order_by(*order).offset(window.offset).limit(window.limit))
    return ListPage([convert(row) for row in rows], seen, total - seen, overdue)


def _count(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

