"""The list for the raad, and 'ronde vastgesteld': the raad's decision on it.

Confidential items are never on the list unless asked for by someone who may read them, and never in a
channel: the list is meant to be published.
"""
from __future__ import annotations

import re

from handlers.commands.args import split_reason
from handlers.commands.followed.render import deadline_value
from handlers.commands.ronde.common import check_meeting_held, current, ensure_keeper
from handlers.commands.ronde.items import KINDS, find, get_followed, titel
from handlers.context import Context
from handlers.domain.followed import Followed, Status
from handlers.domain.motie import Motie
from handlers.domain.people import Person
from handlers.domain.permissions import may_read
from handlers.domain.ronde import Akkoord, Besluit, RaadsLijst, RaadsRegel, Ronde, RondeItem, RondeStatus
from handlers.domain.toezegging import Toezegging
from handlers.errors import UserError
from handlers.messages import Field, Item, OutgoingReply
from handlers.ports import UnitOfWork
from handlers.texts import datum
from handlers.texts import ronde as t
from handlers.texts import aantal, vorm


def voorstel(item: RondeItem, followed: Followed) -> str:
    if item.voorgesteld and item.akkoord is Akkoord.NIET_AKKOORD:
        return t.VOORSTEL_GEEN_AKKOORD.format(reden=item.akkoord_reden)
    if item.voorgesteld and followed.status is Status.AFDOENING_VOORGESTELD:
        template = t.VOORSTEL_AFDOEN if item.akkoord is Akkoord.AKKOORD else t.VOORSTEL_ONDER_VOORBEHOUD
        return template.format(referentie=followed.afdoening_referentie)
    return t.VOORSTEL_OPENHOUDEN


def _regel(item: RondeItem, followed: Followed) -> RaadsRegel:
    if isinstance(followed, Toezegging):
        waar = " ".join(p for p in (followed.gremium, datum(followed.vergaderdatum) if followed.vergaderdatum else "") if p)
        onderwerp, belofte = t.ONDERWERP_TOEZEGGING.format(waar=waar).strip(), followed.omschrijving
    elif isinstance(followed, Motie):
        onderwerp, belofte = t.ONDERWERP_MOTIE.format(titel=followed.titel), followed.dictum or followed.titel
    else:
        onderwerp, belofte = titel(followed), titel(followed)
    return RaadsRegel(followed.nummer, onderwerp, belofte, deadline_value(followed), followed.stand_van_zaken,
                      voorstel(item, followed))


def raadslijst(uow: UnitOfWork, ronde: Ronde, reader: Person | None, vertrouwelijk: bool = False) -> RaadsLijst:
    """Per portefeuillehouder (by name), in number order; confidential lines only when asked and readable."""
    assert ronde.id is not None
    groups: dict[str, list[RaadsRegel]] = {}
    left_out = 0
    items = uow.rondes.items(ronde.id)
    found = uow.rondes.followed([i.nummer for i in items])
    names = {p.id: p.name for p in uow.people.all()}
    for item in items:
        followed = found.get(item.nummer)
        if followed is None:
            continue
        if followed.vertrouwelijk and not (vertrouwelijk and may_read(reader, followed.stake)):
            left_out += 1
            continue
        holder = names.get(followed.portefeuillehouder_id) if followed.portefeuillehouder_id else None
        groups.setdefault(holder or t.GEEN_PH, []).append(_regel(item, followed))
    return RaadsLijst(t.LIJST_KOP.format(doel=ronde.doel),
                      tuple((name, tuple(rows)) for name, rows in sorted(groups.items())), left_out)


