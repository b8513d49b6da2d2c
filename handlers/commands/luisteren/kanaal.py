"""luister aan / uit / (status) / nee, and what the bot does with a message in a listening channel."""
from __future__ import annotations

import datetime as dt

from handlers.commands.luisteren.eigenaar import Eigenaren
from handlers.commands.luisteren.voorstel import Herkomst, knoppen, velden, voorstel
from handlers.commands.permission import people_with_roles
from handlers.context import Context
from handlers.domain.permissions import KEEPERS
from handlers.errors import NotAllowed, UserError
from handlers.listening.kanaal import PER_CHANNEL_PER_HOUR, PER_PERSON_PER_HOUR, Luisterkanaal
from handlers.listening.recogniser import suggestion
from handlers.messages import OutgoingReply
from handlers.router import normalise
from handlers.texts import luisteren as t
from handlers.texts import tijdstip


def luister(ctx: Context, args: str) -> OutgoingReply:
    wanted = normalise(args)
    if wanted.startswith("aan"):
        return _aan(ctx, vertrouwelijk="vertrouwelijk" in wanted)
    if wanted == "uit":
        return _uit(ctx)
    if wanted == "nee":
        return OutgoingReply(text=t.NEE)
    if wanted:
        raise UserError(f"'luister {args.strip()}' ken ik niet.", examples=("luister aan", "luister uit", "luister"))
    return _status(ctx)


def _audit_key(platform: str, kanaal: str) -> str:
    # The audit key column holds 64 characters; a channel id is shorter once its thread part is off.
    return f"{platform}:{kanaal}"[:64]


def _kanaal_key(ctx: Context) -> tuple[str, str]:
    if ctx.private:
        raise UserError(t.ALLEEN_KANAAL)
    return ctx.command.address.platform, ctx.command.address.conversation_id


def _may_switch(ctx: Context) -> None:
    person = ctx.require_person()
    if not person.has_role(*KEEPERS):
        raise NotAllowed(t.ALLEEN_BEHEERDERS.format(wie=people_with_roles(ctx, KEEPERS) or "een concernadviseur"))


def _aan(ctx: Context, *, vertrouwelijk: bool) -> OutgoingReply:
    platform, kanaal = _kanaal_key(ctx)
    _may_switch(ctx)
    person = ctx.require_person()
    ctx.uow.listening.aan(Luisterkanaal(platform, kanaal, vertrouwelijk, person.id, ctx.now))
    ctx.record("kanaal", _audit_key(platform, kanaal), "luister aan", {"luisteren": (None, "aan")})
    return OutgoingReply(text=t.AAN + (t.AAN_VERTROUWELIJK if vertrouwelijk else ""))


def _uit(ctx: Context) -> OutgoingReply:
    platform, kanaal = _kanaal_key(ctx)
    _may_switch(ctx)
    if not ctx.uow.listening.uit(platform, kanaal):
        return OutgoingReply(text=t.WAS_UIT)
    ctx.record("kanaal", _audit_key(platform, kanaal), "luister uit", {"luisteren": ("aan", "uit")})
    return OutgoingReply(text=t.UIT)


def _status(ctx: Context) -> OutgoingReply:
    if ctx.private:
        return OutgoingReply(text=t.ALLEEN_KANAAL)
    platform, kanaal = _kanaal_key(ctx)
    found = ctx.uow.listening.kanaal(platform, kanaal)
    if found is None:
        return OutgoingReply(text=t.STATUS_UIT)
    door = ctx.uow.people.get(found.aangezet_door_id) if found.aangezet_door_id else None
    return OutgoingReply(text=t.STATUS_AAN.format(
        sinds=tijdstip(found.aangezet_op), door=door.name if door else "onbekend",
        vertrouwelijk=", voorstellen zijn vertrouwelijk" if found.vertrouwelijk else ""))


def meeluisteren(ctx: Context, bron: str = "") -> OutgoingReply | None:
    """A message in a channel: a suggestion for its author, or None (the usual case) — never an error."""
    address, actor = ctx.command.address, ctx.command.actor
    if address.private or ctx.person is None:
        return None
    kanaal = ctx.uow.listening.kanaal(address.platform, address.conversation_id)
    if kanaal is None:
        return None
    people = ctx.uow.people.all()
    found = suggestion(ctx.command.text, ctx.today, people, ctx.calendar, ctx.person)
    if found is None:
        return None
    in_channel, to_user = ctx.uow.listening.voorstellen_sinds(
        address.platform, address.conversation_id, actor.user_id, ctx.now - dt.timedelta(hours=1))
    if in_channel >= PER_CHANNEL_PER_HOUR or to_user >= PER_PERSON_PER_HOUR:
        return None
    ctx.uow.listening.voorstel_gedaan(address.platform, address.conversation_id, actor.user_id, ctx.now)
    # The registry is read only now, for the rare message that gets a suggestion.
    offer = voorstel(found, ctx.today, ctx.calendar, Eigenaren(ctx, people))
    return OutgoingReply(
        text=t.VRAAG.format(soort=found.soort.value),
        fields=velden(offer),
        buttons=knoppen(offer, Herkomst(bron=bron, vertrouwelijk=kanaal.vertrouwelijk)),
        confidential=kanaal.vertrouwelijk,
    )
