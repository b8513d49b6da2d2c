"""The stand-van-zakenronde: before a raads- or Statenvergadering every owner gives the stand van zaken of
their open items, the portefeuillehouders agree to the proposed afdoeningen, and the raad adopts the list.

A round is stored (rondes, ronde_items), so answers, reminders and decisions survive restarts and are
shared by every worker; the outbox's unique delivery keys make every message go out once.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from handlers.deadlines import add_working_days, is_working_day
from handlers.reminders.hours import at, local


class RondeStatus(StrEnum):
    LOPEND = "lopend"  # owners are asked and chased
    GESLOTEN = "gesloten"  # past its close: unanswered items went to the opdrachtgevers
    VASTGESTELD = "vastgesteld"  # the raad decided; the round is history


class Antwoord(StrEnum):
    ONGEWIJZIGD = "ongewijzigd"
    STAND = "stand"
    AFDOENING = "afdoening"
    VERZET = "verzet"


class Akkoord(StrEnum):
    AKKOORD = "akkoord"
    NIET_AKKOORD = "niet akkoord"


class Besluit(StrEnum):
    AFGEDAAN = "afgedaan"
    NIET_AANVAARD = "niet aanvaard"


@dataclass
class Ronde:
    id: int | None
    doel: str  # what it is for: "raad 18 december"
    scope: str  # as the concernadviseur wrote it, for the overview
    sluit_op: dt.datetime
    gestart_op: dt.datetime
    gestart_door_id: int | None
    status: RondeStatus = RondeStatus.LOPEND
    # How many times 'ronde herinner' sent one more reminder: part of its delivery key.
    extra_herinneringen: int = 0

    @property
    def label(self) -> str:
        return f"ronde {self.id} ({self.doel})"


@dataclass
class RondeItem:
    """One toezegging or motie in a round, with who is asked and what they answered."""

    ronde_id: int
    kind: str  # "toezegging" | "motie"
    nummer: str
    # Who is asked: the owner when the round started; None: the concernadviseurs.
    eigenaar_id: int | None
    portefeuillehouder_id: int | None
    antwoord: Antwoord | None = None
    beantwoord_op: dt.datetime | None = None
    beantwoord_door_id: int | None = None
    akkoord: Akkoord | None = None
    akkoord_reden: str = ""
    besluit: Besluit | None = None
    besluit_reden: str = ""

    @property
    def beantwoord(self) -> bool:
        return self.antwoord is not None

    @property
    def voorgesteld(self) -> bool:
        """The owner proposed to close it in this round."""
        return self.antwoord is Antwoord.AFDOENING


@dataclass
class Voortgang:
    """Answered and open per person (owner or portefeuillehouder)."""

    beantwoord: int = 0
    open: int = 0
    nummers_open: list[str] = field(default_factory=list)


def voortgang(items: Iterable[RondeItem], per_portefeuillehouder: bool = False) -> dict[int | None, Voortgang]:
    found: dict[int | None, Voortgang] = {}
    for item in items:
        who = item.portefeuillehouder_id if per_portefeuillehouder else item.eigenaar_id
        v = found.setdefault(who, Voortgang())
        if item.beantwoord:
            v.beantwoord += 1
        else:
            v.open += 1
            v.nummers_open.append(item.nummer)
    return found


@dataclass(frozen=True)
class RondeConfig:
    """When owners with unanswered items are reminded: working days before the close, at the start of work."""

    herinnering_werkdagen: tuple[int, ...] = (5, 2, 1)
    work_start: dt.time = dt.time(9, 0)


def herinnermomenten(sluit_op: dt.datetime, config: RondeConfig) -> list[tuple[int, dt.datetime]]:
    """(working days before, moment) for each configured reminder, earliest first; holidays are skipped."""
    close_day = local(sluit_op).date()
    found: list[tuple[int, dt.datetime]] = []
    for days in sorted(set(config.herinnering_werkdagen), reverse=True):
        found.append((days, at(add_working_days(close_day, -days), config.work_start)))
    return found


def huidige_herinnering(ronde: Ronde, now: dt.datetime, config: RondeConfig) -> int | None:
    """The latest reminder moment that has come, before the close; None when none is due.

    Only the latest: a worker that was down over two moments sends one reminder, not two. A moment on the
    day the round started is skipped: the request itself has just gone out.
    """
    if now >= ronde.sluit_op or ronde.status is not RondeStatus.LOPEND:
        return None
    started = local(ronde.gestart_op).date()
    due = [days for days, moment in herinnermomenten(ronde.sluit_op, config) if started < moment.date() and moment <= now]
    return due[-1] if due else None


def werkdag_of_volgende(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def by_person(items: Sequence[RondeItem]) -> dict[int | None, list[RondeItem]]:
    found: dict[int | None, list[RondeItem]] = {}
    for item in items:
        found.setdefault(item.eigenaar_id, []).append(item)
    return found


@dataclass(frozen=True)
class RaadsRegel:
    """One line of the list for the raad, in the council's own columns."""

    nummer: str
    onderwerp: str
    belofte: str
    termijn: str
    stand_van_zaken: str
    voorstel: str


@dataclass(frozen=True)
class RaadsLijst:
    titel: str
    # (portefeuillehouder, lines), in the order the list shows them
    per_portefeuillehouder: tuple[tuple[str, tuple[RaadsRegel, ...]], ...]
    weggelaten: int  # confidential lines left out
