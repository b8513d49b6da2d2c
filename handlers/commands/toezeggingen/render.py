"""How a toezegging looks in a reply: the same Item for console, Slack and Teams."""
from __future__ import annotations

from handlers.commands.followed.render import (
    actions, common_snapshot, linked_label, list_details, list_fields, progress_details,
)
from handlers.commands.permission import shows
from handlers.context import Context
from handlers.domain.toezegging import Toezegging
from handlers.messages import Field, Form, FormField, Item
from handlers.suggestions import PERSON
from handlers.texts import datum
from handlers.texts import toezeggingen as t


def item(ctx: Context, toezegging: Toezegging, *, with_actions: bool = True) -> Item:
    return Item(
        key=toezegging.nummer,
        title=f"{toezegging.nummer} · {toezegging.omschrijving}",
        fields=tuple(list_fields(ctx, toezegging, t.FIELD_LABELS)),
        buttons=actions(ctx, t.ENTITY, toezegging) if with_actions else (),
        confidential=toezegging.vertrouwelijk,
        overdue=toezegging.is_overdue(ctx.today),
        show=f"{t.ENTITY} {toezegging.nummer}",
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
    # A toezegging that started as a motie says so: the link is visible from both sides.
    motie = ctx.uow.moties.for_toezegging(toezegging.nummer)
    if motie is not None:
        # The motie has its own rule: its number is no secret, its title may be.
        shown = f"{motie.nummer} · {motie.titel}" if shows(ctx, motie.stake) else linked_label(motie.nummer, motie.vertrouwelijk)
        extra.append(Field(t.FIELD_LABELS["motie"], shown))
    return tuple(extra + list_details(toezegging, t.FIELD_LABELS) + progress_details(toezegging, t.FIELD_LABELS))


def snapshot(ctx: Context, toezegging: Toezegging) -> dict[str, str | None]:
    """What the audit trail compares: readable values, so the history reads the same forever."""
    return {
        "omschrijving": toezegging.omschrijving,
        **common_snapshot(ctx, toezegging),
        "aan": toezegging.aan or None,
    }


def registratie_form(omschrijving: str = "") -> Form:
    """Registering a toezegging by form (a Slack modal, a Teams card): the same command as typed."""
    return Form(
        "Nieuwe toezegging",
        (
            FormField("omschrijving", "Wat is er toegezegd?", multiline=True, initial=omschrijving),
            FormField("portefeuillehouder", "Portefeuillehouder", placeholder="bijv. De Vries", suggest=PERSON),
            FormField("deadline", "Deadline", placeholder="bijv. voor de zomer, Q3 2027, 1 maart"),
            FormField("eigenaar", "Ambtelijk eigenaar", required=False, placeholder="bijv. Bakker", suggest=PERSON),
            FormField("vergadering", "Toegezegd in", required=False, placeholder="bijv. raad 12-11-2026"),
            FormField("aan", "Toegezegd aan", required=False, placeholder="bijv. fractie GroenLinks"),
            FormField("vertrouwelijk", "Vertrouwelijk?", required=False, placeholder="ja of leeg laten", toggle=True),
        ),
        "toezegging nieuw omschrijving: {omschrijving}; portefeuillehouder: {portefeuillehouder}; "
        "deadline: {deadline}; eigenaar: {eigenaar}; vergadering: {vergadering}; aan: {aan}; "
        "vertrouwelijk: {vertrouwelijk}",
        "Registreren",
    )
