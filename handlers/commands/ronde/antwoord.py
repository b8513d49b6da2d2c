"""The owner's answers: each runs the existing change command for that item (permission, status machine,
audit) and is then recorded against the round, so the item's history names the round it came from."""
from __future__ import annotations

import dataclasses
from collections.abc import Callable

from handlers.commands.permission import ensure_may_change
from handlers.commands.ronde.common import named
from handlers.commands.ronde.items import KINDS, RondeKind
from handlers.commands.ronde.vragen import PAGE, antwoord_knoppen, message
from handlers.context import Context
from handlers.domain.ronde import Antwoord, Ronde, RondeItem
from handlers.errors import UserError
from handlers.messages import Item, OutgoingReply
from handlers.texts import ronde as t

Run = Callable[[Context, str], OutgoingReply]


def round_item(ctx: Context, args: str) -> tuple[Ronde, RondeItem, str]:
    """The running round, the item named by the first word (normalised), and the rest of the text."""
    ronde, followed, rest = named(ctx, args)
    assert ronde.id is not None
    item = ctx.uow.rondes.item(ronde.id, followed.nummer)
    if item is None:
        raise UserError(t.NIET_IN_RONDE.format(nummer=followed.nummer, label=ronde.label))
    return ronde, item, rest


def record_answer(ctx: Context, ronde: Ronde, item: RondeItem, antwoord: Antwoord) -> tuple[str, tuple[Item, ...]]:
    """Marks the item answered and notes the round in the item's history. Returns the progress line and the
    person's items still open, with their buttons: on Teams the answer card replaces the round's card, so the
    message shows what is answered and what is left."""
    person = ctx.require_person()
    item.antwoord, item.beantwoord_op, item.beantwoord_door_id = antwoord, ctx.now, person.id
    ctx.uow.rondes.save_item(item)
    label = t.ANTWOORD_LABEL[antwoord.value]
    ctx.record(item.kind, item.nummer, "ronde", {"ronde": (None, t.AUDIT_ANTWOORD.format(label=ronde.label, antwoord=label))})
    assert ronde.id is not None
    mine = [i for i in ctx.uow.rondes.items(ronde.id) if i.eigenaar_id == item.eigenaar_id and not i.beantwoord]
    if not mine:
        return t.ALLES_BEANTWOORD, ()
    # In a channel only what may be shown there: the rule leaves every confidential item out.
    pages = message(ctx.uow, person, mine, ctx.today, str, antwoord_knoppen, private=ctx.private)
    return t.NOG_OPEN.format(n=len(mine)), tuple(pages[0].items[: PAGE - 1] if pages else ())


def via(antwoord: Antwoord, verb: Callable[[RondeKind], Run]) -> Run:
    """An answer that is an existing command: 'ronde stand T-2026-001 …' runs 'toezegging stand T-2026-001 …'."""

    def run(ctx: Context, args: str) -> OutgoingReply:
        ronde, item, rest = round_item(ctx, args)
        reply = verb(KINDS[item.kind])(ctx, f"{item.nummer} {rest}".strip())
        progress, still_open = record_answer(ctx, ronde, item, antwoord)
        return dataclasses.replace(reply, items=(*reply.items, *still_open), notes=(*reply.notes, progress))

    return run


def ongewijzigd(ctx: Context, args: str) -> OutgoingReply:
    """Nothing changes on the item; the same checks as a 'stand' (may change, still open) apply."""
    ronde, item, _rest = round_item(ctx, args)
    kind = KINDS[item.kind].kind
    followed, _ = kind.load(ctx, item.nummer)
    ensure_may_change(ctx, followed.stake, f"{kind.entity} {followed.nummer}")
    followed.ask("stand")
    progress, still_open = record_answer(ctx, ronde, item, Antwoord.ONGEWIJZIGD)
    return OutgoingReply(t.ONGEWIJZIGD_OK.format(nummer=item.nummer, label=ronde.label),
                         items=(kind.item(ctx, followed), *still_open), notes=(progress,),
                         confidential=followed.vertrouwelijk)


stand = via(Antwoord.STAND, lambda k: k.verbs.stand)
afdoening = via(Antwoord.AFDOENING, lambda k: k.verbs.afdoening)
verzet = via(Antwoord.VERZET, lambda k: k.verbs.verzet)
