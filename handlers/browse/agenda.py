"""The agenda as a page: the coming PO and college meetings, each with its points per BOB phase
(beeldvorming, oordeelsvorming, besluitvorming), as 'vergaderingen' and 'vergadering …' show them in the chat.

The chat puts a point it may not show as 'vertrouwelijk agendapunt' and counts it; a page leaves a point this person
may not read out altogether (`may_show`, private), so no count or empty phase gives it away.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlers.agenda.render import title
from handlers.agenda.schedule import upcoming
from handlers.context import Context
from handlers.domain.agenda import AgendaInstellingen, AgendaPunt, Fase, Soort
from handlers.domain.permissions import may_show
from handlers.errors import UserError
from handlers.router import normalise
from handlers.texts import agenda as agenda_texts
from handlers.texts import web as t

SOORTEN = {"": None, "po": Soort.PO, "college": Soort.COLLEGE}


@dataclass(frozen=True)
class Punt:
    nummer: str
    onderwerp: str
    portefeuillehouder: str
    opdrachtnemer: str
    stukken: dt.date
    documenten: str
    vertrouwelijk: bool


@dataclass(frozen=True)
class FaseGroep:
    fase: str  # "Beeldvorming"
    punten: tuple[Punt, ...]


@dataclass(frozen=True)
class Meeting:
    titel: str
    soort: str  # "PO" or "College"
    datum: dt.date
    stukken: dt.date
    fases: tuple[FaseGroep, ...]

    @property
    def aantal(self) -> int:
        return sum(len(f.punten) for f in self.fases)


def agenda_view(ctx: Context, instellingen: AgendaInstellingen, soort: str) -> tuple[Meeting, ...]:
    """The meetings of the coming weeks (the schedule's horizon), earliest first; `soort` '' , 'po' or 'college'."""
    ctx.require_person()
    wanted = normalise(soort)
    if wanted not in SOORTEN:
        raise UserError(t.AGENDA_BAD_SOORT.format(tekst=soort[:40]))
    meetings = upcoming(ctx.uow, instellingen, ctx.today, SOORTEN[wanted])
    punten = ctx.uow.agenda.punten([v.id for v in meetings if v.id is not None])
    shown = [p for p in punten if may_show(ctx.person, p.stake, private=True)]
    names = ctx.uow.people.names({i for p in shown for i in (p.portefeuillehouder_id, p.opdrachtnemer_id)
                                  if i is not None})

    def point(p: AgendaPunt) -> Punt:
        def name(pid: int | None) -> str:
            return names.get(pid, t.NOBODY) if pid is not None else t.NOBODY

        return Punt(p.nummer, p.onderwerp, name(p.portefeuillehouder_id), name(p.opdrachtnemer_id),
                    p.stukken_deadline, p.documenten, p.vertrouwelijk)

    return tuple(
        Meeting(title(v), t.AGENDA_SOORT[v.soort.value], v.datum, v.stukken_deadline, tuple(
            FaseGroep(agenda_texts.FASE_LABEL[fase], tuple(point(p) for p in mine))
            for fase in Fase
            if (mine := [p for p in shown if p.vergadering_id == v.id and p.fase is fase])
        ))
        for v in meetings
    )
