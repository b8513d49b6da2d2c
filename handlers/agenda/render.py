"""An agenda as people read it: the meeting, then its points grouped by fase.

The same rendering serves the chat ('agenda volgende PO') and the channel announcement; `reveal`
decides per point whether its content may be shown. A point that may not is only 'vertrouwelijk
agendapunt': no number, no subject, no people.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from handlers.domain.agenda import AgendaPunt, Fase, Vergadering
from handlers.domain.lobby import LobbyActie
from handlers.domain.permissions import in_channel
from handlers.deadlines import describe
from handlers.messages import Field
from handlers.texts import agenda as t
from handlers.texts import datum

Names = Mapping[int, str]
Reveal = Callable[[AgendaPunt], bool]


def title(v: Vergadering) -> str:
    tijd = f" {v.tijd:%H:%M}" if v.tijd else ""
    moved = f" ({t.MOVED.format(datum=datum(v.oorspronkelijke_datum))})" if v.oorspronkelijke_datum else ""
    return f"{v.naam} · {datum(v.datum)}{tijd}{moved}"


def point_line(p: AgendaPunt, names: Names, reveal: bool) -> str:
    if not reveal:
        return t.CONFIDENTIAL_POINT
    people = " · ".join(
        f"{label} {names[pid]}" for label, pid in (("ph", p.portefeuillehouder_id), ("opdrachtnemer", p.opdrachtnemer_id))
        if pid is not None and pid in names
    )
    parts = [f"{p.nummer} {p.onderwerp}", people, t.STUKKEN.format(datum=datum(p.stukken_deadline)), p.documenten]
    return " — ".join(part for part in parts if part)


def by_fase(punten: list[AgendaPunt], names: Names, reveal: Reveal, heading: str = "") -> tuple[Field, ...]:
    fields = []
    for fase in Fase:
        lines = [point_line(p, names, reveal(p)) for p in punten if p.fase is fase]
        if lines:
            fields.append(Field(f"{heading}{t.FASE_LABEL[fase]}", "\n".join(lines)))
    return tuple(fields)


def lobby_section(acties: list[LobbyActie], names: Names, weken: int) -> Field:
    """The fixed Lobby part of the college overview; confidential actions show no content in a channel."""
    if not acties:
        return Field(t.LOBBY_SECTION, t.LOBBY_NONE.format(weken=weken))
    lines = []
    for a in acties:
        if not in_channel(a.stake):
            lines.append(t.CONFIDENTIAL_LOBBY)
            continue
        wie = f" ({names[a.bestuurder_id]})" if a.bestuurder_id in names and a.bestuurder_id is not None else ""
        moment = datum(a.moment.due) if a.moment.due else describe(a.moment)
        lines.append(f"{a.nummer} {a.dossier}: {a.doel} → {a.target}{wie}, kansrijk moment {moment}")
    return Field(t.LOBBY_SECTION, "\n".join(lines))


def lobby_window(acties: list[LobbyActie], day: dt.date, weken: int) -> list[LobbyActie]:
    """Open lobby with a kansrijk moment up to `weken` weeks after `day` (earlier ones still count: late)."""
    until = day + dt.timedelta(weeks=weken)
    return [a for a in acties if a.is_open and a.moment.due is not None and a.moment.due <= until]
