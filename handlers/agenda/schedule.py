"""Putting the recurring schedule into the database for a period, so points can be attached to meetings."""
from __future__ import annotations

import datetime as dt

from handlers.domain.agenda import AgendaInstellingen, Soort, Vergadering, planned
from handlers.ports import UnitOfWork


def ensure_schedule(uow: UnitOfWork, instellingen: AgendaInstellingen, van: dt.date, tot: dt.date) -> None:
    """Idempotent: a meeting already stored (by its sleutel) is left as it is."""
    owners = {r.naam: _person_id(uow, r.portefeuillehouder) for r in instellingen.roosters}
    for vergadering in planned(instellingen, van, tot):
        vergadering.portefeuillehouder_id = owners.get(vergadering.naam)
        uow.agenda.ensure(vergadering)


def _person_id(uow: UnitOfWork, email: str) -> int | None:
    person = uow.people.by_email(email) if email else None
    return person.id if person else None


def upcoming(
    uow: UnitOfWork, instellingen: AgendaInstellingen, today: dt.date, soort: Soort | None = None
) -> list[Vergadering]:
    tot = today + dt.timedelta(weeks=instellingen.horizon_weken)
    ensure_schedule(uow, instellingen, today, tot)
    return uow.agenda.vergaderingen(today, tot, soort)


def college_after(po: Vergadering, colleges: list[Vergadering]) -> Vergadering | None:
    """The first college meeting in the week after the PO: where its besluitpunten go next."""
    monday = po.datum - dt.timedelta(days=po.datum.weekday()) + dt.timedelta(weeks=1)
    sunday = monday + dt.timedelta(days=6)
    following = [c for c in colleges if c.soort is Soort.COLLEGE and monday <= c.datum <= sunday]
    return min(following, key=lambda c: c.datum) if following else None
