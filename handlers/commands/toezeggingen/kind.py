"""The toezegging as a followed kind: what the shared change/show commands need to know."""
from __future__ import annotations

from handlers.commands.followed.kind import Kind
from handlers.commands.toezeggingen.lookup import load
from handlers.commands.toezeggingen.render import details, item, snapshot
from handlers.context import Context
from handlers.domain.toezegging import Toezegging
from handlers.texts import toezeggingen as t


def _save(ctx: Context, toezegging: Toezegging) -> None:
    ctx.uow.toezeggingen.save(toezegging)


TOEZEGGING: Kind[Toezegging] = Kind(
    entity=t.ENTITY,
    load=load,
    save=_save,
    title=lambda z: z.omschrijving,
    snapshot=snapshot,
    item=item,
    details=details,
    field_labels=t.FIELD_LABELS,
    action_labels=t.ACTION_LABELS,
)
