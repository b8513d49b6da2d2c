"""Finding the toezegging a command is about, and keeping confidential ones out of channels."""
from __future__ import annotations

from handlers.commands.args import first_word
from handlers.commands.permission import ensure_may_read
from handlers.context import Context
from handlers.domain.toezegging import Toezegging, parse_nummer
from handlers.errors import NotFound, UserError
from handlers.texts import toezeggingen as t


def load(ctx: Context, args: str) -> tuple[Toezegging, str]:
    """The toezegging named by the first word of `args`, and the rest of the text."""
    word, rest = first_word(args)
    nummer = parse_nummer(word)
    if nummer is None:
        raise UserError(t.NEED_NUMMER)
    toezegging = ctx.uow.toezeggingen.get(nummer)
    if toezegging is None:
        raise NotFound(t.NOT_FOUND.format(nummer=nummer))
    if toezegging.vertrouwelijk and not ctx.private:
        raise UserError(t.CONFIDENTIAL_HIDDEN.format(nummer=nummer))
    ensure_may_read(ctx, toezegging.stake, f"Toezegging {nummer}")
    return toezegging, rest
