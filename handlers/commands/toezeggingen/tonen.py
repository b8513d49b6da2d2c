"""Showing toezeggingen: one with its details, lists by person or period, and the history."""
from __future__ import annotations

import datetime as dt
import re

from handlers.commands.followed.show import historie as history_of
from handlers.commands.followed.show import toon as show_one
from handlers.commands.followed.render import followed_line
from handlers.commands.lists import Listing, page_reply, split_page, web_list, window
from handlers.commands.people import find_person
from handlers.commands.toezeggingen.kind import TOEZEGGING
from handlers.context import Context
from handlers.invoer import bounded_int
from handlers.domain.toezegging import Toezegging
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.ports import ToezeggingFilter
from handlers.router import normalise
from handlers.texts import lijsten as tl
from handlers.texts import toezeggingen as t
from handlers.texts import Getal
from handlers.texts.lists import OPEN_STAAN

_WITHIN = re.compile(r"^binnen (\d+) (week|weken|dag|dagen)$")

toon = show_one(TOEZEGGING, "Toezegging {nummer}")
historie = history_of(TOEZEGGING)


LISTING: Listing[Toezegging] = Listing(
    t.ENTITY, t.ENTITY, t.PLURAL,
    lambda ctx, z: followed_line(ctx, z, z.omschrijving),
)


def lijst(ctx: Context, args: str) -> OutgoingReply:
    selectie, number = split_page(args)
    criteria, wat = _criteria(ctx, selectie)
    found = ctx.uow.toezeggingen.page(criteria, window(ctx, number))
    return page_reply(ctx, LISTING, found, number, f"toezeggingen {selectie}".strip(), wat,
                      web_list(ctx, "toezeggingen", criteria))


def _criteria(ctx: Context, args: str) -> tuple[ToezeggingFilter, str | Getal]:
    words = normalise(args)
    if words in {"", "open", "openstaand"}:
        return ToezeggingFilter(), OPEN_STAAN
    if words in {"mijn", "van mij"}:
        person = ctx.require_person()
        return ToezeggingFilter(betrokkene_id=person.id), "van jou"
    if words == "zonder eigenaar":
        return ToezeggingFilter(zonder_eigenaar=True), "zonder eigenaar"
    if words in {"verlopen", "te laat", "overschreden"}:
        return ToezeggingFilter(overdue_on=ctx.today), f"met {t.OVERDUE}"
    if words in {"alle", "alles"}:
        return ToezeggingFilter(open_only=False), "in totaal"
    if words in {"onvolledig", "incompleet"}:
        return ToezeggingFilter(onvolledig=True), tl.ONVOLLEDIG
    within = _WITHIN.match(words)
    if within:
        weeks = within.group(2) in ("week", "weken")
        # Ten years ahead is the furthest a list can look: beyond that no date is meaningful (or representable).
        count = bounded_int(within.group(1), 1, 520 if weeks else 3650, "een aantal weken" if weeks else "een aantal dagen")
        days = count * (7 if weeks else 1)
        until = ctx.today + dt.timedelta(days=days)
        return ToezeggingFilter(due_until=until), f"met een deadline binnen {within.group(1)} {within.group(2)}"
    if words.startswith("van "):
        person = find_person(ctx.uow, args.strip()[4:], speaker=ctx.person)
        return ToezeggingFilter(betrokkene_id=person.id), f"van {person.name}"
    raise UserError(
        f"'{args}' begrijp ik niet als selectie.",
        examples=("toezeggingen mijn", "toezeggingen zonder eigenaar", "toezeggingen van De Vries", "toezeggingen binnen 4 weken", "toezeggingen verlopen"),
    )
