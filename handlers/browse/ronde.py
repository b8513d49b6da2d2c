"""The stand-van-zakenronde's progress as a page: which rounds there are, and per round how many items were asked,
answered and open per eigenaar and per portefeuillehouder, each item a link.

Stricter than 'ronde' in a chat (which names every number): a page counts and links only the items this person may
read (`may_show`, private: a signed-in page is one person), so a confidential item is neither shown nor counted for
someone who may not read it: not in a total, not in a person's row.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from handlers.commands.ronde.items import titel
from handlers.context import Context
from handlers.domain.followed import Followed
from handlers.domain.permissions import may_show
from handlers.domain.ronde import Ronde, RondeItem
from handlers.errors import NotFound
from handlers.texts import ronde as ronde_texts
from handlers.texts import web as t

SOORT_OF_KIND = {"toezegging": "toezeggingen", "motie": "moties"}


@dataclass(frozen=True)
class RondePunt:
    """One item of a round as a link: its list kind ('toezeggingen'), number, title and what was answered."""

    soort: str
    nummer: str
    titel: str
    antwoord: str
    eigenaar: str
    portefeuillehouder: str


@dataclass(frozen=True)
class PerPersoon:
    naam: str
    gevraagd: int
    beantwoord: int
    open: tuple[RondePunt, ...]


@dataclass(frozen=True)
class RondeSummary:
    id: int
    label: str
    status: str
    sluit_op: dt.datetime
    gevraagd: int
    beantwoord: int

    @property
    def open(self) -> int:
        return self.gevraagd - self.beantwoord


@dataclass(frozen=True)
class RondeView:
    summary: RondeSummary
    scope: str
    per_eigenaar: tuple[PerPersoon, ...]
    per_portefeuillehouder: tuple[PerPersoon, ...]
    punten: tuple[RondePunt, ...]


def rondes(ctx: Context) -> tuple[RondeSummary, ...]:
    """Every round, newest first, with what this reader may count of it."""
    ctx.require_person()
    return tuple(_summary(r, _readable(ctx, r)[0]) for r in ctx.uow.rondes.all())


def ronde_view(ctx: Context, ronde_id: str) -> RondeView:
    ctx.require_person()
    ronde = ctx.uow.rondes.get(int(ronde_id)) if ronde_id.isdigit() and len(ronde_id) < 10 else None
    if ronde is None:
        raise NotFound(t.RONDE_NOT_FOUND.format(nummer=ronde_id[:20]))
    items, followed = _readable(ctx, ronde)
    names = ctx.uow.people.names({i for item in items for i in (item.eigenaar_id, item.portefeuillehouder_id)
                                  if i is not None})

    def name(person_id: int | None, nobody: str) -> str:
        return names.get(person_id, nobody) if person_id is not None else nobody

    punten = {item.nummer: RondePunt(
        SOORT_OF_KIND[item.kind], item.nummer, titel(followed[item.nummer]),
        t.RONDE_ANTWOORD[item.antwoord.value] if item.antwoord else t.RONDE_NOT_ANSWERED,
        name(item.eigenaar_id, ronde_texts.CONCERNADVISEURS), name(item.portefeuillehouder_id, ronde_texts.GEEN_PH),
    ) for item in items}
    return RondeView(
        _summary(ronde, items), ronde.scope,
        _per(items, punten, lambda i: i.eigenaar_id, lambda pid: name(pid, ronde_texts.CONCERNADVISEURS)),
        _per(items, punten, lambda i: i.portefeuillehouder_id, lambda pid: name(pid, ronde_texts.GEEN_PH)),
        tuple(punten[item.nummer] for item in items),
    )


def _readable(ctx: Context, ronde: Ronde) -> tuple[list[RondeItem], dict[str, Followed]]:
    """The round's items this reader may read, with the toezeggingen and moties behind them (loaded together)."""
    assert ronde.id is not None
    items = ctx.uow.rondes.items(ronde.id)
    followed = ctx.uow.rondes.followed([i.nummer for i in items])
    shown = [i for i in items if i.nummer in followed and may_show(ctx.person, followed[i.nummer].stake, private=True)]
    return shown, followed


def _summary(ronde: Ronde, items: list[RondeItem]) -> RondeSummary:
    assert ronde.id is not None
    return RondeSummary(ronde.id, ronde.label, ronde.status.value, ronde.sluit_op, len(items),
                        sum(i.beantwoord for i in items))


def _per(items: Iterable[RondeItem], punten: dict[str, RondePunt], who: Callable[[RondeItem], int | None],
         name: Callable[[int | None], str]) -> tuple[PerPersoon, ...]:
    """Answered and open per person, the most open first (who to chase), then by name."""
    grouped: dict[int | None, list[RondeItem]] = {}
    for item in items:
        grouped.setdefault(who(item), []).append(item)
    rows = [PerPersoon(name(pid), len(mine), sum(i.beantwoord for i in mine),
                       tuple(punten[i.nummer] for i in mine if not i.beantwoord)) for pid, mine in grouped.items()]
    return tuple(sorted(rows, key=lambda r: (-len(r.open), r.naam)))
