"""Watching and steering a round: progress, a later close, items in and out, one more reminder."""
from __future__ import annotations

from handlers.commands.args import ask_confirmation, confirms, without_confirmation
from handlers.commands.ronde.common import check_close, current, ensure_keeper, named
from handlers.commands.ronde.start import add_item, read_close
from handlers.commands.ronde.vragen import plan_messages, recipients
from handlers.context import Context
from handlers.domain.ronde import Akkoord, RondeStatus, Voortgang, voortgang
from handlers.errors import UserError
from handlers.messages import Field, OutgoingReply
from handlers.reminders.hours import local
from handlers.texts import ronde as t
from handlers.texts import aantal, tijdstip


def _lines(ctx: Context, found: dict[int | None, Voortgang], nobody: str) -> str:
    def name(pid: int | None) -> str:
        person = ctx.uow.people.get(pid) if pid is not None else None
        return person.name if person else nobody

    rows = sorted(found.items(), key=lambda pair: (-pair[1].open, name(pair[0])))
    return "\n".join(
        t.REGEL.format(naam=name(pid), beantwoord=v.beantwoord, open=v.open)
        + (t.REGEL_OPEN.format(nummers=", ".join(v.nummers_open[:10])) if v.open else "")
        for pid, v in rows
    )


def overzicht(ctx: Context, _args: str) -> OutgoingReply:
    """'ronde': answered and open per owner and per portefeuillehouder (numbers only, no item text)."""
    ctx.require_person()
    ronde = current(ctx)
    assert ronde.id is not None
    items = ctx.uow.rondes.items(ronde.id)
    voorgesteld = [i for i in items if i.voorgesteld]
    return OutgoingReply(
        t.VOORTGANG_TITEL.format(label=ronde.label, beantwoord=sum(i.beantwoord for i in items), totaal=len(items),
                                 sluit=tijdstip(ronde.sluit_op), status=ronde.status.value),
        fields=(Field(t.PER_EIGENAAR, _lines(ctx, voortgang(items), t.CONCERNADVISEURS)),
                Field(t.PER_PH, _lines(ctx, voortgang(items, per_portefeuillehouder=True), t.GEEN_PH))),
        notes=(t.AKKOORD_STAND.format(
            akkoord=sum(i.akkoord is Akkoord.AKKOORD for i in voorgesteld),
            niet=sum(i.akkoord is Akkoord.NIET_AKKOORD for i in voorgesteld),
            wacht=sum(i.akkoord is None for i in voorgesteld)),) if voorgesteld else (),
    )


def verleng(ctx: Context, args: str) -> OutgoingReply:
    ensure_keeper(ctx)
    ronde = current(ctx)
    before = tijdstip(ronde.sluit_op)
    sluit_op = read_close(ctx, without_confirmation(args).removeprefix("tot ").strip())
    if sluit_op < ronde.sluit_op and not confirms(ctx.command.text):
        raise ask_confirmation(ctx.command.text, t.VERLENG_KORTER.format(oud=before, nieuw=tijdstip(sluit_op)))
    check_close(ctx, ronde.doel, local(ronde.gestart_op).date(), sluit_op)
    ronde.sluit_op = sluit_op
    # A closed round that is extended runs again: reminders follow the new close.
    ronde.status = RondeStatus.LOPEND
    ctx.uow.rondes.save(ronde)
    ctx.record("ronde", str(ronde.id), "verleng", {"sluit": (before, tijdstip(ronde.sluit_op))})
    return OutgoingReply(t.VERLENGD.format(label=ronde.label, sluit=tijdstip(ronde.sluit_op)))


def toevoegen(ctx: Context, args: str) -> OutgoingReply:
    ensure_keeper(ctx)
    ronde, followed, _rest = named(ctx, args)
    item = add_item(ctx, ronde, followed)
    ctx.record("ronde", str(ronde.id), "toevoegen", {"punt": (None, item.nummer)})
    return OutgoingReply(t.TOEGEVOEGD.format(nummer=item.nummer, label=ronde.label))


def schrappen(ctx: Context, args: str) -> OutgoingReply:
    ensure_keeper(ctx)
    ronde, followed, _rest = named(ctx, args)
    assert ronde.id is not None
    if not ctx.uow.rondes.remove_item(ronde.id, followed.nummer):
        raise UserError(t.NIET_IN_RONDE.format(nummer=followed.nummer, label=ronde.label))
    ctx.record("ronde", str(ronde.id), "schrappen", {"punt": (followed.nummer, None)})
    return OutgoingReply(t.GESCHRAPT.format(nummer=followed.nummer, label=ronde.label))


def herinner(ctx: Context, _args: str) -> OutgoingReply:
    """One more reminder to every owner with open items, now (within working hours), once per request."""
    ensure_keeper(ctx)
    ronde = current(ctx)
    assert ronde.id is not None
    open_items = [i for i in ctx.uow.rondes.items(ronde.id) if not i.beantwoord]
    if not open_items:
        return OutgoingReply(t.NIEMAND_OPEN)
    ronde.extra_herinneringen += 1
    ctx.uow.rondes.save(ronde)
    n = plan_messages(ctx.uow, ronde, recipients(ctx.uow, open_items), ctx.now, f"extra:{ronde.extra_herinneringen}",
                      t.EXTRA_TITEL)
    ctx.record("ronde", str(ronde.id), "herinner", {"herinnering": (None, str(ronde.extra_herinneringen))})
    return OutgoingReply(t.HERINNERING_GEPLAND.format(eigenaren=aantal(n, "eigenaar", "eigenaren")))
