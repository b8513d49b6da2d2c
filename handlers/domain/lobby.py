"""A lobby action: what we want from whom, at which kansrijk moment, and what it brought."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from handlers.deadlines import Deadline
from handlers.domain.moving import check_move
from handlers.domain.followup import FollowUp
from handlers.domain.lifecycles import LOBBY
from handlers.domain.permissions import Stake
from handlers.domain.toezegging import format_nummer, parse_nummer
from handlers.errors import UserError

PREFIX = "L"
KIND = "lobby"


class LobbyStatus(StrEnum):
    GEPLAND = "gepland"
    LOPEND = "lopend"
    AFGEROND = "afgerond"


OPEN_STATUSES = frozenset({LobbyStatus.GEPLAND, LobbyStatus.LOPEND})


def lobby_nummer(jaar: int, volgnummer: int) -> str:
    return format_nummer(PREFIX, jaar, volgnummer)


def parse_lobby_nummer(text: str) -> str | None:
    """'L-2026-1' and 'l-2026-001' name L-2026-001; a bare '2026-001' only with the L, to keep dossiers apart."""
    if not text.strip().upper().startswith(PREFIX):
        return None
    return parse_nummer(text, PREFIX)


@dataclass(frozen=True)
class LobbyContact:
    """One entry in the contact log: who spoke to whom and what came of it."""

    at: dt.datetime
    door: str
    verslag: str


@dataclass
class LobbyActie:
    id: int | None
    nummer: str
    dossier: str
    doel: str
    target: str
    moment: Deadline
    created_at: dt.datetime
    created_by_id: int | None = None
    eigenaar_id: int | None = None
    bestuurder_id: int | None = None
    partners: str = ""
    status: LobbyStatus = LobbyStatus.GEPLAND
    stand: str = ""
    opbrengst: str = ""
    vertrouwelijk: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def is_overdue(self, today: dt.date) -> bool:
        due = self.moment.due
        return self.is_open and due is not None and due < today

    def ask(self, command: str) -> None:
        """May `command` run now? The lobby status machine (handlers/domain/lifecycles.py) decides."""
        LOBBY.ask(command, self.status.value, self.nummer)

    def log_contact(self) -> None:
        """A contact means the lobby has started: gepland becomes lopend."""
        self.ask("contact")
        self.status = LobbyStatus.LOPEND

    def afronden(self, opbrengst: str) -> None:
        self.ask("afgerond")
        if not opbrengst.strip():
            raise UserError(
                "Wat heeft de lobby opgeleverd? Die opbrengst is verplicht bij afronden.",
                examples=(f"lobby afgerond {self.nummer} Minister zegt 40 miljoen toe in de voorjaarsnota",),
            )
        self.status = LobbyStatus.AFGEROND
        self.opbrengst = opbrengst.strip()

    def verzet(self, moment: Deadline, reason: str) -> None:
        self.ask("verzet")
        check_move(
            self.nummer, self.moment, moment, reason, wat="kansrijk moment",
            voorbeeld=f"lobby verzet {self.nummer} naar 15 maart 2027 omdat het debat is uitgesteld",
        )
        self.moment = moment

    @property
    def stake(self) -> Stake:
        return Stake(self.eigenaar_id, self.bestuurder_id, self.created_by_id, self.vertrouwelijk)

    def as_followup(self) -> FollowUp:
        return FollowUp(
            KIND, self.nummer, followup_title(self.dossier, self.doel), self.moment, self.status.value,
            self.eigenaar_id, self.bestuurder_id, self.vertrouwelijk,
        )


def followup_title(dossier: str, doel: str) -> str:
    """How a lobby action is named in reminders and digests."""
    return f"{dossier}: {doel}"
