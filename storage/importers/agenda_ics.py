"""Meetings from an iCalendar file (Outlook, Google, iBabs exports), recurring series included.

A series is expanded with `recurring-ical-events`: RRULE, EXDATE (a cancelled week) and RECURRENCE-ID
overrides (one week moved) are all honoured. Each occurrence keeps its original date in its key
(`ical:<UID>:<recurrence date>`), so a re-import updates a moved meeting instead of adding a second one.
Dates from the file are taken as they are: the calendar owner already moved meetings around holidays.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

from handlers.domain.agenda import Soort, Vergadering, stukken_deadline
from handlers.ports import UnitOfWorkFactory

TIMEZONE = ZoneInfo("Europe/Amsterdam")
_COLLEGE = re.compile(r"\b(college|gs|gedeputeerde staten|b\s*&\s*w|burgemeester en wethouders)\b", re.IGNORECASE)
_PO = re.compile(r"\b(po|portefeuillehouders?overleg)\b", re.IGNORECASE)


@dataclass
class IcsImport:
    vergaderingen: list[Vergadering] = field(default_factory=list)
    overgeslagen: list[str] = field(default_factory=list)  # summaries that are neither PO nor college


def guess_soort(summary: str) -> Soort | None:
    if _COLLEGE.search(summary):
        return Soort.COLLEGE
    if _PO.search(summary):
        return Soort.PO
    return None


def read_meetings(
    data: bytes, van: dt.date, tot: dt.date, stukken_werkdagen: int, soort: Soort | None = None, naam: str | None = None
) -> IcsImport:
    calendar = icalendar.Calendar.from_ical(data)
    result = IcsImport()
    for event in recurring_ical_events.of(calendar).between(van, tot + dt.timedelta(days=1)):
        summary = str(event.get("SUMMARY", "")).strip()
        found = soort or guess_soort(summary)
        if found is None:
            result.overgeslagen.append(summary or "(zonder titel)")
            continue
        start = _local(event.get("DTSTART").dt)
        original = _local(event.get("RECURRENCE-ID").dt) if event.get("RECURRENCE-ID") else start
        day = start.date() if isinstance(start, dt.datetime) else start
        result.vergaderingen.append(Vergadering(
            id=None, soort=found, naam=naam or summary, datum=day,
            tijd=start.time() if isinstance(start, dt.datetime) else None,
            sleutel=f"ical:{event.get('UID')}:{_day(original).isoformat()}",
            stukken_deadline=stukken_deadline(day, stukken_werkdagen),
            oorspronkelijke_datum=None, bron="ical",
        ))
    return result


def _local(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    if isinstance(value, dt.datetime):
        return value.astimezone(TIMEZONE) if value.tzinfo else value.replace(tzinfo=TIMEZONE)
    return value


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def store_meetings(uow_factory: UnitOfWorkFactory, meetings: list[Vergadering]) -> list[Vergadering]:
    """Adds new meetings and refreshes the date/time of ones imported before, in one transaction."""
    with uow_factory() as uow:
        stored = [uow.agenda.ensure(v, update=True) for v in meetings]
        uow.commit()
    return stored
