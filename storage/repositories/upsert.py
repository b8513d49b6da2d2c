"""INSERT … ON CONFLICT DO NOTHING on both databases: for rows two turns may add at the same moment."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from storage.models import Base


def dialect_insert(session: Session, model: type[Base]) -> Any:
    """The INSERT with ON CONFLICT clauses of the database this session talks to."""
    insert: Any = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    return insert(model)


def insert_new(session: Session, model: type[Base], values: Mapping[str, Any], keys: Sequence[str]) -> bool:
    """True when this call added the row; False when it was there (or a concurrent turn added it first).

    No exception and no savepoint: the loser of a race simply learns it lost, and its transaction stays usable.
    """
    statement = dialect_insert(session, model).values(**values).on_conflict_do_nothing(index_elements=list(keys))
    # RETURNING, not rowcount: through the ORM, PostgreSQL's rowcount for this statement is -1.
    added = session.execute(statement.returning(getattr(model, keys[0]))).first()
    return added is not None
