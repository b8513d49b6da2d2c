"""Engine factory: SQLite embedded by default, PostgreSQL (psycopg 3) in production."""
from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from storage.changes import track_changes


def normalise_url(url: str) -> str:
    """'postgresql://…' and 'postgres://…' mean psycopg 3, not the psycopg2 SQLAlchemy would pick."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str, **kwargs: Any) -> Engine:
    # Row values never reach a log or an exception message: they may be confidential item text. Nor do
    # statements at LOG_LEVEL=DEBUG/INFO (SQLAlchemy logs them as soon as the root logger allows).
    kwargs.setdefault("hide_parameters", True)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    url = normalise_url(url)
    if url.startswith("postgresql+psycopg"):
        # psycopg prepares a statement after five runs and PostgreSQL then switches to one generic plan; for
        # lists the best plan depends on the values (a wethouder's 20,000 items or an ambtenaar's 50), and the
        # generic one tripled the time of 'toezeggingen verlopen'. Prepared statements keep the parse saving.
        connect_args = kwargs.setdefault("connect_args", {})
        connect_args.setdefault("options", "-c plan_cache_mode=force_custom_plan")
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    # Several threads (server, scheduler, console) share one file; wait rather than fail on a lock.
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()
    # SQLAlchemy, not the driver, starts transactions (see _sqlite_begin_immediate).
    dbapi_connection.isolation_level = None


def _sqlite_begin_immediate(connection: Any) -> None:
    """Every unit of work takes SQLite's write lock at its start: writers queue (busy_timeout) instead of
    two deferred transactions reading the same row and one failing with 'database is locked' on its
    write, or silently overwriting the other. SQLite has no row locks; this is its FOR UPDATE."""
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return track_changes(sessionmaker(engine, expire_on_commit=False))
