"""A motie taken over as a toezegging and that toezegging are one promise: reopening either reopens it once.

The motie stays 'overgenomen' (closed, with its link); reopening it reopens the toezegging, and reopening
the toezegging notes it in the motie's history. So the owner is reminded once, by the toezegging.
"""
from __future__ import annotations

from dataclasses import replace

from handlers.commands.args import split_reason
from handlers.commands.moties.kind import MOTIE
from handlers.commands.moties.wijzigen import VERBS as MOTIE_VERBS
from handlers.commands.permission import ensure_may_change
from handlers.commands.toezeggingen.wijzigen import heropen as toezegging_heropen
from handlers.context import Context
from handlers.messages import OutgoingReply
from handlers.texts import moties as t


def motie_heropen(ctx: Context, args: str) -> OutgoingReply:
    ctx.require_person()
    motie, rest = MOTIE.load(ctx, args)
    if motie.toezegging_nummer is None:
        return MOTIE_VERBS.heropen(ctx, args)
    ensure_may_change(ctx, motie.stake, f"{MOTIE.entity} {motie.nummer}")
    motie.ask("heropen")
    _ignored, reason = split_reason(rest)
    reply = toezegging_heropen(ctx, f"{motie.toezegging_nummer} omdat {reason}" if reason else motie.toezegging_nummer)
    return replace(reply, notes=(t.REOPENED_VIA_TOEZEGGING.format(nummer=motie.nummer, toezegging=motie.toezegging_nummer),
                                 *reply.notes))
