"""One shape for everything that is followed up with a deadline: toezeggingen, moties, lobby actions.

Reminders, escalation and digests work on FollowUp values, so a new kind of item only has to say
how its open items look as FollowUps.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlers.deadlines import Deadline
from handlers.domain.permissions import Stake


@dataclass(frozen=True)
class FollowUp:
    kind: str  # "toezegging", "motie", "lobby"
    key: str  # the number people use: T-2026-001, M2026-014, L-2026-003
    title: str
    deadline: Deadline
    status: str
    eigenaar_id: int | None
    portefeuillehouder_id: int | None
    vertrouwelijk: bool

    @property
    def stake(self) -> Stake:
        # The same rule as the item itself (its registrar is not carried here: reminders go to owners).
        return Stake(self.eigenaar_id, self.portefeuillehouder_id, None, self.vertrouwelijk)

@dataclass(frozen=True)
class Scope:
    """Which open followed items a digest or 'overzicht' section is about; the database filters by it."""

    eigenaar_id: int | None = None
    portefeuillehouder_id: int | None = None
    overdue_on: dt.date | None = None  # due before this day
    current_on: dt.date | None = None  # not overdue on this day (due then or later, or no date)
    ownerless: bool = False
    public_only: bool = False  # leave confidential items out (read in a channel)


@dataclass(frozen=True)
class Page:
    """How many items a scope holds and the first of them, overdue (earliest due date) first."""

    count: int
    first: tuple[FollowUp, ...]
    counted_up_to: int | None = None  # a count above it means "meer dan counted_up_to" (ports.Window)
