"""What every round command needs: the running round, and the keepers' right to run it."""
from __future__ import annotations

from handlers.commands.args import first_word
from handlers.commands.permission import people_with_roles
from handlers.commands.ronde.items import find
from handlers.context import Context
from handlers.domain.followed import Followed
from handlers.domain.permissions import KEEPERS
from handlers.domain.ronde import Ronde
from handlers.errors import NotAllowed, UserError
from handlers.texts import ronde as t


def ensure_keeper(ctx: Context) -> None:
    """Concernadviseurs and the griffie run a round (the same people who keep the lists sound)."""
    person = ctx.require_person()
    if not person.has_role(*KEEPERS):
        raise NotAllowed(t.ALLEEN_BEHEERDERS.format(wie=people_with_roles(ctx, KEEPERS) or "een concernadviseur"))


def current(ctx: Context) -> Ronde:
    ronde = ctx.uow.rondes.current()
    if ronde is None:
        raise UserError(t.GEEN_RONDE)
    return ronde


def named(ctx: Context, args: str) -> tuple[Ronde, Followed, str]:
    """The running round, the toezegging or motie named by the first word, and the rest of the text."""
    ronde = current(ctx)
    word, rest = first_word(args)
    if not word:
        raise UserError(t.GEEN_NUMMER)
    _kind, followed = find(ctx.uow, word)
    return ronde, followed, rest
