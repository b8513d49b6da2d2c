"""Finding the toezegging a command is about, and keeping confidential ones out of channels."""
from __future__ import annotations

from handlers.commands.followed.lookup import load_followed
from handlers.context import Context
from handlers.domain.listdetails import external_nummer
from handlers.domain.toezegging import Toezegging, parse_nummer
from handlers.texts import toezeggingen as t


def read_nummer(word: str) -> str | None:
    """Imported toezeggingen keep the list's own number ('22', 'ID8'); ours are T-JJJJ-NNN."""
    return parse_nummer(word) or external_nummer(word)


def load(ctx: Context, args: str) -> tuple[Toezegging, str]:
    """The toezegging named by the first word of `args`, and the rest of the text."""
    return load_followed(ctx, args, read_nummer, ctx.uow.toezeggingen.get, t.NEED_NUMMER, t.NOT_FOUND, "Toezegging")
