"""Changing a toezegging: progress, afdoening, closing, reopening, moving the deadline, editing fields.

Every change goes through `_change`, which records old and new values and the reason in the audit
trail inside the same transaction.
"""
from __future__ import annotations

from collections.abc import Callable

from handlers.commands.args import split_fields, split_reason, yes_no
from handlers.commands.deadline_input import read_deadline
from handlers.commands.people import find_person
from handlers.commands.permission import ensure_may_change
from handlers.commands.toezeggingen.lookup import load
from handlers.commands.toezeggingen.render import details, item, snapshot
from handlers.context import Context
from handlers.domain.audit import diff
from handlers.domain.toezegging import Status, Toezegging
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import toezeggingen as t


def _change(
    ctx: Context, args: str, action: str, apply: Callable[[Toezegging, str], str], notes: list[str] | None = None
) -> OutgoingReply:
    ctx.require_person()
    toezegging, rest = load(ctx, args)
    ensure_may_change(ctx, toezegging.stake, f"toezegging {toezegging.nummer}")
    before = snapshot(ctx, toezegging)
    reason = apply(toezegging, rest)
    ctx.uow.toezeggingen.save(toezegging)
    ctx.record(t.ENTITY, toezegging.nummer, action, diff(before, snapshot(ctx, toezegging)), reason)
    return OutgoingReply(
        text=f"{toezegging.nummer}: {t.ACTION_LABELS.get(action, action)}.",
        items=(item(ctx, toezegging),),
        fields=details(ctx, toezegging),
        notes=tuple(notes or ()),
        confidential=toezegging.vertrouwelijk,
    )


def stand(ctx: Context, args: str) -> OutgoingReply:
    def apply(z: Toezegging, text: str) -> str:
        if not text:
            raise UserError("Wat is de stand van zaken?", examples=(f"toezegging stand {z.nummer} Brief ligt ter ondertekening",))
        z.stand_van_zaken = text
        return ""

    return _change(ctx, args, "stand", apply)


def afdoening(ctx: Context, args: str) -> OutgoingReply:
    def apply(z: Toezegging, referentie: str) -> str:
        if not referentie:
            raise UserError(
                "Noem hoe de toezegging is afgedaan.",
                examples=(f"toezegging afdoening {z.nummer} raadsinformatiebrief 2026-45",),
            )
        z.change_status(Status.AFDOENING_VOORGESTELD)
        z.afdoening_referentie = referentie
        z.afdoening_datum = ctx.today
        return ""

    return _change(ctx, args, "status", apply)


def _to_status(status: Status) -> Callable[[Context, str], OutgoingReply]:
    def run(ctx: Context, args: str) -> OutgoingReply:
        def apply(z: Toezegging, rest: str) -> str:
            referentie, reason = split_reason(rest)
            z.change_status(status, reason)
            if status is Status.AFGEDAAN and referentie:
                z.afdoening_referentie = referentie
                z.afdoening_datum = ctx.today
            return reason

        return _change(ctx, args, "status", apply)

    return run


afgedaan = _to_status(Status.AFGEDAAN)
vervallen = _to_status(Status.VERVALLEN)
niet_uitgevoerd = _to_status(Status.NIET_UITGEVOERD)
deels_voldaan = _to_status(Status.DEELS_VOLDAAN)
heropen = _to_status(Status.OPENSTAAND)


def verzet(ctx: Context, args: str) -> OutgoingReply:
    notes: list[str] = []

    def apply(z: Toezegging, rest: str) -> str:
        wanted, reason = split_reason(rest)
        wanted = wanted.removeprefix("naar ").strip()
        if not wanted:
            raise UserError("Naar welke deadline?", examples=(f"toezegging verzet {z.nummer} naar Q3 2027 omdat het onderzoek uitloopt",))
        deadline, lines = read_deadline(ctx, wanted)
        z.move_deadline(deadline, reason)
        notes.extend(lines)
        return reason

    return _change(ctx, args, "verzet", apply, notes)


WIJZIG_KEYS: dict[str, tuple[str, ...]] = {
    "omschrijving": ("onderwerp",),
    "portefeuillehouder": ("ph", "wethouder", "gedeputeerde"),
    "eigenaar": ("ambtelijk eigenaar", "behandelaar"),
    "aan": ("fractie", "raadslid"),
    "vertrouwelijk": (),
    "deadline": ("termijn",),
}


def wijzig(ctx: Context, args: str) -> OutgoingReply:
    def apply(z: Toezegging, rest: str) -> str:
        _head, fields = split_fields(rest, WIJZIG_KEYS)
        if "deadline" in fields:
            raise UserError(
                "Een deadline wijzig je met 'verzet', met een reden.",
                examples=(f"toezegging verzet {z.nummer} naar Q3 2027 omdat het onderzoek uitloopt",),
            )
        if not fields:
            raise UserError("Wat wil je wijzigen?", examples=(f"toezegging wijzig {z.nummer} eigenaar: Bakker",))
        if "omschrijving" in fields:
            z.omschrijving = fields["omschrijving"]
        if "portefeuillehouder" in fields:
            z.portefeuillehouder_id = find_person(ctx.uow, fields["portefeuillehouder"]).id
        if "eigenaar" in fields:
            z.eigenaar_id = find_person(ctx.uow, fields["eigenaar"]).id
        if "aan" in fields:
            z.aan = fields["aan"]
        if "vertrouwelijk" in fields:
            z.vertrouwelijk = yes_no(fields["vertrouwelijk"])
        return ""

    return _change(ctx, args, "wijzig", apply)
