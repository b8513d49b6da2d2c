"""Meetings in the chat: the coming ones, one with its agenda and outcomes, a single extra meeting."""
from __future__ import annotations

import datetime as dt

from handlers.agenda.render import by_fase, title
from handlers.agenda.schedule import upcoming
from handlers.commands.agenda.uitkomsten import SOORTEN, vastleggen
from handlers.commands.agenda.vinden import find_vergadering
from handlers.commands.args import first_word, split_fields
from handlers.commands.deadline_input import read_day
from handlers.commands.people import maybe_for
from handlers.domain.functies import Functie
from handlers.context import Context
from handlers.domain.agenda import (
    AgendaInstellingen, AgendaPunt, Soort, Uitkomst, Vergadering, stukken_deadline, unusual_day,
)
from handlers.domain.permissions import KEEPERS, Stake, may_read
from handlers.errors import NotAllowed, UserError
from handlers.messages import Field, Item, OutgoingReply
from handlers.router import normalise
from handlers.texts import agenda as t
from handlers.texts import datum



def names(ctx: Context) -> dict[int, str]:
    return {p.id: p.name for p in ctx.uow.people.all() if p.id is not None}


def lijst(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    word = normalise(args)
    soort = Soort.PO if word == "po" else Soort.COLLEGE if word in {"college", "gs", "b&w"} else None
    if word and soort is None:
        raise UserError(t.SELECTION_UNKNOWN.format(wat=args), examples=t.LIST_EXAMPLES)
    meetings = upcoming(ctx.uow, instellingen, ctx.today, soort)[:12]
    if not meetings:
        return OutgoingReply(text=t.NO_MEETINGS.format(wat="in de komende weken"))
    counts = _counts(ctx, meetings)
    items = tuple(
        Item(key=str(v.id), title=f"{v.id} · {title(v)}",
             fields=(Field(t.FIELD_PUNTEN, str(counts.get(v.id, 0))), Field(t.FIELD_STUKKEN, datum(v.stukken_deadline))))
        for v in meetings
    )
    return OutgoingReply(text=t.COMING.format(n=len(meetings)), items=items, notes=(t.COMING_HINT,))


def _counts(ctx: Context, meetings: list[Vergadering]) -> dict[int | None, int]:
    counts: dict[int | None, int] = {}
    for p in ctx.uow.agenda.punten([v.id for v in meetings if v.id is not None]):
        counts[p.vergadering_id] = counts.get(p.vergadering_id, 0) + 1
    return counts


def toon(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    if not args.strip():
        return lijst(ctx, instellingen, "")
    v = find_vergadering(ctx, instellingen, args)
    assert v.id is not None
    punten = ctx.uow.agenda.punten([v.id])

    def reveal(p: AgendaPunt) -> bool:
        return not p.vertrouwelijk or (ctx.private and may_read(ctx.person, p.stake))

    known = names(ctx)
    fields = list(by_fase(punten, known, reveal))
    uitkomsten = ctx.uow.agenda.uitkomsten(v.id)
    shown = [u for u in uitkomsten if _reveal_uitkomst(ctx, v, u)]
    fields.extend(_uitkomst_field(u, known, u in shown) for u in uitkomsten)
    notes = (t.NO_POINTS,) if not punten else ()
    return OutgoingReply(
        text=t.MEETING_TITLE.format(id=v.id, titel=title(v)),
        fields=(Field(t.FIELD_STUKKEN, datum(v.stukken_deadline)), *fields),
        notes=notes,
        confidential=any(p.vertrouwelijk and reveal(p) for p in punten) or any(u.vertrouwelijk for u in shown),
    )


def _reveal_uitkomst(ctx: Context, v: Vergadering, u: Uitkomst) -> bool:
    stake = Stake(u.eigenaar_id, v.portefeuillehouder_id, u.created_by_id, u.vertrouwelijk)
    return not u.vertrouwelijk or (ctx.private and may_read(ctx.person, stake))


def _uitkomst_field(u: Uitkomst, known: dict[int, str], reveal: bool) -> Field:
    if not reveal:
        return Field(t.UITKOMST_LABEL[u.soort], t.CONFIDENTIAL_UITKOMST)
    wie = f" ({known[u.eigenaar_id]})" if u.eigenaar_id is not None and u.eigenaar_id in known else ""
    ref = f"{u.referentie} " if u.referentie else ""
    return Field(t.UITKOMST_LABEL[u.soort], f"{ref}{u.tekst}{wie}".strip())


def nieuw(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    person = ctx.require_person()
    if not (person.has_role(*KEEPERS) or person.is_portefeuillehouder):
        raise NotAllowed(t.PLAN_NOT_ALLOWED)
    head, fields = split_fields(args, {"soort": (), "datum": ("op",), "tijd": ("om",), "portefeuillehouder": ("ph",), "naam": (),
                                        t.CONFIRM_WORD: ("bevestigd", "zeker")}, flags=(t.CONFIRM_WORD,))
    naam = fields.get("naam") or head
    soort_text = normalise(fields.get("soort", ""))
    if not naam or soort_text not in {"po", "college"} or not fields.get("datum"):
        raise UserError(t.PLAN_NEEDS, examples=(t.PLAN_VOORBEELD,))
    day = read_day(ctx, fields["datum"])
    _confirm_day(day, ctx.today, args, confirmed=t.CONFIRM_WORD in fields)
    v = ctx.uow.agenda.ensure(Vergadering(
        id=None, soort=Soort(soort_text), naam=naam, datum=day, tijd=_time(fields.get("tijd", "")),
        sleutel=f"los:{naam}:{day.isoformat()}", stukken_deadline=stukken_deadline(day, instellingen.stukken_werkdagen),
        portefeuillehouder_id=maybe_for(ctx.uow, fields.get("portefeuillehouder"), Functie.PORTEFEUILLEHOUDER),
        bron="los",
    ))
    ctx.record(t.ENTITY_VERGADERING, str(v.id), "nieuw", {"vergadering": (None, title(v))})
    return OutgoingReply(text=t.PLANNED.format(id=v.id, titel=title(v)),
                         fields=(Field(t.FIELD_STUKKEN, datum(v.stukken_deadline)),))


def _confirm_day(day: dt.date, today: dt.date, command: str, *, confirmed: bool) -> None:
    """A meeting in the past, in the weekend or on a holiday is refused until the user confirms it."""
    unusual = unusual_day(day, today)
    if unusual is None or confirmed:
        return
    why, name = unusual
    waarom = {"past": t.WHY_PAST, "weekend": t.WHY_WEEKEND, "holiday": t.WHY_HOLIDAY.format(naam=name)}[why]
    raise UserError(t.DATE_NEEDS_CONFIRM.format(datum=datum(day), waarom=waarom, woord=t.CONFIRM_WORD,
                                                commando=f"vergadering nieuw {command.strip()}"))


def _time(text: str) -> dt.time | None:
    if not text.strip():
        return None
    try:
        return dt.time.fromisoformat(text.strip().replace(".", ":").zfill(5))
    except ValueError:
        raise UserError(t.BAD_TIME.format(wat=text), examples=("tijd: 14:00", "tijd: 9:30")) from None


def vergadering(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    """'vergadering 3' shows it; 'vergadering 3 besluit …' records an outcome against it."""
    ref, rest = first_word(args)
    soort_word, _ = first_word(rest)
    if ref.isdigit() and normalise(soort_word) in SOORTEN:
        return vastleggen(ctx, find_vergadering(ctx, instellingen, ref), rest)
    return toon(ctx, instellingen, args)
