"""Showing followed items: one with its details, a list that hides confidential ones in channels, history."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from handlers.commands.followed.kind import Kind
from handlers.context import Context
from handlers.domain.audit import AuditEntry
from handlers.domain.followed import Followed
from handlers.domain.permissions import may_read
from handlers.messages import Field, OutgoingReply
from handlers.texts import followed as t
from handlers.texts import tijdstip

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
    shown = [x for x in found if not x.vertrouwelijk or (ctx.private and may_read(ctx.person, x.stake))]
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
            fields=tuple(history_line(entry, kind) for entry in entries),
            confidential=found.vertrouwelijk,
        )

    return run


def history_line(entry: AuditEntry, kind: Kind[T]) -> Field:
    what = kind.action_labels.get(entry.action, entry.action)
    changes = "; ".join(
        f"{kind.field_labels.get(name, name)}: {old or '—'} → {new or '—'}" for name, (old, new) in entry.changes.items()
    )
    why = t.HISTORY_REASON.format(reason=entry.reason) if entry.reason else ""
    return Field(f"{tijdstip(entry.at)} · {entry.actor_name or 'onbekend'} · {what}", f"{changes}{why}" or "—")
