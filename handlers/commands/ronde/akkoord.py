"""Bestuurlijk akkoord: the portefeuillehouder agrees (or not) to each afdoening proposed in their portefeuille,
because the college, not the civil service, proposes an afdoening to the raad."""
from __future__ import annotations

import hashlib

from handlers.commands.args import split_reason
from handlers.commands.ronde.antwoord import round_item
from handlers.commands.ronde.common import current, ensure_keeper
from handlers.commands.ronde.vragen import akkoord_knoppen, plan_messages
from handlers.context import Context
from handlers.domain.permissions import KEEPERS
from handlers.domain.ronde import Akkoord, Ronde, RondeItem
from handlers.errors import NotAllowed, UserError
from handlers.messages import OutgoingReply
from handlers.ports import UnitOfWork
from handlers.texts import ronde as t
from handlers.texts import aantal
import datetime as dt


def waiting(items: list[RondeItem]) -> dict[int, list[RondeItem]]:
    """Per portefeuillehouder the proposed afdoeningen still without their word; without one: the keepers decide."""
    found: dict[int, list[RondeItem]] = {}
    for item in items:
        if item.voorgesteld and item.akkoord is None and item.portefeuillehouder_id is not None:
            found.setdefault(item.portefeuillehouder_id, []).append(item)
    return found


def plan_akkoord(uow: UnitOfWork, ronde: Ronde, now: dt.datetime) -> tuple[int, int]:
    """Asks each portefeuillehouder once per set of proposals; (people asked, items) of this request."""
    assert ronde.id is not None
    per_ph = waiting(uow.rondes.items(ronde.id))
    asked = 0
    for pid, items in per_ph.items():
        # A new proposal later in the round is a new set, so a new request; the same set is never asked twice.
        digest = hashlib.sha256(",".join(sorted(i.nummer for i in items)).encode()).hexdigest()[:12]
        asked += plan_messages(uow, ronde, {pid: items}, now, f"akkoord:{digest}", t.AKKOORD_TITEL,
                               akkoord_knoppen, (t.AKKOORD_NOOT,))
    return asked, sum(len(v) for v in per_ph.values())


def vragen(ctx: Context, _args: str) -> OutgoingReply:
    ensure_keeper(ctx)
    ronde = current(ctx)
    asked, items = plan_akkoord(ctx.uow, ronde, ctx.now)
    if not items:
        return OutgoingReply(t.GEEN_VOORSTELLEN)
    return OutgoingReply(t.AKKOORD_GEVRAAGD.format(portefeuillehouders=aantal(asked, "portefeuillehouder", "portefeuillehouders"),
                                                  afdoeningen=aantal(items, "voorgestelde afdoening", "voorgestelde afdoeningen")))


def _decide(ctx: Context, args: str, akkoord: Akkoord) -> tuple[RondeItem, str]:
    ronde, item, rest = round_item(ctx, args)
    person = ctx.require_person()
    if not item.voorgesteld:
        raise UserError(t.GEEN_VOORSTEL.format(nummer=item.nummer))
    ph_id = item.portefeuillehouder_id
    holder = ctx.uow.people.get(ph_id) if ph_id is not None else None
    # The portefeuillehouder decides; the concernadviseur or griffie may record the decision the college took
    # on their behalf (the history then says 'namens …').
    namens = person.id != ph_id
    if namens and not person.has_role(*KEEPERS):
        raise NotAllowed(t.ALLEEN_PH.format(nummer=item.nummer, naam=holder.name if holder else "—"))
    _ignored, reason = split_reason(rest)
    if akkoord is Akkoord.NIET_AKKOORD and not reason:
        raise UserError(t.REDEN_VERPLICHT.format(nummer=item.nummer))
    before = item.akkoord.value if item.akkoord else None
    item.akkoord, item.akkoord_reden = akkoord, reason
    ctx.uow.rondes.save_item(item)
    value = f"{ronde.label}: {akkoord.value}" + (t.NAMENS.format(naam=holder.name) if namens and holder else "")
    ctx.record(item.kind, item.nummer, "ronde", {"bestuurlijk akkoord": (before, value)}, reason)
    return item, reason


def akkoord(ctx: Context, args: str) -> OutgoingReply:
    item, _reason = _decide(ctx, args, Akkoord.AKKOORD)
    return OutgoingReply(t.AKKOORD_OK.format(nummer=item.nummer))


def niet_akkoord(ctx: Context, args: str) -> OutgoingReply:
    item, _reason = _decide(ctx, args, Akkoord.NIET_AKKOORD)
    return OutgoingReply(t.NIET_AKKOORD_OK.format(nummer=item.nummer))
