"""One item as its page shows it: every field, the stand van zaken, linked items, the whole history, the actions.

Found through the commands' own loaders (the same number parsing and `may_show` gate as 'toezegging T-…'), shown
with the commands' own renderers (fields, details, history lines, buttons), so the page and the chat never differ.
An item this person may not read is answered exactly like one that does not exist: a page must not confirm that a
confidential number is in use.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from handlers.browse.query import ListQuery
from handlers.commands.history import history_fields
from handlers.commands.lobby import tonen as lobby
from handlers.commands.lobby.render import details as lobby_details
from handlers.commands.lobby.render import item as lobby_item
from handlers.commands.moties.kind import MOTIE
from handlers.commands.permission import shows
from handlers.commands.toezeggingen.kind import TOEZEGGING
from handlers.context import Context
from handlers.domain.motie import Motie
from handlers.domain.toezegging import Toezegging
from handlers.errors import NotFound, UserError
from handlers.messages import Button, Field, Item
from handlers.texts import lobby as lobby_texts
from handlers.texts import moties as motie_texts
from handlers.texts import toezeggingen as toezegging_texts
from handlers.texts import web as t


@dataclass(frozen=True)
class Linked:
    """An item this one is linked to; `title` only when this reader may see it."""

    soort: str
    nummer: str
    title: str


@dataclass(frozen=True)
class ItemView:
    soort: str
    nummer: str
    title: str
    fields: tuple[Field, ...]
    stand: str
    linked: tuple[Linked, ...]
    history: tuple[Field, ...]
    buttons: tuple[Button, ...]
    confidential: bool
    overdue: bool
    command: str  # what shows it in the chat


@dataclass(frozen=True)
class _Soort:
    entity: str
    load: Callable[[Context, str], tuple[Any, str]]
    item: Callable[[Context, Any], Item]
    details: Callable[[Context, Any], tuple[Field, ...]]
    stand: Callable[[Any], str]
    field_labels: Mapping[str, str]
    action_labels: Mapping[str, str]


_SOORTEN = {
    "toezeggingen": _Soort(TOEZEGGING.entity, TOEZEGGING.load, TOEZEGGING.item, TOEZEGGING.details,
                           lambda z: z.stand_van_zaken, TOEZEGGING.field_labels, TOEZEGGING.action_labels),
    "moties": _Soort(MOTIE.entity, MOTIE.load, MOTIE.item, MOTIE.details, lambda m: m.stand_van_zaken,
                     MOTIE.field_labels, MOTIE.action_labels),
    "lobby": _Soort(lobby_texts.ENTITY, lobby.load, lobby_item,
                    lambda ctx, a: lobby_details(a, ctx.uow.lobby.contacts(a.nummer)), lambda a: a.stand,
                    lobby_texts.FIELD_LABELS, lobby_texts.ACTION_LABELS),
}
_STAND_LABELS = {toezegging_texts.FIELD_LABELS["stand_van_zaken"], motie_texts.FIELD_LABELS["stand_van_zaken"],
                 lobby_texts.FIELD_LABELS["stand"]}


def item_view(ctx: Context, soort: str, nummer: str) -> ItemView:
    ctx.require_person()
    ListQuery(soort)  # an unknown kind is the same Dutch refusal as on a list
    kind = _SOORTEN[soort]
    try:
        found, _rest = kind.load(ctx, nummer.strip())
    except UserError:  # not found, not readable, or no number of this kind: one answer, no hint at other kinds
        raise NotFound(t.NOT_FOUND.format(Soort=t.SINGULAR[soort].capitalize(), nummer=nummer.strip()[:40])) from None
    shown = kind.item(ctx, found)
    # The stand van zaken has its own section on the page; the other details stay fields, in the chat's order.
    fields = tuple(f for f in (*shown.fields, *kind.details(ctx, found)) if f.label not in _STAND_LABELS)
    history = history_fields(ctx.uow.audit.history(kind.entity, found.nummer), kind.field_labels, kind.action_labels)
    return ItemView(
        soort, found.nummer, shown.title, fields, kind.stand(found), _linked(ctx, found), history, shown.buttons,
        found.vertrouwelijk, shown.overdue, f"{kind.entity} {found.nummer}",
    )


def _linked(ctx: Context, found: Any) -> tuple[Linked, ...]:
    """A toezegging taken over from a motie and that motie point at each other; each keeps its own read rule."""
    if isinstance(found, Toezegging):
        motie = ctx.uow.moties.for_toezegging(found.nummer)
        if motie is None:
            return ()
        return (Linked("moties", motie.nummer, motie.titel if shows(ctx, motie.stake) else ""),)
    if isinstance(found, Motie) and found.toezegging_nummer:
        toezegging = ctx.uow.toezeggingen.get(found.toezegging_nummer)
        if toezegging is None:
            return ()
        title = toezegging.omschrijving if shows(ctx, toezegging.stake) else ""
        return (Linked("toezeggingen", toezegging.nummer, title),)
    return ()
