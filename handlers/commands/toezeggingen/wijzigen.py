"""Changing a toezegging: progress, afdoening, closing, reopening, moving the deadline, editing fields.

The verbs are the shared ones from handlers.commands.followed; only 'wijzig' knows toezegging fields.
"""
from __future__ import annotations

from handlers.commands.args import split_reason
from handlers.commands.followed.change import change, verbs
from handlers.commands.followed.fields import apply_common, read_changes
from handlers.commands.toezeggingen.kind import TOEZEGGING
from handlers.commands import limits
from handlers.context import Context
from handlers.domain.toezegging import Status, Toezegging
from handlers.messages import OutgoingReply
from handlers.texts import toezeggingen as t

VERBS = verbs(TOEZEGGING)
MOTIE_ENTITY = "motie"


def heropen(ctx: Context, args: str) -> OutgoingReply:
    """Reopens the toezegging; a motie it was taken over from notes it, and stays closed (one promise)."""
    reply = VERBS.heropen(ctx, args)
    nummer = reply.items[0].key
    motie = ctx.uow.moties.for_toezegging(nummer)
    if motie is not None:
        _reason_part, reason = split_reason(args)
        ctx.record(MOTIE_ENTITY, motie.nummer, "toezegging heropend", {"toezegging " + nummer: (None, Status.OPENSTAAND.value)},
                   reason)
    return reply

WIJZIG_KEYS: dict[str, tuple[str, ...]] = {
    "omschrijving": ("onderwerp",),
    "portefeuillehouder": ("ph", "wethouder", "gedeputeerde"),
    "eigenaar": ("ambtelijk eigenaar", "behandelaar"),
    "aan": ("fractie", "raadslid"),
    "vertrouwelijk": (),
    "deadline": ("termijn",),
}


def wijzig(ctx: Context, args: str) -> OutgoingReply:
    named: list[str] = []

    def apply(z: Toezegging, rest: str) -> str:
        fields = read_changes(z, rest, WIJZIG_KEYS)
        named.extend(fields)
        apply_common(ctx, z, fields)
        if "omschrijving" in fields:
            z.omschrijving = limits.title(fields["omschrijving"], t.FIELD_LABELS["omschrijving"])
        if "aan" in fields:
            z.aan = fields["aan"]
        return ""

    return change(ctx, args, TOEZEGGING, "wijzig", apply, named=named)
