"""The public list for the raad (opt-in, SAMENSPEL_OPENBARE_LIJST): non-confidential toezeggingen and moties with
number, onderwerp, portefeuillehouder, termijn, status, stand van zaken and afdoening; never a civil servant's name.

Read with the scope of nobody in a channel (`read_scope(None, private=False)`): no confidential item is in a page,
a count or the feed, whoever asks. A confidential number is answered exactly like a number that is not in use.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from handlers.commands.followed.render import status_text
from handlers.commands.lists import deadline_text
from handlers.context import Context
from handlers.domain.motie import Motie
from handlers.domain.permissions import may_show, read_scope
from handlers.errors import NotFound, UserError
from handlers.ports import ListOrder, MotieFilter, ToezeggingFilter, Window
from handlers.texts import aantal, datum
from handlers.texts import moties as motie_texts
from handlers.texts import toezeggingen as toezegging_texts
from handlers.texts import web as t

PUBLIC_KINDS = ("toezeggingen", "moties")
PUBLIC_SCOPE = read_scope(None, private=False)
PAGE_SIZE = 50
FEED_SIZE = 50
FEED_DAYS = 90
ENTITIES = {"toezeggingen": toezegging_texts.ENTITY, "moties": motie_texts.ENTITY}


@dataclass(frozen=True)
class PublicItem:
    soort: str
    nummer: str
    onderwerp: str
    portefeuillehouder: str
    termijn: str
    status: str
    stand: str
    afdoening: str


@dataclass(frozen=True)
class PublicPage:
    soort: str
    items: tuple[PublicItem, ...]
    total: int
    page: int
    pages: int


def public_list(ctx: Context, soort: str, pagina: int) -> PublicPage:
    _kind(soort)
    window = Window(PUBLIC_SCOPE, (pagina - 1) * PAGE_SIZE, PAGE_SIZE, ctx.today, ListOrder.TERMIJN)
    found: Any = (ctx.uow.toezeggingen.page(ToezeggingFilter(open_only=False), window) if soort == "toezeggingen"
                  else ctx.uow.moties.page(MotieFilter(open_only=False), window))
    pages = max(1, -(-found.total // PAGE_SIZE))
    if pagina > pages:
        raise UserError(t.BAD_PAGE.format(number=pagina, pages=aantal(pages, "pagina", "pagina's")))
    return PublicPage(soort, _shown(ctx, soort, found.items), found.total, pagina, pages)


def public_item(ctx: Context, soort: str, nummer: str) -> PublicItem:
    _kind(soort)
    nummer = nummer.strip()[:64]
    found: Any = ctx.uow.toezeggingen.get(nummer) if soort == "toezeggingen" else ctx.uow.moties.get(nummer)
    if found is None or not may_show(None, found.stake, private=False):
        # The number as asked, never as stored: a stored spelling would tell that the number exists.
        raise NotFound(t.NOT_FOUND.format(Soort=t.SINGULAR[soort].capitalize(), nummer=nummer[:40]))
    return _shown(ctx, soort, [found])[0]


def public_feed(ctx: Context) -> list[tuple[PublicItem, dt.datetime]]:
    """New and changed items of the last FEED_DAYS, newest first, both kinds."""
    since = ctx.clock.now() - dt.timedelta(days=FEED_DAYS)
    changed: list[tuple[PublicItem, dt.datetime]] = []
    for soort in PUBLIC_KINDS:
        repository: Any = ctx.uow.toezeggingen if soort == "toezeggingen" else ctx.uow.moties
        found = repository.recently_changed(ENTITIES[soort], PUBLIC_SCOPE, since, FEED_SIZE)
        items = _shown(ctx, soort, [item for item, _at in found])
        changed.extend(zip(items, (at for _item, at in found), strict=True))
    return sorted(changed, key=lambda pair: pair[1], reverse=True)[:FEED_SIZE]


def _kind(soort: str) -> None:
    if soort not in PUBLIC_KINDS:
        raise NotFound(t.BAD_KIND)


def _shown(ctx: Context, soort: str, items: list[Any]) -> tuple[PublicItem, ...]:
    names = ctx.uow.people.names({i.portefeuillehouder_id for i in items if i.portefeuillehouder_id is not None})
    return tuple(PublicItem(
        soort, item.nummer, item.titel if isinstance(item, Motie) else item.omschrijving,
        names.get(item.portefeuillehouder_id, t.NOBODY) if item.portefeuillehouder_id is not None else t.NOBODY,
        deadline_text(item.deadline), status_text(item, ctx.today), item.stand_van_zaken, _afdoening(item),
    ) for item in items)


def _afdoening(item: Any) -> str:
    parts = [item.afdoening_referentie.strip()] if item.afdoening_referentie.strip() else []
    if item.afdoening_datum is not None:
        parts.append(datum(item.afdoening_datum))
    return " · ".join(parts)
