"""What toezeggingen and moties share: the status of execution, the deadline and its rules.

Both are promises of the college that the raad follows up; the life cycle is the same, so the rules live
here once and each kind only says what it is called.
"""
from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import ClassVar

from handlers.deadlines import Deadline
from handlers.domain.moving import check_move
from handlers.domain.statemachine import Machine
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

# Each status change is a command of the status machine (handlers/domain/lifecycles.py), which decides.
COMMAND_FOR: dict[Status, str] = {
    Status.OPENSTAAND: "heropen",
    Status.AFDOENING_VOORGESTELD: "afdoening",
    Status.AFGEDAAN: "afgedaan",
    Status.DEELS_VOLDAAN: "deels",
    Status.NIET_UITGEVOERD: "niet-uitgevoerd",
    Status.VERVALLEN: "vervallen",
}
VERB = {Status.VERVALLEN: "vervallen", Status.NIET_UITGEVOERD: "niet-uitgevoerd"}


class Followed:
    """Mixin for a followed item; the dataclass that uses it declares these fields."""

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

    MACHINE: ClassVar[Machine]

    @property
    def lifecycle_status(self) -> str:
        """The status the status machine reads; a kind may refine it (a motie taken over)."""
        return self.status.value

    def ask(self, command: str) -> None:
        """May `command` run now? Raises Refused with the command that would work."""
        self.MACHINE.ask(command, self.lifecycle_status, self.nummer)

    def change_status(self, new: Status, reason: str = "") -> None:
        if new is Status.OPENSTAAND:
            self.reopen(reason)  # one way back to open: with a reason, the afdoening moved to the history
            return
        self.ask(COMMAND_FOR[new])
        if new == self.status:
            raise UserError(f"{self.nummer} heeft al de status '{new.value}'.")
        if new in NEEDS_REASON and not reason.strip():
            raise UserError(
                f"Voor '{new.value}' is een reden nodig.",
                examples=(f"{self.KIND} {VERB[new]} {self.nummer} omdat de raad het voorstel heeft ingetrokken",),
            )
        self.status = new

    def reopen(self, reason: str) -> None:
        """Reopening needs a reason; the old afdoening goes to the history (the audit diff), not the item."""
        self.ask("heropen")
        if not reason.strip():
            raise UserError(
                f"Waarom wordt {self.nummer} heropend? Een reden is verplicht.",
                examples=(f"{self.KIND} heropen {self.nummer} omdat de raad meer wil weten",),
            )
        self.status = Status.OPENSTAAND
        self.afdoening_referentie = ""
        self.afdoening_datum = None

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