def lijst(ctx: Context, _args: str) -> OutgoingReply:
    """'ronde lijst' in chat: the same lines as the export, never with confidential items."""
    ctx.require_person()
    ronde = current(ctx)
    found = raadslijst(ctx.uow, ronde, ctx.person)
    items = tuple(
        Item(r.nummer, f"{r.nummer} · {r.onderwerp}", (
            Field(t.LIJST_KOLOMMEN[2], r.belofte), Field(t.LIJST_KOLOMMEN[3], r.termijn),
            Field(t.LIJST_KOLOMMEN[4], r.stand_van_zaken or "—"), Field(t.LIJST_KOLOMMEN[5], r.voorstel),
            Field("Portefeuillehouder", ph)))
        for ph, rows in found.per_portefeuillehouder for r in rows
    )
    notes = (t.LIJST_VERTROUWELIJK_WEG.format(
        punten=aantal(found.weggelaten, "vertrouwelijk punt", "vertrouwelijke punten"), staan=vorm(found.weggelaten, "staat", "staan")),) if found.weggelaten else ()
    return OutgoingReply(t.LIJST_TITEL.format(doel=ronde.doel, label=ronde.label, n=len(items)), items=items,
                         notes=(*notes, t.EXPORT_CHAT))


_NUMMERS = re.compile(r"[,\s]+")


def _behalve(ctx: Context, args: str) -> tuple[set[str], str]:
    """'behalve T-2026-001, M2026-031 omdat de raad meer wil weten' -> the numbers and the reason."""
    text, reason = split_reason(args)
    text = text.strip()
    if not text:
        return set(), reason
    words = [w for w in _NUMMERS.split(text.removeprefix("behalve").strip()) if w and w.lower() not in {"en", "behalve"}]
    return {find(ctx.uow, w)[1].nummer for w in words}, reason


def vastgesteld(ctx: Context, args: str) -> OutgoingReply:
    """The raad adopted the list: agreed afdoeningen become afgedaan, each through the status machine and
    audited, all in this one transaction; those the raad did not accept stay open with a note."""
    ensure_keeper(ctx)
    ronde = current(ctx)
    assert ronde.id is not None
    check_meeting_held(ctx, ronde)
    behalve, reason = _behalve(ctx, args)
    items = {i.nummer: i for i in ctx.uow.rondes.items(ronde.id)}
    for nummer in sorted(behalve - items.keys()):
        raise UserError(t.BEHALVE_ONBEKEND.format(nummer=nummer, label=ronde.label))
    # What the raad did not accept stays open, proposed or not; the agreed afdoeningen are afgedaan.
    proposals = {n: i for n, i in items.items()
                 if n in behalve or (i.voorgesteld and i.akkoord is not Akkoord.NIET_AKKOORD)}
    done = kept = 0
    notes: list[str] = []
    for nummer, item in sorted(proposals.items()):
        followed = get_followed(ctx.uow, item.kind, nummer)
        if nummer in behalve:
            item.besluit, item.besluit_reden = Besluit.NIET_AANVAARD, reason
            ctx.record(item.kind, nummer, "ronde", {"raad": (None, f"{ronde.label}: {t.RAAD_NIET_AANVAARD}")}, reason)
            kept += 1
        elif followed is None or followed.status is not Status.AFDOENING_VOORGESTELD:
            notes.append(t.VASTGESTELD_OVERGESLAGEN.format(nummer=nummer, status=followed.status.value if followed else "—"))
            continue
        else:
            KINDS[item.kind].verbs.afgedaan(ctx, nummer)  # the status machine and the audit, as typed by hand
            item.besluit = Besluit.AFGEDAAN
            ctx.record(item.kind, nummer, "ronde", {"raad": (None, f"{ronde.label}: {t.RAAD_AFGEDAAN}")})
            done += 1
        ctx.uow.rondes.save_item(item)
    ronde.status = RondeStatus.VASTGESTELD
    ctx.uow.rondes.save(ronde)
    ctx.record("ronde", str(ronde.id), "vastgesteld", {"afgedaan": (None, str(done)), "niet aanvaard": (None, str(kept))},
               reason)
    return OutgoingReply(t.VASTGESTELD.format(label=ronde.label, afgedaan=aantal(done, "punt", "punten"), niet=kept), notes=tuple(notes))
