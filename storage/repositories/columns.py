"""Columns every followed item stores the same way: the deadline in four columns."""
from __future__ import annotations

import datetime as dt
from typing import Protocol

from handlers.deadlines import Deadline, DeadlineKind, Precision


class DeadlineColumns(Protocol):
    deadline_tekst: str
    deadline_kind: str
    deadline_due: dt.date | None
    deadline_precision: str | None


def deadline_of(row: DeadlineColumns) -> Deadline:
    return Deadline(
        text=row.deadline_tekst,
        kind=DeadlineKind(row.deadline_kind),
        due=row.deadline_due,
        precision=Precision(row.deadline_precision) if row.deadline_precision else None,
    )


def store_deadline(row: DeadlineColumns, deadline: Deadline) -> None:
    row.deadline_tekst = deadline.text
    row.deadline_kind = deadline.kind.value
    row.deadline_due = deadline.due
    row.deadline_precision = deadline.precision.value if deadline.precision else None
