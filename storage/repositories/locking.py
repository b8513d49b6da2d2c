"""Reading a row to change it: under a lock, and fresh.

Every repository's lookup by number goes through `for_change`, so a change command (read, apply, save,
audit) holds the row from its read to its commit. A second change of the same item waits for the first
to commit and then reads the new values: no lost update, and the audit's old value is always the previous
entry's new value. On PostgreSQL that is SELECT … FOR UPDATE; SQLite has no row locks, and every unit of
work there starts with BEGIN IMMEDIATE (storage/engine.py), which serialises writers the same way.
"""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select

T = TypeVar("T", bound=tuple[object, ...])


def for_change(query: Select[T]) -> Select[T]:
    # populate_existing: a row this session loaded earlier (e.g. in a list) is refreshed, not trusted.
    return query.with_for_update().execution_options(populate_existing=True)
