"""The overview's figures: per portefeuillehouder open / te laat / afgedaan this year, and open items per month of
their termijn for the next twelve months; for toezeggingen and moties.

Counted in SQL under the same ReadScope as the lists (`read_scope`, private: a page is one person), so a confidential
item a reader may not see is not in any bar or table cell, not even as a count.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlers.context import Context
from handlers.domain.permissions import ReadScope, read_scope
from handlers.ports import Tallied
from handlers.texts import MAANDEN
from handlers.texts import web as t

MONTHS_AHEAD = 12
OVERVIEW_KINDS = ("toezeggingen", "moties")


@dataclass(frozen=True)
class HolderLine:
    name: str
    open: int
    late: int
    done: int


@dataclass(frozen=True)
class MonthLine:
    label: str  # "januari 2027"
    count: int


@dataclass(frozen=True)
class KindOverview:
    soort: str
    holders: tuple[HolderLine, ...]  # most open first, then by name
    months: tuple[MonthLine, ...]  # the next twelve months, this one first, empty months included
    year: int


def overview(ctx: Context) -> tuple[KindOverview, ...]:
    ctx.require_person()
    scope = read_scope(ctx.person, private=True)
    repositories: dict[str, Tallied] = {"toezeggingen": ctx.uow.toezeggingen, "moties": ctx.uow.moties}
    return tuple(_kind(ctx, soort, repositories[soort], scope) for soort in OVERVIEW_KINDS)


def months_ahead(today: dt.date) -> list[tuple[int, int]]:
    """(year, month) of this month and the eleven after it."""
    return [((today.month - 1 + i) // 12 + today.year, (today.month - 1 + i) % 12 + 1) for i in range(MONTHS_AHEAD)]


def _kind(ctx: Context, soort: str, repository: Tallied, scope: ReadScope) -> KindOverview:
    today = ctx.today
    tallies = repository.holder_tallies(scope, today, today.year)
    names = ctx.uow.people.names({tally.holder_id for tally in tallies if tally.holder_id is not None})
    holders = sorted(
        (HolderLine(names.get(tally.holder_id, t.NOBODY) if tally.holder_id is not None else t.NO_HOLDER,
                    tally.open, tally.late, tally.done) for tally in tallies),
        key=lambda line: (-line.open, -line.late, line.name))
    months = months_ahead(today)
    last_year, last_month = months[-1]
    until = dt.date(last_year + last_month // 12, last_month % 12 + 1, 1) - dt.timedelta(days=1)
    counted = {(m.year, m.month): m.count
               for m in repository.month_tallies(scope, today, until)}
    lines = tuple(MonthLine(f"{MAANDEN[month - 1]} {year}", counted.get((year, month), 0)) for year, month in months)
    return KindOverview(soort, tuple(holders), lines, today.year)
