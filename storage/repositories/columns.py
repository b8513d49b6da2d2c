"""Columns every followed item stores the same way: the deadline in four columns."""
from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from handlers.deadlines import Deadline, DeadlineKind, Precision
from handlers.domain.followed import Followed


class DeadlineColumns(Protocol):
    deadline_tekst: str
    deadline_kind: str
    deadline_due: dt.date | None
    deadline_precision: str | None


def deadline_of(row: DeadlineColumns) -> Deadline:
    return deadline_from(row.deadline_tekst, row.deadline_kind, row.deadline_due, row.deadline_precision)


def deadline_from(tekst: str, kind: str, due: dt.date | None, precision: str | None) -> Deadline:
    """A deadline from its four stored columns (named deadline_* or moment_*)."""
    return Deadline(text=tekst, kind=DeadlineKind(kind), due=due, precision=Precision(precision) if precision else None)


def store_deadline(row: DeadlineColumns, deadline: Deadline) -> None:
    row.deadline_tekst = deadline.text
    row.deadline_kind = deadline.kind.value
    row.deadline_due = deadline.due
    row.deadline_precision = deadline.precision.value if deadline.precision else None


class ListDetailColumns(Protocol):
    vingerafdruk: str | None
    tekst: str
    mede_indieners: str
    stemverhouding: str
    agendapunt: str
    bijlagen: list[str]
    momenten: dict[str, str]
    onbekende_portefeuillehouder: str
    onbekende_eigenaar: str


def list_details_of(row: ListDetailColumns) -> dict[str, Any]:
    """The keyword arguments for a Toezegging or Motie: what a council list keeps beyond our fields."""
    return {
        "vingerafdruk": row.vingerafdruk, "tekst": row.tekst or "", "mede_indieners": row.mede_indieners or "",
        "stemverhouding": row.stemverhouding or "", "agendapunt": row.agendapunt or "",
        "bijlagen": tuple(row.bijlagen or ()),
        "momenten": {name: dt.date.fromisoformat(day) for name, day in (row.momenten or {}).items()},
        "onbekende_portefeuillehouder": row.onbekende_portefeuillehouder or "",
        "onbekende_eigenaar": row.onbekende_eigenaar or "",
    }


def store_list_details(row: ListDetailColumns, item: Followed) -> None:
    for name in ("vingerafdruk", "tekst", "mede_indieners", "stemverhouding", "agendapunt", "onbekende_portefeuillehouder",
                 "onbekende_eigenaar"):
        setattr(row, name, getattr(item, name))
    row.bijlagen = list(item.bijlagen)
    row.momenten = {name: day.isoformat() for name, day in sorted(item.momenten.items())}
