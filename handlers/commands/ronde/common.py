"""What every round command needs: the running round, and the keepers' right to run it."""
from __future__ import annotations

from handlers.commands.permission import people_with_roles
from handlers.context import Context
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
