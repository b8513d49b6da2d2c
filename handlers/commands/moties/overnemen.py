"""motie overnemen als toezegging: the college takes a motie over as a promise it follows from then on.

The motie keeps a link to the toezegging and the toezegging shows where it came from; both get an
audit entry, so the history of the promise starts with the motie.
"""
from __future__ import annotations

from handlers.commands.followed.change import change
from handlers.commands.moties.kind import MOTIE
from handlers.commands.toezeggingen.render import details as toezegging_details
from handlers.commands.toezeggingen.render import item as toezegging_item
from handlers.commands.toezeggingen.render import snapshot as toezegging_snapshot
from handlers.context import Context
from handlers.domain.followed import Status
from handlers.domain.motie import Motie
from handlers.domain.toezegging import Toezegging
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import moties as t
from handlers.texts import toezeggingen as tz


def als_toezegging(ctx: Context, args: str) -> OutgoingReply:
    made: list[Toezegging] = []

    def apply(motie: Motie, _rest: str) -> str:
        toezegging = _toezegging_from(ctx, motie)
        made.append(toezegging)
        reason = t.TAKEN_OVER_REASON.format(toezegging=toezegging.nummer)
        # The promise lives on as the toezegging; the motie itself is done, so nobody is reminded twice.
        if motie.is_open:
            motie.change_status(Status.AFGEDAAN)
            motie.afdoening_referentie = reason
            motie.afdoening_datum = ctx.today
        motie.toezegging_nummer = toezegging.nummer
        return reason

    reply = change(ctx, args, MOTIE, "als toezegging", apply, command="overnemen")
    toezegging = made[0]
    return OutgoingReply(
        text=t.TAKEN_OVER.format(nummer=reply.items[0].key, toezegging=toezegging.nummer),
        items=(toezegging_item(ctx, toezegging), *reply.items),
        fields=toezegging_details(ctx, toezegging),
        confidential=reply.confidential,
    )


def _toezegging_from(ctx: Context, motie: Motie) -> Toezegging:
    if motie.toezegging_nummer:
        raise UserError(t.ALREADY_TOEZEGGING.format(nummer=motie.nummer, toezegging=motie.toezegging_nummer))
    if not motie.is_followed:
        raise UserError(t.NOT_TAKEN_OVER.format(nummer=motie.nummer, uitslag=motie.uitslag.value))
    if motie.portefeuillehouder_id is None:
        raise UserError(
            t.NEEDS_PORTEFEUILLEHOUDER.format(nummer=motie.nummer),
            examples=(f"motie wijzig {motie.nummer} portefeuillehouder: De Vries",),
        )
    toezegging = Toezegging(
        id=None,
        nummer=ctx.uow.toezeggingen.next_nummer(ctx.today.year),
        omschrijving=t.TAKEN_OVER_TITLE.format(titel=motie.titel, nummer=motie.nummer),
        deadline=motie.deadline,
        created_at=ctx.now,
        created_by_id=ctx.require_person().id,
        portefeuillehouder_id=motie.portefeuillehouder_id,
        eigenaar_id=motie.eigenaar_id,
        gremium=motie.vergadering,
        vergaderdatum=motie.datum,
        aan=motie.fracties,
        stand_van_zaken=motie.stand_van_zaken,
        vertrouwelijk=motie.vertrouwelijk,
    )
    ctx.uow.toezeggingen.add(toezegging)
    created = {k: (None, v) for k, v in toezegging_snapshot(ctx, toezegging).items() if v}
    ctx.record(tz.ENTITY, toezegging.nummer, "uit motie", {"motie": (None, motie.nummer), **created},
               t.FROM_MOTIE_REASON.format(nummer=motie.nummer))
    return toezegging
