"""How a toezegging looks in a reply: the same Item for console, Slack and Teams."""
from __future__ import annotations

import datetime as dt

from handlers.context import Context
from handlers.deadlines import describe
from handlers.domain.toezegging import Toezegging
from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item
from handlers.texts import datum
from handlers.texts import toezeggingen as t


def status_text(toezegging: Toezegging, today: dt.date) -> str:
    label = t.STATUS_LABEL[toezegging.status]
    return f"{label} · {t.OVERDUE}" if toezegging.is_overdue(today) else label


def person_name(ctx: Context, person_id: int | None) -> str:
    if person_id is None:
        return "—"
    person = ctx.uow.people.get(person_id)
    return person.name if person else "—"


def actions(nummer: str) -> tuple[Button, ...]:
    """The three things people do with an open toezegging, each asking for what it needs."""
    return (
        Button(
            "Afgedaan voorstellen",
            form=Form(
                f"Afdoening {nummer}",
                (FormField("referentie", "Hoe is het afgedaan? (bijv. raadsinformatiebrief 2026-45)"),),
                f"toezegging afdoening {nummer} {{referentie}}",
                "Voorstellen",
            ),
            style=ButtonStyle.PRIMARY,
        ),
        Button(
            "Stand van zaken",
            form=Form(
                f"Stand van zaken {nummer}",
                (FormField("tekst", "Stand van zaken", multiline=True),),
                f"toezegging stand {nummer} {{tekst}}",
            ),
        ),
        Button(
            "Deadline verzetten",
            form=Form(
                f"Deadline verzetten {nummer}",
                (
                    FormField("deadline", "Nieuwe deadline", placeholder="bijv. Q3 2027 of na het zomerreces"),
                    FormField("reden", "Reden (afspraak is afspraak)", multiline=True),
                ),
                f"toezegging verzet {nummer} naar {{deadline}} omdat {{reden}}",
                "Verzetten",
            ),
        ),
    )


def item(ctx: Context, toezegging: Toezegging, *, with_actions: bool = True) -> Item:
    fields = [
        Field(t.FIELD_LABELS["status"], status_text(toezegging, ctx.today)),
        Field(t.FIELD_LABELS["deadline"], describe(toezegging.deadline)),
        Field(t.FIELD_LABELS["eigenaar"], person_name(ctx, toezegging.eigenaar_id)),
        Field(t.FIELD_LABELS["portefeuillehouder"], person_name(ctx, toezegging.portefeuillehouder_id)),
    ]
    return Item(
        key=toezegging.nummer,
        title=f"{toezegging.nummer} · {toezegging.omschrijving}",
        fields=tuple(fields),
        buttons=actions(toezegging.nummer) if with_actions and toezegging.is_open else (),
        confidential=toezegging.vertrouwelijk,
        overdue=toezegging.is_overdue(ctx.today),
    )


def details(ctx: Context, toezegging: Toezegging) -> tuple[Field, ...]:
    """The fields shown for one toezegging beyond the list columns."""
    extra: list[Field] = []
    if toezegging.gremium or toezegging.vergaderdatum:
        waar = " ".join(
            part for part in (toezegging.gremium, datum(toezegging.vergaderdatum) if toezegging.vergaderdatum else "") if part
        )
        extra.append(Field(t.FIELD_LABELS["vergadering"], waar))
    if toezegging.aan:
        extra.append(Field(t.FIELD_LABELS["aan"], toezegging.aan))
    if toezegging.stand_van_zaken:
        extra.append(Field(t.FIELD_LABELS["stand_van_zaken"], toezegging.stand_van_zaken))
    if toezegging.afdoening_referentie:
        wanneer = f" ({datum(toezegging.afdoening_datum)})" if toezegging.afdoening_datum else ""
        extra.append(Field(t.FIELD_LABELS["afdoening"], toezegging.afdoening_referentie + wanneer))
    if toezegging.vertrouwelijk:
        extra.append(Field(t.FIELD_LABELS["vertrouwelijk"], "ja"))
    return tuple(extra)


def snapshot(ctx: Context, toezegging: Toezegging) -> dict[str, str | None]:
    """What the audit trail compares: readable values, so the history reads the same forever."""
    return {
        "omschrijving": toezegging.omschrijving,
        "portefeuillehouder": person_name(ctx, toezegging.portefeuillehouder_id),
        "eigenaar": person_name(ctx, toezegging.eigenaar_id),
        "deadline": _deadline_value(toezegging),
        "status": toezegging.status.value,
        "stand_van_zaken": toezegging.stand_van_zaken or None,
        "afdoening": toezegging.afdoening_referentie or None,
        "vertrouwelijk": "ja" if toezegging.vertrouwelijk else "nee",
        "aan": toezegging.aan or None,
    }


def _deadline_value(toezegging: Toezegging) -> str:
    """'Q3 2027 (do 30 september 2027)': both what was agreed and the day it means."""
    deadline = toezegging.deadline
    return f"{deadline.text} ({datum(deadline.due)})" if deadline.due else describe(deadline)


def registratie_form(omschrijving: str = "") -> Form:
    """Registering a toezegging by form (a Slack modal, a Teams card): the same command as typed."""
    return Form(
        "Nieuwe toezegging",
        (
            FormField("omschrijving", "Wat is er toegezegd?", multiline=True, initial=omschrijving),
            FormField("portefeuillehouder", "Portefeuillehouder", placeholder="bijv. De Vries"),
            FormField("deadline", "Deadline", placeholder="bijv. voor de zomer, Q3 2027, 1 maart"),
            FormField("eigenaar", "Ambtelijk eigenaar", required=False, placeholder="bijv. Bakker"),
            FormField("vergadering", "Toegezegd in", required=False, placeholder="bijv. raad 12-11-2026"),
            FormField("aan", "Toegezegd aan", required=False, placeholder="bijv. fractie GroenLinks"),
            FormField("vertrouwelijk", "Vertrouwelijk?", required=False, placeholder="ja of leeg laten"),
        ),
        "toezegging nieuw omschrijving: {omschrijving}; portefeuillehouder: {portefeuillehouder}; "
        "deadline: {deadline}; eigenaar: {eigenaar}; vergadering: {vergadering}; aan: {aan}; "
        "vertrouwelijk: {vertrouwelijk}",
        "Registreren",
    )
