"""Meetings (PO and college), their agenda points and what was decided there.

A meeting from the recurring schedule that falls on a weekend day or a Dutch public holiday moves to
the next working day: the meeting still happens that week, and nobody has to remember to move it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from handlers.deadlines import add_working_days, holiday_name, is_working_day
from handlers.domain.lifecycles import AGENDAPUNT
from handlers.domain.permissions import Stake
from handlers.domain.toezegging import format_nummer, parse_nummer

PUNT_PREFIX = "A"
GEPLAND, BEHANDELD, INGETROKKEN = "gepland", "behandeld", "ingetrokken"
TIMEZONE = ZoneInfo("Europe/Amsterdam")
WEEKDAGEN = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")


class Soort(StrEnum):
    PO = "po"
    COLLEGE = "college"


class Fase(StrEnum):
    """Always explicit: a point without a fase is refused (beeldvorming is not 'besluit light')."""

    BEELDVORMING = "beeldvorming"
    OORDEELSVORMING = "oordeelsvorming"
    BESLUITVORMING = "besluitvorming"


class UitkomstSoort(StrEnum):
    BESLUIT = "besluit"
    ACTIE = "actie"
    TOEZEGGING = "toezegging"
    MOTIE = "motie"


def punt_nummer(jaar: int, volgnummer: int) -> str:
    return format_nummer(PUNT_PREFIX, jaar, volgnummer)


def parse_punt_nummer(text: str) -> str | None:
    return parse_nummer(text, PUNT_PREFIX)


def weekdag(text: str) -> int:
    """'maandag', 'ma' or 'Monday' → 0; ValueError names the days that work."""
    word = text.strip().lower()
    for index, name in enumerate(WEEKDAGEN):
        if word in (name, name[:2], dt.date(2024, 1, 1 + index).strftime("%A").lower()):
            return index
    raise ValueError(f"'{text}' is geen weekdag; kies uit {', '.join(WEEKDAGEN)}")


def next_working_day_from(day: dt.date) -> dt.date:
    """`day` itself when it is a working day, else the first working day after it."""
    return day if is_working_day(day) else add_working_days(day, 1)


@dataclass(frozen=True)
class Rooster:
    """One recurring meeting: 'PO Mobiliteit every Monday 10:00'."""

    soort: Soort
    naam: str
    weekdag: int
    tijd: dt.time
    # E-mail of the portefeuillehouder who owns this PO (a PO per portefeuillehouder); "" for a shared one.
    portefeuillehouder: str = ""


@dataclass(frozen=True)
class AgendaInstellingen:
    """Everything the schedule and the announcements need, built from bot/settings.py."""

    roosters: tuple[Rooster, ...]
    kanaal: str | None = None
    aankondiging_werkdagen: int = 1
    aankondiging_tijd: dt.time = dt.time(9, 0)
    stukken_werkdagen: int = 5
    herinnering_werkdagen: int = 1
    horizon_weken: int = 8
    lobby_weken: int = 4
    # The working day every outgoing message keeps to (handlers/reminders/hours.py), as for reminders.
    work_start: dt.time = dt.time(8, 30)
    work_end: dt.time = dt.time(17, 30)

    @classmethod
    def standaard(cls) -> AgendaInstellingen:
        """PO on Monday, college (GS) on Tuesday, both at 10:00: the default when nothing is configured."""
        return cls(roosters=(
            Rooster(Soort.PO, "PO", 0, dt.time(10, 0)),
            Rooster(Soort.COLLEGE, "GS", 1, dt.time(10, 0)),
        ))


@dataclass
class Vergadering:
    id: int | None
    soort: Soort
    naam: str
    datum: dt.date
    tijd: dt.time | None
    sleutel: str  # unique: 'rooster:PO:2026-11-30', 'ical:<uid>:<datum>', 'los:<naam>:<datum>'
    stukken_deadline: dt.date
    portefeuillehouder_id: int | None = None
    oorspronkelijke_datum: dt.date | None = None  # set when a holiday moved it
    bron: str = "rooster"


@dataclass
class AgendaPunt:
    id: int | None
    nummer: str
    vergadering_id: int
    onderwerp: str
    fase: Fase
    created_at: dt.datetime
    stukken_deadline: dt.date
    created_by_id: int | None = None
    portefeuillehouder_id: int | None = None
    opdrachtnemer_id: int | None = None
    inbrenger_id: int | None = None
    documenten: str = ""
    vertrouwelijk: bool = False
    ingetrokken: bool = False

    def lifecycle_status(self, vergadering: Vergadering, now: dt.datetime) -> str:
        if self.ingetrokken:
            return INGETROKKEN
        return BEHANDELD if has_started(vergadering, now) else GEPLAND

    def ask(self, command: str, vergadering: Vergadering, now: dt.datetime) -> None:
        """May `command` run now? The agendapunt status machine decides (handlers/domain/lifecycles.py)."""
        AGENDAPUNT.ask(command, self.lifecycle_status(vergadering, now), self.nummer, datum=vergadering.datum.strftime("%d-%m-%Y"))

    @property
    def stake(self) -> Stake:
        # The portefeuillehouder owns the point; the concernadviseur (a keeper) supports. The opdrachtnemer writes
        # the stukken and the inbrenger brought it in: they work on it, so they read it (and get its reminders).
        working = frozenset(i for i in (self.opdrachtnemer_id, self.inbrenger_id) if i is not None)
        return Stake(self.portefeuillehouder_id, self.portefeuillehouder_id, self.created_by_id, self.vertrouwelijk,
                     working)


@dataclass(frozen=True)
class Uitkomst:
    """A besluit, actie, toezegging or motie recorded against a meeting after it took place."""

    id: int | None
    vergadering_id: int
    soort: UitkomstSoort
    tekst: str
    created_at: dt.datetime
    created_by_id: int | None = None
    referentie: str = ""
    eigenaar_id: int | None = None
    vertrouwelijk: bool = False


def unusual_day(day: dt.date, today: dt.date) -> tuple[str, str] | None:
    """Why a meeting on `day` needs a second look: ('past'|'weekend'|'holiday', holiday name), or None."""
    if day < today:
        return ("past", "")
    name = holiday_name(day)
    if name:
        return ("holiday", name)
    if day.weekday() >= 5:
        return ("weekend", "")
    return None


def begint(v: Vergadering) -> dt.datetime:
    """When the meeting starts, Amsterdam time; a meeting without a time starts at the start of its day."""
    return dt.datetime.combine(v.datum, v.tijd or dt.time(0, 0), TIMEZONE)


def has_started(v: Vergadering, now: dt.datetime) -> bool:
    return now >= begint(v)


def stukken_deadline(datum: dt.date, werkdagen: int) -> dt.date:
    return add_working_days(datum, -werkdagen)


def planned(instellingen: AgendaInstellingen, van: dt.date, tot: dt.date) -> list[Vergadering]:
    """Every meeting of the recurring schedule between van and tot (inclusive), holidays moved."""
    found: list[Vergadering] = []
    day = van
    while day <= tot:
        for rooster in instellingen.roosters:
            if day.weekday() == rooster.weekdag:
                found.append(_from_rooster(rooster, day, instellingen.stukken_werkdagen))
        day += dt.timedelta(days=1)
    return found


def _from_rooster(rooster: Rooster, day: dt.date, werkdagen: int) -> Vergadering:
    datum = next_working_day_from(day)
    return Vergadering(
        id=None, soort=rooster.soort, naam=rooster.naam, datum=datum, tijd=rooster.tijd,
        # The key holds the scheduled day, so a moved meeting is still the same meeting.
        sleutel=f"rooster:{rooster.naam}:{day.isoformat()}",
        stukken_deadline=stukken_deadline(datum, werkdagen),
        oorspronkelijke_datum=day if datum != day else None,
    )


def overlapping(imported: list[Vergadering], instellingen: AgendaInstellingen) -> list[Vergadering]:
    """Imported meetings on a day the fixed schedule already has a meeting of the same soort: likely doubles."""
    if not imported:
        return []
    days = [v.datum for v in imported]
    scheduled = {(v.soort, v.datum) for v in planned(instellingen, min(days), max(days))}
    return [v for v in imported if (v.soort, v.datum) in scheduled]
