"""Meetings in the chat: the coming ones, one with its agenda and outcomes, a single extra meeting."""
from __future__ import annotations

import datetime as dt

from handlers.agenda.render import by_fase, title
from handlers.agenda.schedule import upcoming
from handlers.commands.agenda.uitkomsten import SOORTEN, names, uitkomst_field, uitkomst_stake, vastleggen
from handlers.commands.agenda.vinden import find_vergadering
from handlers.commands.args import split_fields
from handlers.commands.deadline_input import read_day
from handlers.commands.people import maybe_for
from handlers.domain.functies import Functie
from handlers.commands.lists import PAGE_SIZE, paged, split_page
from handlers.context import Context
from handlers.domain.agenda import (
    AgendaInstellingen, AgendaPunt, Soort, Vergadering, stukken_deadline, unusual_day,
)
from handlers.commands.permission import shows
from handlers.domain.permissions import KEEPERS
from handlers.errors import NotAllowed, UserError
from handlers.messages import Field, Item, OutgoingReply
from handlers.router import normalise
from handlers.texts import agenda as t
from handlers.texts import lists as list_texts
from handlers.texts import aantal, datum



def lijst(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    selectie, number = split_page(args)
    word = normalise(selectie)
    soort = Soort.PO if word == "po" else Soort.COLLEGE if word in {"college", "gs", "b&w"} else None
    if word and soort is None:
        raise UserError(t.SELECTION_UNKNOWN.format(wat=args), examples=t.LIST_EXAMPLES)
    every = upcoming(ctx.uow, instellingen, ctx.today, soort)
    if not every:
        return OutgoingReply(text=t.NO_MEETINGS.format(wat="in de komende weken"))
    # The rooster is computed, not a table: its horizon bounds it, so the page is cut here, never silently.
    meetings = every[(number - 1) * PAGE_SIZE:number * PAGE_SIZE]
    counts = _counts(ctx, meetings)
    items = tuple(
        Item(key=str(v.id), title=f"{v.id} · {title(v)}",
             fields=(Field(t.FIELD_PUNTEN, str(counts.get(v.id, 0))), Field(t.FIELD_STUKKEN, datum(v.stukken_deadline))))
        for v in meetings
    )
    page = paged(ctx, number, PAGE_SIZE, len(every), f"vergaderingen {selectie}".strip())
    text = t.COMING.format(vergaderingen=aantal(len(every), "komende vergadering", "komende vergaderingen"))
    if page.pages > 1:
        text += " " + list_texts.PAGE.format(number=number, pages=page.pages)
    return OutgoingReply(text=text, items=items, notes=(t.COMING_HINT,), page=page)


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
        return shows(ctx, p.stake)

    known = names(ctx)
    fields = list(by_fase(punten, known, reveal))
    uitkomsten = ctx.uow.agenda.uitkomsten(v.id)
    shown = [u for u in uitkomsten if shows(ctx, uitkomst_stake(v, u))]
    fields.extend(uitkomst_field(ctx, v, u, known) for u in uitkomsten)
    notes = (t.NO_POINTS,) if not punten else ()
    return OutgoingReply(
        text=t.MEETING_TITLE.format(id=v.id, titel=title(v)),
        fields=(Field(t.FIELD_STUKKEN, datum(v.stukken_deadline)), *fields),
        notes=notes,
        confidential=any(p.vertrouwelijk and reveal(p) for p in punten) or any(u.vertrouwelijk for u in shown),
    )


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
        portefeuillehouder_id=maybe_for(ctx.uow, fields.get("portefeuillehouder"), Functie.PORTEFEUILLEHOUDER, speaker=ctx.person),
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
    """'vergadering 3' shows it; 'vergadering 3 besluit …' or 'vergadering vorige PO besluit …' records an
    outcome against it: the reference is everything before the first outcome word."""
    words = args.split()
    at = next((i for i, word in enumerate(words) if i > 0 and normalise(word) in SOORTEN), None)
    if at is not None:
        return vastleggen(ctx, find_vergadering(ctx, instellingen, " ".join(words[:at])), " ".join(words[at:]))
    return toon(ctx, instellingen, args)
