"""Changing a followed item: progress, afdoening, status, moving the deadline.

Every change goes through `change`, which checks permission, records old and new values and the
reason in the audit trail inside the same transaction, and answers with the item as it is now.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from handlers.commands.args import split_reason
from handlers.commands.deadline_input import read_deadline
from handlers.commands.followed.kind import Kind
from handlers.commands.history import unchanged
from handlers.commands.permission import ensure_may_change
from handlers.commands import limits
from handlers.context import Context
from handlers.domain.audit import diff
from handlers.domain.followed import COMMAND_FOR, Followed, Status
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import followed as t

T = TypeVar("T", bound=Followed)
Run = Callable[[Context, str], OutgoingReply]


def change(
    ctx: Context, args: str, kind: Kind[T], action: str, apply: Callable[[T, str], str], notes: list[str] | None = None,
    *, command: str | None = None, named: list[str] | None = None,
) -> OutgoingReply:
    """`command` is the status machine's word for this change (default: the audit action); `named` the fields
    the user set (`apply` may fill it), for saying what already was so when nothing changed."""
    ctx.require_person()
    found, rest = kind.load(ctx, args)
    ensure_may_change(ctx, found.stake, f"{kind.entity} {found.nummer}")
    found.ask(command or action)
    before = kind.snapshot(ctx, found)
    reason = apply(found, rest)
    changes = diff(before, kind.snapshot(ctx, found))
    if changes:
        kind.save(ctx, found)
        ctx.record(kind.entity, found.nummer, action, changes, reason)
        text = t.CHANGED.format(nummer=found.nummer, what=kind.action_labels.get(action, action))
    else:
        text = unchanged(found.nummer, before, named or (), kind.field_labels)
    return OutgoingReply(
        text=text,
        items=(kind.item(ctx, found),),
        fields=kind.details(ctx, found),
        notes=tuple(notes or ()),
        confidential=found.vertrouwelijk,
    )


def stand(kind: Kind[T]) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        def apply(item: T, text: str) -> str:
            if not text:
                raise UserError(t.ASK_STAND, examples=(t.example_stand(kind.entity, item.nummer),))
            item.stand_van_zaken = limits.text(text, t.STAND_LABEL)
            return ""

        return change(ctx, args, kind, "stand", apply, named=["stand_van_zaken"])

    return run


def afdoening(kind: Kind[T]) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        def apply(item: T, referentie: str) -> str:
            if not referentie:
                raise UserError(
                    t.ASK_AFDOENING.format(entity=kind.entity), examples=(t.example_afdoening(kind.entity, item.nummer),)
                )
            item.change_status(Status.AFDOENING_VOORGESTELD)
            item.afdoening_referentie = referentie
            item.afdoening_datum = ctx.today
            return ""

        return change(ctx, args, kind, "status", apply, command="afdoening")

    return run


def to_status(kind: Kind[T], status: Status) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        def apply(item: T, rest: str) -> str:
            referentie, reason = split_reason(rest)
            item.change_status(status, reason)
            if status is Status.AFGEDAAN and referentie:
                item.afdoening_referentie = referentie
                item.afdoening_datum = ctx.today
            return reason

        return change(ctx, args, kind, "status", apply, command=COMMAND_FOR[status])

    return run


def heropen(kind: Kind[T]) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        def apply(item: T, rest: str) -> str:
            _ignored, reason = split_reason(rest)
            item.reopen(reason)
            return reason

        return change(ctx, args, kind, "status", apply, command="heropen")

    return run


def verzet(kind: Kind[T]) -> Run:
    def run(ctx: Context, args: str) -> OutgoingReply:
        notes: list[str] = []

        def apply(item: T, rest: str) -> str:
            wanted, reason = split_reason(rest)
            wanted = wanted.removeprefix("naar ").strip()
            if not wanted:
                raise UserError(t.ASK_DEADLINE, examples=(t.example_verzet(kind.entity, item.nummer),))
            deadline, lines = read_deadline(ctx, wanted, moving=True)
            item.move_deadline(deadline, reason)
            notes.extend(lines)
            return reason

        return change(ctx, args, kind, "verzet", apply, notes, named=["deadline"])

    return run


@dataclass(frozen=True)
class Verbs:
    """The commands every followed kind has, bound to one kind."""

    stand: Run
    afdoening: Run
    afgedaan: Run
    niet_uitgevoerd: Run
    deels_voldaan: Run
    vervallen: Run
    heropen: Run
    verzet: Run


def verbs(kind: Kind[T]) -> Verbs:
    return Verbs(
        stand=stand(kind),
        afdoening=afdoening(kind),
        afgedaan=to_status(kind, Status.AFGEDAAN),
        niet_uitgevoerd=to_status(kind, Status.NIET_UITGEVOERD),
        deels_voldaan=to_status(kind, Status.DEELS_VOLDAAN),
        vervallen=to_status(kind, Status.VERVALLEN),
        heropen=heropen(kind),
        verzet=verzet(kind),
    )
