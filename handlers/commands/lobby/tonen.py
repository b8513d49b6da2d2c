"""Showing lobby actions: one with its contact log, lists (deze maand, per dossier, per bestuurder), history."""
from __future__ import annotations

import datetime as dt

from handlers.commands.args import first_word
from handlers.commands.history import history_fields
from handlers.commands.lists import Line, Listing, page_reply, split_page, web_list, window
from handlers.commands.lobby.render import details, item
from handlers.commands.people import find_person
from handlers.commands.permission import ensure_may_show
from handlers.context import Context
from handlers.domain.lobby import LobbyActie, parse_lobby_nummer
from handlers.errors import NotFound, UserError
from handlers.messages import OutgoingReply
from handlers.ports import LobbyFilter
from handlers.router import normalise
from handlers.texts import MAANDEN
from handlers.texts import lobby as t
from handlers.texts import Getal


def load(ctx: Context, args: str) -> tuple[LobbyActie, str]:
    word, rest = first_word(args)
    nummer = parse_lobby_nummer(word)
    if nummer is None:
        raise UserError(t.NEED_NUMMER, examples=(f"lobby {t.N}",))
    actie = ctx.uow.lobby.get(nummer)
    if actie is None:
        raise NotFound(t.NOT_FOUND.format(nummer=nummer))
    ensure_may_show(ctx, actie.stake, "Lobbyactie", nummer)
    return actie, rest


def lobby(ctx: Context, args: str) -> OutgoingReply:
    """'lobby L-2026-001' shows one; anything else is a selection."""
    if parse_lobby_nummer(first_word(args)[0]) is not None:
        return toon(ctx, args)
    selectie, number = split_page(args)
    criteria, wat = _criteria(ctx, selectie)
    found = ctx.uow.lobby.page(criteria, window(ctx, number))
    return page_reply(ctx, LISTING, found, number, f"lobby {selectie}".strip(), wat,
                      web_list(ctx, "lobby", criteria))


def toon(ctx: Context, args: str) -> OutgoingReply:
    actie, _rest = load(ctx, args)
    return OutgoingReply(
        text=t.TITLE.format(nummer=actie.nummer),
        items=(item(ctx, actie),),
        fields=details(actie, ctx.uow.lobby.contacts(actie.nummer)),
        confidential=actie.vertrouwelijk,
    )


LISTING: Listing[LobbyActie] = Listing(
    t.ENTITY, "lobbyactie", "lobbyacties",
    lambda ctx, a: Line(
        a.nummer, f"{a.dossier}: {a.doel}", a.moment, a.eigenaar_id, a.is_overdue(ctx.today), a.vertrouwelijk
    ),
)


def _criteria(ctx: Context, args: str) -> tuple[LobbyFilter, str | Getal]:
    words = normalise(args)
    if words in {"", "open", "lopend"}:
        return LobbyFilter(), ("die gepland of lopend is", "die gepland of lopend zijn")
    if words in {"alle", "alles"}:
        return LobbyFilter(open_only=False), "in totaal"
    if words in {"deze maand", "volgende maand"}:
        first = ctx.today.replace(day=1)
        if words == "volgende maand":
            first = (first + dt.timedelta(days=32)).replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return LobbyFilter(moment_from=first, moment_until=last), f"met een kansrijk moment in {MAANDEN[first.month - 1]}"
    if words == "zonder eigenaar":
        return LobbyFilter(zonder_eigenaar=True), "zonder eigenaar"
    if words.startswith("van "):
        person = find_person(ctx.uow, args.strip()[4:], speaker=ctx.person)
        return LobbyFilter(bestuurder_id=person.id), f"van {person.name}"
    if words.startswith(("mijn", "deze", "volgende", "binnen")):
        raise UserError(t.SELECTION_UNKNOWN.format(wat=args), examples=t.SELECTIE_VOORBEELDEN)
    return LobbyFilter(dossier=args.strip()), f"in dossier '{args.strip()}'"


def historie(ctx: Context, args: str) -> OutgoingReply:
    actie, _rest = load(ctx, args)
    return OutgoingReply(
        text=t.HISTORY_TITLE.format(nummer=actie.nummer, dossier=actie.dossier, doel=actie.doel),
        fields=history_fields(ctx.uow.audit.history(t.ENTITY, actie.nummer), t.FIELD_LABELS, t.ACTION_LABELS),
        confidential=actie.vertrouwelijk,
    )
