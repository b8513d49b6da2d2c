"""Which agenda announcements are due at a moment: pure, so the timing can be tested with a clock.

- Before each meeting (N working days, at a set time) the channel gets its agenda grouped by fase.
- A college announcement also carries the besluitpunten of last week's PO ("ter voorbereiding") and the
  fixed Lobby section.
- The ambtelijk opdrachtnemer of a point gets a private reminder N working days before the stukken are due.
Every announcement has a key; the sweep records it so nothing goes out twice. Like every outgoing message it
goes out only within working hours (handlers/reminders/hours.may_send): at night or at the weekend it waits.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from handlers.agenda.render import Names, by_fase, lobby_section, lobby_window, point_line, title
from handlers.agenda.schedule import college_after
from handlers.deadlines import add_working_days
from handlers.domain.agenda import AgendaInstellingen, AgendaPunt, Fase, Soort, Vergadering
from handlers.domain.lobby import LobbyActie
from handlers.domain.permissions import in_channel
from handlers.messages import Field, OutgoingReply
from handlers.reminders.hours import may_send
from handlers.texts import agenda as t
from handlers.texts import datum

DEFAULT_START = dt.time(9, 0)


@dataclass(frozen=True)
class AgendaStand:
    """What the database holds around now: meetings (including last week's), their points, open lobby."""

    vergaderingen: list[Vergadering]
    punten: list[AgendaPunt]
    lobby: list[LobbyActie]
    names: Mapping[int, str]
    # When each meeting's agenda went out (by agenda_key): later points follow as an aanvulling.
    announced: Mapping[str, dt.datetime] = field(default_factory=dict)


@dataclass(frozen=True)
class Aankondiging:
    key: str
    reply: OutgoingReply
    channel: str | None = None
    person_id: int | None = None


def agenda_key(v: Vergadering) -> str:
    return f"agenda:{v.sleutel}"


def at(day: dt.date, time: dt.time, like: dt.datetime) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=like.tzinfo)


def announce_moment(v: Vergadering, instellingen: AgendaInstellingen, like: dt.datetime) -> dt.datetime:
    day = add_working_days(v.datum, -instellingen.aankondiging_werkdagen)
    return at(day, instellingen.aankondiging_tijd, like)


def reminder_moment(p: AgendaPunt, instellingen: AgendaInstellingen, like: dt.datetime) -> dt.datetime:
    return at(add_working_days(p.stukken_deadline, -instellingen.herinnering_werkdagen), instellingen.aankondiging_tijd, like)


def due(stand: AgendaStand, instellingen: AgendaInstellingen, now: dt.datetime) -> list[Aankondiging]:
    found: list[Aankondiging] = []
    if instellingen.kanaal:
        for v in stand.vergaderingen:
            if may_send(now, announce_moment(v, instellingen, now), at(v.datum, v.tijd or DEFAULT_START, now), instellingen):
                found.append(_agenda_post(v, stand, instellingen, instellingen.kanaal))
                found.extend(_aanvullingen(v, stand, instellingen.kanaal))
    by_id = {v.id: v for v in stand.vergaderingen}
    for p in stand.punten:
        meeting = by_id.get(p.vergadering_id)
        if meeting and p.opdrachtnemer_id is not None and may_send(
                now, reminder_moment(p, instellingen, now), _end_of(p, now), instellingen):
            found.append(_stukken_reminder(p, meeting, stand.names))
    return found


def _end_of(p: AgendaPunt, like: dt.datetime) -> dt.datetime:
    return at(p.stukken_deadline + dt.timedelta(days=1), dt.time(0), like)


def _agenda_post(v: Vergadering, stand: AgendaStand, instellingen: AgendaInstellingen, channel: str) -> Aankondiging:
    # In a channel only non-confidential points show content: the one rule, for a reader nobody in particular.
    def reveal(p: AgendaPunt) -> bool:
        return in_channel(p.stake)

    own = [p for p in stand.punten if p.vergadering_id == v.id]
    fields = list(by_fase(own, stand.names, reveal))
    notes: list[str] = []
    if not own:
        notes.append(t.NO_POINTS)
    if v.soort is Soort.PO:
        college = college_after(v, stand.vergaderingen)
        if college is not None and any(p.fase is Fase.BESLUITVORMING for p in own):
            notes.append(t.TO_COLLEGE.format(datum=datum(college.datum)))
    else:
        fields.extend(_from_last_week_po(v, stand))
        fields.append(lobby_section(lobby_window(stand.lobby, v.datum, instellingen.lobby_weken), stand.names,
                                    instellingen.lobby_weken))
    reply = OutgoingReply(text=t.ANNOUNCEMENT.format(titel=title(v)), fields=tuple(fields), notes=tuple(notes))
    return Aankondiging(key=agenda_key(v), reply=reply, channel=channel)


def _aanvullingen(v: Vergadering, stand: AgendaStand, channel: str) -> list[Aankondiging]:
    """Points added after the agenda went out follow one by one, so nobody misses a late point."""
    sent = stand.announced.get(agenda_key(v))
    if sent is None:
        return []
    late = [p for p in stand.punten if p.vergadering_id == v.id and p.created_at > sent]
    return [
        Aankondiging(
            key=f"aanvulling:{v.sleutel}:{p.nummer}",
            reply=OutgoingReply(text=t.AANVULLING.format(titel=title(v)),
                                fields=(Field(t.FASE_LABEL[p.fase], point_line(p, stand.names, in_channel(p.stake))),)),
            channel=channel,
        )
        for p in late
    ]


def _from_last_week_po(college: Vergadering, stand: AgendaStand) -> list[Field]:
    pos = {v.id for v in stand.vergaderingen if v.soort is Soort.PO and college_after(v, [college]) is college}
    besluiten = [p for p in stand.punten if p.vergadering_id in pos and p.fase is Fase.BESLUITVORMING]
    if not besluiten:
        return []
    lines = [point_line(p, stand.names, in_channel(p.stake)) for p in besluiten]
    return [Field(t.FROM_PO, "\n".join(lines))]


def _stukken_reminder(p: AgendaPunt, v: Vergadering, names: Names) -> Aankondiging:
    assert p.opdrachtnemer_id is not None
    reply = OutgoingReply(
        text=t.STUKKEN_REMINDER.format(nummer=p.nummer, onderwerp=p.onderwerp, datum=datum(p.stukken_deadline)),
        fields=(Field(t.FIELD_VERGADERING, title(v)), Field(t.FIELD_FASE, t.FASE_LABEL[p.fase]))
        + ((Field(t.FIELD_DOCUMENTEN, p.documenten),) if p.documenten else ()),
        confidential=p.vertrouwelijk,
    )
    # A new opdrachtnemer or a new stukken date is a new reminder; the same one never twice.
    key = f"stukken:{p.nummer}:{p.stukken_deadline.isoformat()}:{p.opdrachtnemer_id}"
    return Aankondiging(key=key, reply=reply, person_id=p.opdrachtnemer_id)
