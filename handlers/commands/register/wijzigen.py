"""Changing the registry from chat (concernadviseurs only): new opdracht, change an opdracht, new
person, set roles. Each change builds a new Register and goes through the same validation as a file."""
from __future__ import annotations

import dataclasses

from handlers.commands.args import split_fields, yes_no
from handlers.commands.permission import ensure_may_change_registry
from handlers.commands.register.kaart import card
from handlers.commands.register.opslaan import install_change
from handlers.commands.register.render import View, open_view, opdracht_item
from handlers.context import Context
from handlers.domain.audit import Changes
from handlers.domain.people import Rol
from handlers.domain.registry.model import Driehoek, Lid, Opdracht, OpdrachtStatus, Register
from handlers.domain.registry.naming import key, person_index, resolve, rol_named
from handlers.domain.registry.queries import find_leden, find_opdrachten
from handlers.errors import NotFound, UserError
from handlers.messages import OutgoingReply
from handlers.texts import register as t

OPDRACHT_KEYS: dict[str, tuple[str, ...]] = {
    "bestuurlijk_opdrachtgever": ("bestuurlijk", "bestuurlijk opdrachtgever", "portefeuillehouder", "bog"),
    "ambtelijk_opdrachtgever": ("ambtelijk", "ambtelijk opdrachtgever", "aog"),
    "ambtelijk_opdrachtnemer": ("opdrachtnemer", "ambtelijk opdrachtnemer", "aon"),
    "professionals": ("professional", "team", "uitvoerders"),
    "onderwerpen": ("onderwerp",),
    "omschrijving": ("beschrijving",),
    "status": (),
    "vertrouwelijk": (),
    "naam": (),
}
PERSOON_KEYS: dict[str, tuple[str, ...]] = {
    "email": ("e-mail", "mail"), "functie": (), "rollen": ("rol",), "eenheid": ("team", "afdeling"),
    "opdrachtgever": (), "naam": (),
}


def _start(ctx: Context) -> tuple[View, Register]:
    ctx.require_person()
    ensure_may_change_registry(ctx)
    view = open_view(ctx, for_change=True)
    return view, view.register


def _save(ctx: Context, register: Register, action: str, changes: Changes) -> View:
    install_change(ctx.uow, register, ctx.now, ctx.require_person(), action, changes)
    return open_view(ctx)


def opdracht_nieuw(ctx: Context, args: str) -> OutgoingReply:
    _view, register = _start(ctx)
    head, fields = split_fields(args, OPDRACHT_KEYS, flags=("vertrouwelijk",))
    naam = fields.get("naam") or head
    if not naam:
        raise UserError(t.NEED_NAAM_OPDRACHT, examples=(t.OPDRACHT_VOORBEELD,))
    if any(key(o.naam) == key(naam) for o in register.opdrachten):
        raise UserError(t.OPDRACHT_BESTAAT.format(naam=naam), examples=(t.WIJZIG_VOORBEELD,))
    if not all(fields.get(chair) for chair in ("bestuurlijk_opdrachtgever", "ambtelijk_opdrachtgever", "ambtelijk_opdrachtnemer")):
        raise UserError(t.NEED_CHAIR, examples=(t.OPDRACHT_VOORBEELD,))
    empty = Opdracht(naam, Driehoek("", "", ""))
    opdracht = _apply(register, empty, fields)
    view = _save(ctx, dataclasses.replace(register, opdrachten=(*register.opdrachten, opdracht)), "opdracht nieuw",
                 _new(fields, naam))
    return view.reply(t.OPDRACHT_NIEUW.format(naam=naam), items=(opdracht_item(view, opdracht),))


def opdracht_wijzig(ctx: Context, args: str) -> OutgoingReply:
    _view, register = _start(ctx)
    head, fields = split_fields(args, OPDRACHT_KEYS, flags=("vertrouwelijk",))
    found = find_opdrachten(register, head) if head else []
    if len(found) != 1:
        raise NotFound(t.UNKNOWN_OPDRACHT.format(naam=head), examples=(t.WIJZIG_VOORBEELD,))
    if not fields:
        raise UserError(t.NOTHING_TO_CHANGE, examples=(t.WIJZIG_VOORBEELD,))
    old = found[0]
    new = _apply(register, old, fields)
    opdrachten = tuple(new if o is old else o for o in register.opdrachten)
    view = _save(ctx, dataclasses.replace(register, opdrachten=opdrachten), "opdracht wijzig",
                 {name: (_value(old, name), value) for name, value in fields.items()})
    return view.reply(t.OPDRACHT_GEWIJZIGD.format(naam=new.naam), items=(opdracht_item(view, new),))


