"""What toezeggingen and moties share: the status of execution, the deadline and its rules.

Both are promises of the college that the raad follows up; the life cycle is the same, so the rules live
here once and each kind only says what it is called.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar

from handlers.deadlines import Deadline
from handlers.domain.listdetails import ListDetails
from handlers.domain.moving import check_move
from handlers.domain.permissions import Stake
from handlers.errors import UserError


class Status(StrEnum):
    OPENSTAAND = "openstaand"
    AFDOENING_VOORGESTELD = "afdoening voorgesteld"
    AFGEDAAN = "afgedaan"
    DEELS_VOLDAAN = "deels voldaan"
    NIET_UITGEVOERD = "niet uitgevoerd"
    VERVALLEN = "vervallen"


OPEN_STATUSES = frozenset({Status.OPENSTAAND, Status.AFDOENING_VOORGESTELD, Status.DEELS_VOLDAAN})
CLOSED_STATUSES = frozenset(Status) - OPEN_STATUSES
# Closing for good needs a reason: the raad must be able to read why a promise was not kept.
NEEDS_REASON = frozenset({Status.VERVALLEN, Status.NIET_UITGEVOERD})

_ALLOWED: dict[Status, frozenset[Status]] = {
    Status.OPENSTAAND: frozenset(Status) - {Status.OPENSTAAND},
    Status.AFDOENING_VOORGESTELD: frozenset(Status) - {Status.AFDOENING_VOORGESTELD},
    Status.DEELS_VOLDAAN: frozenset(Status) - {Status.DEELS_VOLDAAN},
    # A closed item can only be reopened; that too is recorded.
    Status.AFGEDAAN: frozenset({Status.OPENSTAAND}),
    Status.NIET_UITGEVOERD: frozenset({Status.OPENSTAAND}),
    Status.VERVALLEN: frozenset({Status.OPENSTAAND}),
}
VERB = {Status.VERVALLEN: "vervallen", Status.NIET_UITGEVOERD: "niet-uitgevoerd"}


class Followed(ListDetails):
    """Mixin for a followed item; the dataclass that uses it declares these fields (ListDetails brings its own)."""

    KIND: ClassVar[str]
    nummer: str
    status: Status
    deadline: Deadline
    eigenaar_id: int | None
    portefeuillehouder_id: int | None
    created_by_id: int | None
    vertrouwelijk: bool
    stand_van_zaken: str
    afdoening_referentie: str
    afdoening_datum: dt.date | None

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: dt.date) -> bool:
        """'Termijn overschreden' is derived, never stored: open and past its last day."""
        due = self.deadline.due
        return self.is_open and due is not None and due < today

    def change_status(self, new: Status, reason: str = "") -> None:
        if new == self.status:
            raise UserError(f"{self.nummer} heeft al de status '{new.value}'.")
        if new not in _ALLOWED[self.status]:
            raise UserError(
                f"{self.nummer} is {self.status.value}; dat kan niet meer naar '{new.value}'. "
                f"Heropen hem eerst met: {self.KIND} heropen {self.nummer} omdat <reden>"
            )
        if new in NEEDS_REASON and not reason.strip():
            raise UserError(
                f"Voor '{new.value}' is een reden nodig.",
                examples=(f"{self.KIND} {VERB[new]} {self.nummer} omdat de raad het voorstel heeft ingetrokken",),
            )
        self.status = new

    def move_deadline(self, new: Deadline, reason: str) -> None:
        """Afspraak is afspraak: a deadline may move, but only with a reason (kept in the history)."""
        check_move(
            self.nummer, self.deadline, new, reason, wat="deadline",
            voorbeeld=f"{self.KIND} verzet {self.nummer} naar Q3 2027 omdat het onderzoek uitloopt",
        )
        self.deadline = new

    @property
    def stake(self) -> Stake:
        return Stake(self.eigenaar_id, self.portefeuillehouder_id, self.created_by_id, self.vertrouwelijk)
