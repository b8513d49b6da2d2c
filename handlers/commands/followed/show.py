"""Showing followed items: one with its details, a list that hides confidential ones in channels, history."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from handlers.commands.followed.kind import Kind
from handlers.commands.history import history_fields
from handlers.context import Context
from handlers.domain.followed import Followed
from handlers.messages import OutgoingReply
from handlers.texts import followed as t

T = TypeVar("T", bound=Followed)
Run = Callable[[Context, str], OutgoingReply]


def toon(kind: Kind[T], heading: str) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        found, _rest = kind.load(ctx, args)
        return OutgoingReply(
            text=heading.format(nummer=found.nummer),
            items=(kind.item(ctx, found),),
            fields=kind.details(ctx, found),
            confidential=found.vertrouwelijk,
        )

    return run


def historie(kind: Kind[T]) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        found, _rest = kind.load(ctx, args)
        entries = ctx.uow.audit.history(kind.entity, found.nummer)
        return OutgoingReply(
            text=t.HISTORY_TITLE.format(nummer=found.nummer, titel=kind.title(found)),
            fields=history_fields(entries, kind.field_labels, kind.action_labels),
            confidential=found.vertrouwelijk,
        )

    return run

