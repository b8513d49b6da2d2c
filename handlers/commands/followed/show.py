"""Showing followed items: one with its details, a list that hides confidential ones in channels, history."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from handlers.commands.followed.kind import Kind
from handlers.commands.history import history_fields
from handlers.commands.permission import shows
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


def list_reply(ctx: Context, kind: Kind[T], found: Sequence[T], wat: str, noun: str, plural: str) -> OutgoingReply:
    """The visible items with a count; confidential ones only privately and to those who may read them."""
    shown = [x for x in found if shows(ctx, x.stake)]
    hidden = len(found) - len(shown)
    notes = (t.CONFIDENTIAL_COUNT.format(n=hidden, noun=noun),) if hidden else ()
    if not shown:
        return OutgoingReply(text=t.NONE_FOUND.format(plural=plural, wat=wat), notes=notes)
    overdue = sum(1 for x in shown if x.is_overdue(ctx.today))
    # "3 moties met termijn overschreden, waarvan 3 met termijn overschreden" says nothing twice.
    late = t.SUMMARY_OVERDUE.format(n=overdue) if overdue and t.OVERDUE not in wat else ""
    summary = t.SUMMARY.format(n=len(shown), noun=noun, wat=wat) + late
    return OutgoingReply(text=summary + ".", items=tuple(kind.item(ctx, x) for x in shown), notes=notes)


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

