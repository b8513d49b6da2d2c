"""abonneer moties: subscribe to (or stop) the weekly digest of changed and overdue moties."""
from __future__ import annotations

from handlers.commands.moties.digest import weekly_digest
from handlers.context import Context
from handlers.messages import OutgoingReply
from handlers.router import normalise
from handlers.texts import moties as t


def abonneer(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    assert person.id is not None  # a person from the registry always has an id
    if normalise(args) in {"uit", "stop", "opzeggen"}:
        done = ctx.uow.moties.unsubscribe(person.id)
        return OutgoingReply(text=t.UNSUBSCRIBED if done else t.NOT_SUBSCRIBED)
    new = ctx.uow.moties.subscribe(person.id, ctx.now)
    return OutgoingReply(text=t.SUBSCRIBED if new else t.ALREADY_SUBSCRIBED)


def overzicht(ctx: Context, _args: str) -> OutgoingReply:
    """The digest on request: the same text the weekly message has, shown only privately."""
    reply = weekly_digest(ctx.uow, ctx.require_person(), ctx.now)
    if reply.shows_confidential and not ctx.private:
        return OutgoingReply(text=reply.text, notes=(t.DIGEST_PRIVATE,))
    return reply
