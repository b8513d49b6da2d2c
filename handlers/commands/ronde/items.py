"""The items of a round: finding a toezegging or motie by number, and showing it to one person.

Every place the round renders item text asks `may_show` (handlers/domain/permissions.py) for the person
who will see it, so the one visibility rule holds for round messages, escalations and the list too.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlers.commands.followed.change import Verbs
from handlers.commands.followed.kind import Kind
from handlers.commands.followed.render import deadline_value, status_text
from handlers.commands.moties.kind import MOTIE
from handlers.commands.moties.wijzigen import VERBS as MOTIE_VERBS
from handlers.commands.toezeggingen.kind import TOEZEGGING
from handlers.commands.toezeggingen.wijzigen import VERBS as TOEZEGGING_VERBS
from handlers.domain.followed import Followed
from handlers.domain.motie import Motie
from handlers.domain.motie import parse_nummer as parse_motie
from handlers.domain.people import Person
from handlers.domain.permissions import may_show
from handlers.domain.toezegging import Toezegging
from handlers.domain.toezegging import parse_nummer as parse_toezegging
from handlers.errors import NotFound
from handlers.messages import Button, Field, Item
from handlers.ports import UnitOfWork
from handlers.texts import ronde as t


@dataclass(frozen=True)
class RondeKind:
    kind: Kind[Followed]
    verbs: Verbs


KINDS: dict[str, RondeKind] = {
    "toezegging": RondeKind(TOEZEGGING, TOEZEGGING_VERBS),  # type: ignore[arg-type]
    "motie": RondeKind(MOTIE, MOTIE_VERBS),  # type: ignore[arg-type]
}


def get_followed(uow: UnitOfWork, kind: str, nummer: str) -> Followed | None:
    return uow.toezeggingen.get(nummer) if kind == "toezegging" else uow.moties.get(nummer)


def find(uow: UnitOfWork, word: str) -> tuple[str, Followed]:
    """A number as typed ('t-2026-1', 'M2026-031') -> its kind and item; NotFound when it is neither."""
    toezegging = parse_toezegging(word)
    if toezegging is not None and (found := uow.toezeggingen.get(toezegging)) is not None:
        return "toezegging", found
    motie = parse_motie(word)
    if motie is not None and (m := uow.moties.get(motie)) is not None:
        return "motie", m
    raise NotFound(t.ONBEKEND_NUMMER.format(nummer=word.strip()[:40]))


def titel(followed: Followed) -> str:
    if isinstance(followed, Toezegging):
        return followed.omschrijving
    if isinstance(followed, Motie):
        return followed.titel
    return followed.nummer


def visible(person: Person | None, followed: Followed, *, private: bool = True) -> bool:
    """The one rule: round messages go to a person privately; an answer typed in a channel shows less."""
    return may_show(person, followed.stake, private=private)


def shown_item(followed: Followed, today: dt.date, extra: tuple[Field, ...] = (),
               buttons: tuple[Button, ...] = ()) -> Item:
    """The item as a round shows it; only call it for a person `visible` says may read it."""
    fields = (
        Field(t.VELD_STATUS, status_text(followed, today)),
        Field(t.VELD_TERMIJN, deadline_value(followed)),
        *((Field(t.VELD_STAND, followed.stand_van_zaken),) if followed.stand_van_zaken else ()),
        *extra,
    )
    return Item(followed.nummer, f"{followed.nummer} · {titel(followed)}", fields, buttons,
                confidential=followed.vertrouwelijk, overdue=followed.is_overdue(today),
                show=f"{followed.KIND} {followed.nummer}")
