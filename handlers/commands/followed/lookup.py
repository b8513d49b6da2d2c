"""Finding the item a command is about, and keeping confidential ones out of channels."""
from __future__ import annotations

import difflib
from collections.abc import Callable
from typing import TypeVar

from handlers.commands.args import first_word
from handlers.commands.permission import ensure_may_show
from handlers.context import Context
from handlers.domain.agenda import parse_punt_nummer
from handlers.domain.followed import Followed
from handlers.domain.listdetails import external_nummer
from handlers.domain.lobby import parse_lobby_nummer
from handlers.domain.motie import parse_nummer as parse_motie
from handlers.domain.toezegging import parse_nummer as parse_toezegging
from handlers.errors import NotFound, UserError
from handlers.texts import followed as t

T = TypeVar("T", bound=Followed)


def load_followed(
    ctx: Context,
    args: str,
    parse: Callable[[str], str | None],
    get: Callable[[str], T | None],
    need_nummer: str,
    not_found: str,
    label: str,
) -> tuple[T, str]:
    """The item named by the first word of `args`, and the rest of the text."""
    word, rest = first_word(args)
    nummer = parse(word)
    if nummer is None:
        raise UserError(_not_a_nummer(ctx, word, label.lower(), need_nummer))
    found = get(nummer)
    if found is None:
        # A list's own number may be any word, so 'niew' or 'M2026-031' reach this point: say what they are
        # (a typo of a verb, another kind's number) before saying that no such item exists.
        hint = _not_a_nummer(ctx, word, label.lower(), "")
        if hint:
            raise UserError(hint)
        raise NotFound(not_found.format(nummer=nummer))
    ensure_may_show(ctx, found.stake, label, nummer)
    return found, rest


# What can follow '<kind>' besides a number: a typo here deserves a suggestion, not "which one?".
VERBS = ("nieuw", "wijzig", "stand", "verzet", "afdoening", "afgedaan", "historie", "heropen")


def other_kind(ctx: Context, word: str, entity: str = "") -> list[tuple[str, str]]:
    """(kind, nummer) of every item of another kind this word names and that exists.

    Only an existing item is named: most words could be a motie number, and 'T-2026-999 is een motie' for a
    number nobody registered sends the user looking for something that is not there.
    """
    kinds: tuple[tuple[str, Callable[[str], str | None], Callable[[str], object]], ...] = (
        ("toezegging", lambda w: parse_toezegging(w) or external_nummer(w), ctx.uow.toezeggingen.get),
        ("motie", parse_motie, ctx.uow.moties.get),
        ("lobby", parse_lobby_nummer, ctx.uow.lobby.get),
        ("agendapunt", parse_punt_nummer, ctx.uow.agenda.punt),
    )
    found: list[tuple[str, str]] = []
    for kind, parse, get in kinds:
        nummer = parse(word)
        if kind != entity and nummer is not None and get(nummer) is not None:
            found.append((kind, nummer))
    return found


def _not_a_nummer(ctx: Context, word: str, entity: str, need_nummer: str) -> str:
    """Say what the word is: another kind's number, or a near miss of a verb; else ask for the number."""
    others = other_kind(ctx, word, entity)
    if others:
        kind, other = others[0]
        return t.OTHER_KIND.format(nummer=other, kind=kind, entity=entity)
    close = difflib.get_close_matches(word.lower(), VERBS, n=1, cutoff=0.6)
    if close:
        return t.DID_YOU_MEAN.format(word=word, entity=entity, verb=close[0])
    return need_nummer
