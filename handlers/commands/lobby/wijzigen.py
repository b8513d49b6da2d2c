"""Changing a lobby action: stand, contact log, afronden with opbrengst, moving the kansrijk moment.

Every change goes through `_change`: permission, old → new in the audit trail, one reply shape.
"""
from __future__ import annotations

from collections.abc import Callable

from handlers.commands.args import split_reason
from handlers.commands.deadline_input import read_deadline
from handlers.commands.history import unchanged
from handlers.commands.lobby.render import details, item, snapshot
from handlers.commands.lobby.tonen import load
from handlers.commands.permission import ensure_may_change
from handlers.context import Context
from handlers.domain.audit import diff
from handlers.domain.lobby import LobbyActie, LobbyContact
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import lobby as t


def _change(ctx: Context, args: str, action: str, apply: Callable[[LobbyActie, str], str],
            notes: list[str] | None = None, named: tuple[str, ...] = ()) -> OutgoingReply:
    person = ctx.require_person()
    actie, rest = load(ctx, args)
    # The bestuurder lobbies in person: they may keep their own action up to date too.
    if person.id is None or person.id != actie.bestuurder_id:
        ensure_may_change(ctx, actie.stake, f"lobbyactie {actie.nummer}")
    actie.ask(action)
    before = snapshot(ctx, actie)
    reason = apply(actie, rest)
    changes = diff(before, snapshot(ctx, actie))
    if action == "contact":
        changes["contact"] = (None, rest)
    text = unchanged(actie.nummer, before, named, t.FIELD_LABELS)
    if changes:
        ctx.uow.lobby.save(actie)
        ctx.record(t.ENTITY, actie.nummer, action, changes, reason)
        text = t.CHANGED.format(nummer=actie.nummer, wat=t.ACTION_LABELS[action])
    return OutgoingReply(
        text=text,
        items=(item(ctx, actie),),
        fields=details(actie, ctx.uow.lobby.contacts(actie.nummer)),
        notes=tuple(notes or ()),
        confidential=actie.vertrouwelijk,
    )


def stand(ctx: Context, args: str) -> OutgoingReply:
    def apply(a: LobbyActie, text: str) -> str:
        if not text:
            raise UserError(t.NEED_STAND, examples=(f"lobby stand {a.nummer} Brief aan de minister is verstuurd",))
        a.stand = text
        return ""

    return _change(ctx, args, "stand", apply, named=("stand",))


def contact(ctx: Context, args: str) -> OutgoingReply:
    def apply(a: LobbyActie, verslag: str) -> str:
        if not verslag:
            raise UserError(t.NEED_CONTACT, examples=(f"lobby contact {a.nummer} Gesprek met de DG: positief over cofinanciering",))
        a.log_contact()
        person = ctx.require_person()
        ctx.uow.lobby.add_contact(a.nummer, LobbyContact(ctx.now, person.name, verslag))
        return ""

    return _change(ctx, args, "contact", apply)


def afgerond(ctx: Context, args: str) -> OutgoingReply:
    def apply(a: LobbyActie, opbrengst: str) -> str:
        a.afronden(opbrengst)
        return ""

    return _change(ctx, args, "afgerond", apply)


def verzet(ctx: Context, args: str) -> OutgoingReply:
    notes: list[str] = []

    def apply(a: LobbyActie, rest: str) -> str:
        wanted, reason = split_reason(rest)
        wanted = wanted.removeprefix("naar ").strip()
        if not wanted:
            raise UserError(t.NEED_MOMENT, examples=(f"lobby verzet {a.nummer} naar 15 maart 2027 omdat het debat is uitgesteld",))
        moment, lines = read_deadline(ctx, wanted, moving=True)
        a.verzet(moment, reason)
        notes.extend(line.replace("Deadline:", "Kansrijk moment:", 1) for line in lines)
        return reason

    return _change(ctx, args, "verzet", apply, notes, named=("moment",))
