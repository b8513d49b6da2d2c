"""Which database errors mean 'another transaction got there first', and which mean 'this value does not fit'.

The unit of work turns them into the core's own exceptions, so the core can retry a race or explain a value
without knowing SQLAlchemy.
"""
from __future__ import annotations

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

# PostgreSQL: unique violation, serialization failure, deadlock, lock not available.
_PG_RACES = {"23505", "40001", "40P01", "55P03"}


def is_race(error: BaseException) -> bool:
    if isinstance(error, StaleDataError):
        return True
    if not isinstance(error, (IntegrityError, OperationalError)):
        return False
    state = getattr(error.orig, "sqlstate", None)
    if state is not None:
        return state in _PG_RACES
    message = str(error.orig)
    # SQLite: a unique key taken by a concurrent writer, or the write lock not free within busy_timeout.
    return "UNIQUE constraint failed" in message or "database is locked" in message


def is_unstorable(error: BaseException) -> bool:
    """A value too long, a number out of range, a character PostgreSQL refuses (NUL)."""
    return isinstance(error, DataError) or (
        isinstance(error, DBAPIError) and getattr(error.orig, "sqlstate", "") in {"22001", "22003", "22008", "22021"}
    )
