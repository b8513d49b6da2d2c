"""A throw-away PostgreSQL database for a benchmark, so no run ever writes into a real database."""
from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text

ADMIN = os.environ.get("SAMENSPEL_TEST_POSTGRES", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def url_for(name: str) -> str:
    return ADMIN.rsplit("/", 1)[0] + "/" + name


def create_database() -> str:
    name = f"samenspel_bench_{uuid.uuid4().hex[:8]}"
    with create_engine(ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return name


def drop_database(name: str) -> None:
    with create_engine(ADMIN, isolation_level="AUTOCOMMIT").connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@contextmanager
def scratch_database() -> Iterator[str]:
    """The URL of a new, empty database on the test server; dropped afterwards."""
    name = create_database()
    try:
        yield url_for(name)
    finally:
        drop_database(name)
