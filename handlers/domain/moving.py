"""Afspraak is afspraak: the one rule for moving any deadline or moment, for every kind of item."""
from __future__ import annotations

from handlers.deadlines import Deadline, DeadlineKind
from handlers.errors import UserError


def check_move(nummer: str, current: Deadline, new: Deadline, reason: str, *, wat: str, voorbeeld: str) -> None:
    """Raises a Dutch UserError unless `new` may replace `current`: a reason, a real deadline, a change.

    `wat` names the thing in the message ("deadline", "kansrijk moment").
    """
    if not reason.strip():
        raise UserError(f"Een {wat} verzetten kan alleen met een reden.", examples=(voorbeeld,))
    if new.kind is DeadlineKind.ERROR:
        raise UserError(new.message or f"'{new.text}' begrijp ik niet als termijn.", examples=new.examples)
    if new == current:
        raise UserError(f"{nummer} staat al op '{new.text}': er verandert niets.", examples=(voorbeeld,))
