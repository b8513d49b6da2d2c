"""One shape for everything that is followed up with a deadline: toezeggingen, moties, lobby actions.

Reminders, escalation and digests work on FollowUp values, so a new kind of item only has to say
how its open items look as FollowUps.
"""
from __future__ import annotations

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