def _new(fields: dict[str, str], naam: str) -> Changes:
    changes: Changes = {name: (None, value) for name, value in fields.items()}
    changes["naam"] = (None, naam)
    return changes


def _apply(register: Register, opdracht: Opdracht, fields: dict[str, str]) -> Opdracht:
    index = person_index((p.naam, p.email) for p in register.personen)
    chairs = {chair: resolve(fields[chair], index) for chair in ("bestuurlijk_opdrachtgever", "ambtelijk_opdrachtgever",
                                                                  "ambtelijk_opdrachtnemer") if fields.get(chair)}
    changes: dict[str, object] = {"driehoek": dataclasses.replace(opdracht.driehoek, **chairs)}
    if "professionals" in fields:
        changes["professionals"] = tuple(resolve(p, index) for p in _list(fields["professionals"]))
    if "onderwerpen" in fields:
        changes["onderwerpen"] = tuple(_list(fields["onderwerpen"]))
    if "status" in fields:
        changes["status"] = _status(fields["status"])
    for name in ("omschrijving", "naam"):
        if fields.get(name):
            changes[name] = fields[name]
    if "vertrouwelijk" in fields:
        changes["vertrouwelijk"] = yes_no(fields["vertrouwelijk"])
    return dataclasses.replace(opdracht, **changes)  # type: ignore[arg-type]


def _status(text: str) -> OpdrachtStatus:
    for status in OpdrachtStatus:
        if key(status.value) == key(text) or key(status.value).endswith(key(text)):
            return status
    raise UserError(t.UNKNOWN_CHOICE.format(waarde=text, keuzes=", ".join(OpdrachtStatus)))


def _value(opdracht: Opdracht, name: str) -> str | None:
    chairs = dict(opdracht.driehoek.chairs())
    if name in chairs:
        return chairs[name]
    value = getattr(opdracht, name, None)
    return ", ".join(value) if isinstance(value, tuple) else (str(value) if value is not None else None)


def persoon_nieuw(ctx: Context, args: str) -> OutgoingReply:
    _view, register = _start(ctx)
    head, fields = split_fields(args, PERSOON_KEYS)
    naam, email = fields.get("naam") or head, fields.get("email", "").lower()
    if not naam or not email:
        raise UserError(t.NEED_EMAIL, examples=(t.PERSOON_VOORBEELD,))
    if (existing := register.lid(email)) is not None:
        raise UserError(t.PERSOON_BESTAAT.format(email=email, naam=existing.naam))
    index = person_index((p.naam, p.email) for p in register.personen)
    lid = Lid(naam, email, fields.get("functie", ""), _rollen(fields.get("rollen", "")), fields.get("eenheid") or None,
              resolve(fields["opdrachtgever"], index) if fields.get("opdrachtgever") else None)
    view = _save(ctx, dataclasses.replace(register, personen=(*register.personen, lid)), "persoon nieuw",
                 _new(fields, naam))
    return view.reply(t.PERSOON_NIEUW.format(naam=naam), items=(card(view, lid),))


def rol(ctx: Context, args: str) -> OutgoingReply:
    _view, register = _start(ctx)
    wie, sep, rollen = args.partition(":")
    if not sep or not wie.strip():
        raise UserError(t.NEED_ROLLEN, examples=(t.ROL_VOORBEELD,))
    found = find_leden(register, wie.strip())
    if len(found) != 1:
        raise NotFound(t.UNKNOWN_LID.format(naam=wie.strip()), examples=(t.ROL_VOORBEELD,))
    old = found[0]
    new = dataclasses.replace(old, rollen=_rollen(rollen))
    personen = tuple(new if p is old else p for p in register.personen)
    before, after = ", ".join(sorted(old.rollen)), ", ".join(sorted(new.rollen))
    view = _save(ctx, dataclasses.replace(register, personen=personen), "rol", {"rollen": (before or None, after or None)})
    return view.reply(t.ROLLEN_GEZET.format(naam=new.naam, rollen=after or "geen"), items=(card(view, new),))


def _rollen(text: str) -> frozenset[Rol]:
    found = []
    for word in _list(text):
        rol = rol_named(word)
        if rol is None:
            raise UserError(t.UNKNOWN_ROLE.format(rol=word, rollen=", ".join(Rol)), examples=(t.ROL_VOORBEELD,))
        found.append(rol)
    return frozenset(found)


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.replace(" en ", ",").split(",") if part.strip()]


def info(ctx: Context, args: str) -> OutgoingReply:
    view = open_view(ctx)
    r = view.register
    return view.reply(t.INFO.format(organisatie=r.organisatie or "—", personen=len(r.personen), eenheden=len(r.eenheden),
                                    portefeuilles=len(r.portefeuilles), opdrachten=len(r.opdrachten),
                                    gebieden=len(r.contactgebieden)))
