"""Every write of a followed item leaves a row in `item_changes`, whoever made it.

The reminder planner reads these rows instead of every open item, so a sweep with nothing new
costs a few queries. Hooked into the session (not into each repository), so imports, commands and
scripts that go through the ORM are all seen; the row commits or rolls back with the change itself.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from storage.models import ItemChangeRow, LobbyActieRow, MotieRow, ToezeggingRow

KINDS: dict[type[Any], str] = {ToezeggingRow: "toezegging", MotieRow: "motie", LobbyActieRow: "lobby"}


def _record(session: Session, _context: Any, _instances: Any) -> None:
    seen: set[tuple[str, str]] = set()
    for row in (*session.new, *session.dirty):
        kind = KINDS.get(type(row))
        if kind is None or (row not in session.new and not session.is_modified(row)):
            continue
        key = (kind, row.nummer)
        if key not in seen:
            seen.add(key)
            session.add(ItemChangeRow(item_kind=kind, item_key=row.nummer))


def track_changes(factory: sessionmaker[Session]) -> sessionmaker[Session]:
    event.listen(factory, "before_flush", _record)
    return factory
