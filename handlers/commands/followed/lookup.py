"""Finding the item a command is about, and keeping confidential ones out of channels."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from handlers.commands.args import first_word
from handlers.commands.permission import ensure_may_show
from handlers.context import Context
from handlers.domain.followed import Followed
from handlers.errors import NotFound, UserError

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
        raise UserError(need_nummer)
    found = get(nummer)
    if found is None:
        raise NotFound(not_found.format(nummer=nummer))
    ensure_may_show(ctx, found.stake, label, nummer)
    return found, rest
