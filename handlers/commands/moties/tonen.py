"""Showing moties: one, the lists concernadviseurs keep, and the history."""
from __future__ import annotations

from handlers.commands.followed.show import historie as history_of
from handlers.commands.followed.show import toon as show_one
from handlers.commands.followed.render import followed_line
from handlers.commands.lists import Listing, page_reply, split_page, web_list, window
from handlers.commands.moties.kind import MOTIE
from handlers.commands.people import find_person
from handlers.context import Context
from handlers.domain.followed import Status
from handlers.domain.motie import Motie
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.ports import MotieFilter
from handlers.router import normalise
from handlers.texts import moties as t
from handlers.texts.followed import OVERDUE
from handlers.texts import Getal
from handlers.texts.lists import OPEN_STAAN

toon = show_one(MOTIE, t.SHOW)
historie = history_of(MOTIE)

_FIXED: dict[str, tuple[MotieFilter, str | Getal]] = {
    "": (MotieFilter(), OPEN_STAAN),
    "open": (MotieFilter(), OPEN_STAAN),
    "openstaand": (MotieFilter(), OPEN_STAAN),
    "zonder eigenaar": (MotieFilter(zonder_eigenaar=True), "zonder ambtelijk eigenaar"),
    "afdoening voorgesteld": (MotieFilter(status=Status.AFDOENING_VOORGESTELD), "met afdoening voorgesteld"),
    "alle": (MotieFilter(open_only=False), "in totaal"),
}


LISTING: Listing[Motie] = Listing(
    t.ENTITY, t.ENTITY, t.PLURAL,
    lambda ctx, m: followed_line(ctx, m, m.titel),
)


def lijst(ctx: Context, args: str) -> OutgoingReply:
    selectie, number = split_page(args)
    criteria, wat = _criteria(ctx, selectie)
    found = ctx.uow.moties.page(criteria, window(ctx, number))
    return page_reply(ctx, LISTING, found, number, f"moties {selectie}".strip(), wat,
                      web_list(ctx, "moties", criteria))


def _criteria(ctx: Context, args: str) -> tuple[MotieFilter, str | Getal]:
    words = normalise(args)
    if words in _FIXED:
        return _FIXED[words]
    if words in {"verlopen", "te laat", "overschreden"}:
        return MotieFilter(overdue_on=ctx.today), f"met {OVERDUE}"
    if words in {"mijn", "van mij"}:
        return MotieFilter(betrokkene_id=ctx.require_person().id), "van jou"
    if words.startswith("van "):
        person = find_person(ctx.uow, args.strip()[4:], speaker=ctx.person)
        return MotieFilter(portefeuillehouder_id=person.id), f"van portefeuillehouder {person.name}"
    raise UserError(f"'{args}' begrijp ik niet als selectie.", examples=t.LIST_EXAMPLES)
