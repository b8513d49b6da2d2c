"""A motie: what the raad or Staten asked the college to do, and whether the college did it.

Only moties the raad adopted (aangenomen) or the college took over (overgenomen) are followed up;
the others are kept for the record. The number is the council's own ("M2026-014"), not ours.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar

from handlers.deadlines import Deadline, DeadlineKind
from handlers.domain.followed import Followed, Status
from handlers.domain.followup import FollowUp
from handlers.domain.lifecycles import MOTIE, OVERGENOMEN
from handlers.domain.statemachine import Machine


class Uitslag(StrEnum):
    AANGENOMEN = "aangenomen"
    VERWORPEN = "verworpen"
    INGETROKKEN = "ingetrokken"
    AANGEHOUDEN = "aangehouden"
    OVERGENOMEN = "overgenomen"


FOLLOWED_UITSLAGEN = frozenset({Uitslag.AANGENOMEN, Uitslag.OVERGENOMEN})
# A council number holds a digit and no spaces: "M2026-014", "2026/M12", "M 14" is written "M14".
_NUMMER = re.compile(r"^[A-Za-z0-9][A-Za-z0-9./_-]{0,39}$")


def parse_nummer(text: str) -> str | None:
    """The number as the council writes it, in capitals; None when it cannot be a motie number."""
    word = text.strip().upper()
    if not _NUMMER.match(word) or not any(c.isdigit() for c in word):
        return None
    return word


UITSLAG_WORDS: dict[str, Uitslag] = {
    **{u.value: u for u in Uitslag},
    "aanvaard": Uitslag.AANGENOMEN,
    "afgewezen": Uitslag.VERWORPEN,
    "teruggetrokken": Uitslag.INGETROKKEN,
    "overgenomen door college": Uitslag.OVERGENOMEN,
}


def parse_uitslag(text: str) -> Uitslag | None:
    return UITSLAG_WORDS.get(" ".join(text.strip().lower().split()))


def no_deadline() -> Deadline:
    return Deadline("", DeadlineKind.UNKNOWN)


@dataclass
class Motie(Followed):
    KIND: ClassVar[str] = "motie"
    MACHINE: ClassVar[Machine] = MOTIE

    id: int | None
    nummer: str
    titel: str
    created_at: dt.datetime
    dictum: str = ""
    datum: dt.date | None = None
    vergadering: str = ""
    indieners: str = ""
    fracties: str = ""
    uitslag: Uitslag = Uitslag.AANGENOMEN
    deadline: Deadline = field(default_factory=no_deadline)
    created_by_id: int | None = None
    portefeuillehouder_id: int | None = None
    eigenaar_id: int | None = None
    status: Status = Status.OPENSTAAND
    stand_van_zaken: str = ""
    afdoening_referentie: str = ""
    afdoening_datum: dt.date | None = None
    vertrouwelijk: bool = False
    # Set when the college took the motie over as a toezegging; the toezegging is followed from then on.
    toezegging_nummer: str | None = None

    @property
    def is_followed(self) -> bool:
        return self.uitslag in FOLLOWED_UITSLAGEN

    @property
    def is_open(self) -> bool:
        # Taken over: the toezegging is the open promise, so the motie never counts (or reminds) twice.
        return self.is_followed and self.toezegging_nummer is None and super().is_open

    @property
    def lifecycle_status(self) -> str:
        return OVERGENOMEN if self.toezegging_nummer else self.status.value

    def ask(self, command: str) -> None:
        self.MACHINE.ask(command, self.lifecycle_status, self.nummer, toezegging=self.toezegging_nummer or "")

    def as_followup(self) -> FollowUp:
        return FollowUp(
            "motie", self.nummer, self.titel, self.deadline, self.status.value,
            self.eigenaar_id, self.portefeuillehouder_id, self.vertrouwelijk,
        )
