"""A toezegging: a promise a portefeuillehouder made to the raad or Staten, and its life cycle."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import ClassVar

from handlers.deadlines import Deadline
from handlers.domain.followed import CLOSED_STATUSES, NEEDS_REASON, OPEN_STATUSES, Followed, Status
from handlers.domain.followup import FollowUp
from handlers.domain.lifecycles import TOEZEGGING
from handlers.domain.statemachine import Machine

__all__ = ["CLOSED_STATUSES", "NEEDS_REASON", "OPEN_STATUSES", "PREFIX", "Status", "Toezegging", "format_nummer", "parse_nummer"]


PREFIX = "T"
_NUMMER = re.compile(r"^\s*([A-Za-z])?-?(\d{4})-(\d{1,4})\s*$")


def format_nummer(prefix: str, jaar: int, volgnummer: int) -> str:
    return f"{prefix}-{jaar}-{volgnummer:03d}"


def parse_nummer(text: str, prefix: str = PREFIX) -> str | None:
    """'t-2026-1', 'T-2026-001' and '2026-001' all name T-2026-001."""
    match = _NUMMER.match(text)
    if not match:
        return None
    letter, jaar, volg = match.groups()
    if letter and letter.upper() != prefix:
        return None
    return format_nummer(prefix, int(jaar), int(volg))


@dataclass
class Toezegging(Followed):
    KIND: ClassVar[str] = "toezegging"
    MACHINE: ClassVar[Machine] = TOEZEGGING

    id: int | None
    nummer: str
    omschrijving: str
    deadline: Deadline
    created_at: dt.datetime
    created_by_id: int | None = None
    portefeuillehouder_id: int | None = None
    eigenaar_id: int | None = None
    status: Status = Status.OPENSTAAND
    gremium: str = ""
    vergaderdatum: dt.date | None = None
    aan: str = ""
    stand_van_zaken: str = ""
    afdoening_referentie: str = ""
    afdoening_datum: dt.date | None = None
    vertrouwelijk: bool = False

    def as_followup(self) -> FollowUp:
        return FollowUp(
            "toezegging", self.nummer, self.omschrijving, self.deadline, self.status.value,
            self.eigenaar_id, self.portefeuillehouder_id, self.vertrouwelijk,
        )

    def copy(self) -> Toezegging:
        return replace(self)

