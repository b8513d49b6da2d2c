"""The audit trail: every change to a record says who, when, what (old → new) and why."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# field name -> (old, new), as display strings so the history reads the same forever.
Changes = dict[str, tuple[str | None, str | None]]


@dataclass(frozen=True)
class AuditEntry:
    entity: str
    key: str
    action: str
    actor_id: int | None
    at: dt.datetime
    changes: Changes = field(default_factory=dict)
    reason: str = ""
    actor_name: str = ""


def diff(before: dict[str, str | None], after: dict[str, str | None]) -> Changes:
    return {
        name: (before.get(name), value)
        for name, value in after.items()
        if before.get(name) != value
    }
