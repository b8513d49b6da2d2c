"""How a motie looks in a reply: the same Item for console, Slack and Teams."""
from __future__ import annotations

from handlers.commands.followed.render import (
    actions, common_snapshot, linked_label, list_details, list_fields, progress_details, status_text,
)
from handlers.commands.permission import shows
from handlers.context import Context
from handlers.domain.motie import Motie
from handlers.messages import Field, Item
from handlers.texts import datum
from handlers.texts import moties as t


def motie_status(motie: Motie, ctx: Context) -> str:
    """A verworpen motie has no execution to follow; say that instead of 'openstaand'."""
    if not motie.is_followed:
        return t.NOT_FOLLOWED.format(uitslag=motie.uitslag.value)
    return status_text(motie, ctx.today)


def item(ctx: Context, motie: Motie) -> Item:
    fields = list_fields(ctx, motie, t.FIELD_LABELS)
    fields[0] = Field(t.FIELD_LABELS["status"], motie_status(motie, ctx))
    return Item(
        key=motie.nummer,
        title=f"{motie.nummer} · {motie.titel}",
        fields=(Field(t.FIELD_LABELS["uitslag"], motie.uitslag.value), *fields),
        buttons=actions(ctx, t.ENTITY, motie),
        confidential=motie.vertrouwelijk,
        overdue=motie.is_overdue(ctx.today),
        show=f"{t.ENTITY} {motie.nummer}",
    )


def details(ctx: Context, motie: Motie) -> tuple[Field, ...]:
    shown = (
        ("dictum", motie.dictum),
        ("datum", datum(motie.datum) if motie.datum else ""),
        ("vergadering", motie.vergadering),
        ("indieners", motie.indieners),
        ("fracties", motie.fracties),
        ("toezegging", _toezegging(ctx, motie)),
    )
    extra = [Field(t.FIELD_LABELS[name], value) for name, value in shown if value]
    return tuple(extra + list_details(motie, t.FIELD_LABELS) + progress_details(motie, t.FIELD_LABELS))


def _toezegging(ctx: Context, motie: Motie) -> str:
    if not motie.toezegging_nummer:
        return ""
    toezegging = ctx.uow.toezeggingen.get(motie.toezegging_nummer)
    # The linked toezegging has its own rule: its number is no secret, its text may be.
    if toezegging is None or not shows(ctx, toezegging.stake):
        return linked_label(motie.toezegging_nummer, toezegging is not None and toezegging.vertrouwelijk)
    return f"{motie.toezegging_nummer} · {toezegging.omschrijving}"


def snapshot(ctx: Context, motie: Motie) -> dict[str, str | None]:
    return {
        "titel": motie.titel,
        "dictum": motie.dictum or None,
        "datum": datum(motie.datum) if motie.datum else None,
        "vergadering": motie.vergadering or None,
        "indieners": motie.indieners or None,
        "fracties": motie.fracties or None,
        "uitslag": motie.uitslag.value,
        **common_snapshot(ctx, motie),
        "toezegging": motie.toezegging_nummer,
    }
