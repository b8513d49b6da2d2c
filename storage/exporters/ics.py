"""`samenspel export ics`: the deadlines of one person or portefeuille as an iCalendar feed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from icalendar import Calendar, Event

from handlers.deadlines import describe
from handlers.domain.followup import FollowUp
from handlers.domain.people import Person
from handlers.domain.permissions import may_show
from handlers.ports import UnitOfWork
from storage.exporters.cells import ics_text

PRODID = "-//Samenspel//deadlines//NL"


def select(uow: UnitOfWork, persoon: Person | None, portefeuillehouder: Person | None) -> list[FollowUp]:
    """Open items with a due date; confidential ones only for a reader who may see them."""
    found = [f for source in uow.followup_sources() for f in source.open_followups() if f.deadline.due]
    if persoon is not None:
        found = [f for f in found if persoon.id in (f.eigenaar_id, f.portefeuillehouder_id)]
    if portefeuillehouder is not None:
        found = [f for f in found if f.portefeuillehouder_id == portefeuillehouder.id]
    reader = persoon or portefeuillehouder
    # A calendar file is private to whom it is made for: the same rule as a private chat.
    return [f for f in found if may_show(reader, f.stake, private=True)]


def write_ics(path: Path, followups: list[FollowUp], name: str, now: dt.datetime) -> None:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", ics_text(name))
    for f in followups:
        assert f.deadline.due is not None
        event = Event()
        # A stable UID: re-importing the feed updates the event instead of adding a second one.
        event.add("uid", ics_text(f"{f.kind}-{f.key}@samenspel"))
        event.add("dtstamp", now)
        event.add("dtstart", f.deadline.due)
        event.add("dtend", f.deadline.due + dt.timedelta(days=1))
        event.add("summary", ics_text(f"Deadline {f.kind} {f.key}: {f.title}"))
        event.add("description", ics_text(f"Status: {f.status}\nTermijn: {describe(f.deadline)}"))
        event.add("categories", [f.kind])
        event.add("class", "CONFIDENTIAL" if f.vertrouwelijk else "PUBLIC")
        calendar.add_component(event)
    path.write_bytes(calendar.to_ical())
