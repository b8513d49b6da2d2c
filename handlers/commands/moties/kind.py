"""The motie as a followed kind: lookup and what the shared change/show commands need."""
from __future__ import annotations

from handlers.commands.followed.kind import Kind
from handlers.commands.followed.lookup import load_followed
from handlers.commands.moties.render import details, item, snapshot
from handlers.context import Context
from handlers.domain.motie import Motie, parse_nummer
from handlers.texts import moties as t


def load(ctx: Context, args: str) -> tuple[Motie, str]:
    """The motie named by the first word of `args`, and the rest of the text."""
    return load_followed(ctx, args, parse_nummer, ctx.uow.moties.get, t.NEED_NUMMER, t.NOT_FOUND, "Motie")


def _save(ctx: Context, motie: Motie) -> None:
    ctx.uow.moties.save(motie)


MOTIE: Kind[Motie] = Kind(
    entity=t.ENTITY,
    load=load,
    save=_save,
    title=lambda m: m.titel,
    snapshot=snapshot,
    item=item,
    details=details,
    field_labels=t.FIELD_LABELS,
    action_labels=t.ACTION_LABELS,
)
