"""Agenda points: register one for a meeting (fase always explicit), show, change, history."""
from __future__ import annotations

from collections.abc import Callable

from handlers.agenda.render import title
from handlers.commands.agenda.vinden import find_vergadering, load_punt
from handlers.commands.args import first_word, split_fields, split_reason, yes_no
from handlers.commands.deadline_input import read_deadline
from handlers.commands.history import history_fields, unchanged
from handlers.commands.people import find_for, maybe_for
from handlers.domain.functies import Functie
from handlers.commands.permission import ensure_may_change, ensure_may_run_agenda
from handlers.commands.followed.render import person_name
from handlers.context import Context
from handlers.domain.agenda import AgendaInstellingen, AgendaPunt, INGETROKKEN, Fase, Vergadering, has_started
from handlers.domain.audit import diff
from handlers.errors import UserError
from handlers.messages import Field, OutgoingReply
from handlers.router import normalise
from handlers.texts import agenda as t
from handlers.texts import datum

KEYS: dict[str, tuple[str, ...]] = {
    "onderwerp": ("titel",),
    "vergadering": ("voor", "in", "overleg"),
    "fase": (),
    "portefeuillehouder": ("ph", "gedeputeerde", "wethouder"),
    "opdrachtnemer": ("ambtelijk opdrachtnemer", "behandelaar", "ambtenaar"),
    "inbrenger": ("ingebracht door",),
    "stukken": ("stukken deadline", "deadline stukken", "deadline"),
    "documenten": ("stukken link", "link", "document"),
    "vertrouwelijk": (),
}


def read_fase(text: str | None) -> Fase:
    if not text or not text.strip():
        raise UserError(t.NEED_FASE, examples=(t.NIEUW_VOORBEELD,))
    word = normalise(text)
    for fase in Fase:
        if word == fase.value or (len(word) >= 4 and fase.value.startswith(word)):
            return fase
    raise UserError(t.BAD_FASE.format(fase=text.strip()), examples=("fase: beeldvorming", "fase: oordeelsvorming", "fase: besluitvorming"))


def nieuw(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    person = ctx.require_person()
    head, fields = split_fields(args, KEYS, flags=("vertrouwelijk",))
    onderwerp = fields.get("onderwerp") or head
    if not onderwerp:
        raise UserError(t.NEED_ONDERWERP, examples=(t.NIEUW_VOORBEELD,))
    fase = read_fase(fields.get("fase"))
    v = open_vergadering(ctx, instellingen, fields.get("vergadering", ""))
    assert v.id is not None
    # The portefeuillehouder owns the agenda: adding to it is theirs (and the concernadviseur's), by role.
    ensure_may_run_agenda(ctx, v.portefeuillehouder_id, f"de agenda van {v.naam}")
    ph = maybe_for(ctx.uow, fields.get("portefeuillehouder"), Functie.PORTEFEUILLEHOUDER, speaker=ctx.person) or v.portefeuillehouder_id
    punt = AgendaPunt(
        id=None, nummer=ctx.uow.agenda.next_punt_nummer(ctx.today.year), vergadering_id=v.id,
        onderwerp=onderwerp, fase=fase, created_at=ctx.now, stukken_deadline=v.stukken_deadline,
        created_by_id=person.id, portefeuillehouder_id=ph,
        inbrenger_id=maybe_for(ctx.uow, fields.get("inbrenger"), Functie.INBRENGER, speaker=ctx.person) or person.id,
    )
    notes = _apply(ctx, punt, fields)
    if punt.stukken_deadline < ctx.today:
        notes.append(t.STUKKEN_LATE.format(datum=datum(punt.stukken_deadline)))
    ctx.uow.agenda.add_punt(punt)
    ctx.record(t.ENTITY_PUNT, punt.nummer, "nieuw", {k: (None, val) for k, val in snapshot(ctx, punt).items() if val})
    return _reply(ctx, punt, t.PUNT_ADDED.format(nummer=punt.nummer, titel=title(v)), notes)


def _apply(ctx: Context, punt: AgendaPunt, fields: dict[str, str]) -> list[str]:
    """The optional fields shared by 'nieuw' and 'wijzig'."""
    notes: list[str] = []
    if fields.get("onderwerp"):
        punt.onderwerp = fields["onderwerp"]
    if "fase" in fields:
        punt.fase = read_fase(fields["fase"])
    if fields.get("opdrachtnemer"):
        punt.opdrachtnemer_id = find_for(ctx.uow, fields["opdrachtnemer"], Functie.OPDRACHTNEMER, speaker=ctx.person).id
    if fields.get("portefeuillehouder"):
        punt.portefeuillehouder_id = find_for(ctx.uow, fields["portefeuillehouder"], Functie.PORTEFEUILLEHOUDER, speaker=ctx.person).id
    if "documenten" in fields:
        punt.documenten = fields["documenten"]
    if "vertrouwelijk" in fields:
        punt.vertrouwelijk = yes_no(fields["vertrouwelijk"])
    if fields.get("stukken"):
        deadline, lines = read_deadline(ctx, fields["stukken"], moving=punt.id is not None)
        if deadline.due is None:
            raise UserError(t.STUKKEN_NEED_DATE, examples=("stukken: 25-11-2026",))
        punt.stukken_deadline = deadline.due
        notes.extend(line.replace("Deadline:", "Stukken:", 1) for line in lines)
    return notes


def snapshot(ctx: Context, p: AgendaPunt) -> dict[str, str | None]:
    v = ctx.uow.agenda.vergadering(p.vergadering_id)
    return {
        "onderwerp": p.onderwerp,
        "fase": p.fase.value,
        "vergadering": title(v) if v else None,
        "portefeuillehouder": person_name(ctx, p.portefeuillehouder_id),
        "opdrachtnemer": person_name(ctx, p.opdrachtnemer_id),
        "inbrenger": person_name(ctx, p.inbrenger_id),
        "stukken": datum(p.stukken_deadline),
        "documenten": p.documenten or None,
        "vertrouwelijk": "ja" if p.vertrouwelijk else "nee",
        "status": INGETROKKEN if p.ingetrokken else None,
    }


def _reply(ctx: Context, punt: AgendaPunt, text: str, notes: list[str] | None = None) -> OutgoingReply:
    labels = t.PUNT_FIELD_LABELS
    fields = tuple(Field(labels[k], v) for k, v in snapshot(ctx, punt).items() if v and v != "—")
    return OutgoingReply(text=text, fields=fields, notes=tuple(notes or ()), confidential=punt.vertrouwelijk)


def toon(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    punt = load_punt(ctx, first_word(args)[0])
    return _reply(ctx, punt, t.PUNT_TITLE.format(nummer=punt.nummer))


WIJZIG_KEYS = {k: v for k, v in KEYS.items() if k not in {"inbrenger"}}


def open_vergadering(ctx: Context, instellingen: AgendaInstellingen, text: str) -> Vergadering:
    """The meeting named, if points may still go on it: one that has not started."""
    v = find_vergadering(ctx, instellingen, text)
    if has_started(v, ctx.now):
        raise UserError(t.MEETING_STARTED.format(titel=title(v)), examples=(t.NIEUW_VOORBEELD,))
    return v


def _ask(ctx: Context, punt: AgendaPunt, command: str) -> Vergadering:
    """The point's meeting, after asking the agendapunt status machine whether `command` may run."""
    v = ctx.uow.agenda.vergadering(punt.vergadering_id)
    assert v is not None
    punt.ask(command, v, ctx.now)
    return v


def _move(ctx: Context, instellingen: AgendaInstellingen, punt: AgendaPunt, text: str) -> Vergadering:
    target = open_vergadering(ctx, instellingen, text)
    assert target.id is not None
    ensure_may_run_agenda(ctx, target.portefeuillehouder_id, f"de agenda van {target.naam}")
    punt.vergadering_id, punt.stukken_deadline = target.id, target.stukken_deadline
    return target


def wijzig(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    person = ctx.require_person()
    word, rest = first_word(args)
    punt = load_punt(ctx, word)
    _head, fields = split_fields(rest, WIJZIG_KEYS)
    # The ambtelijk opdrachtnemer delivers the stukken, so may set the documents link; the rest is the owner's.
    if not (person.id is not None and person.id == punt.opdrachtnemer_id and set(fields) <= {"documenten"}):
        ensure_may_change(ctx, punt.stake, f"agendapunt {punt.nummer}")
    _ask(ctx, punt, "verplaats" if fields.get("vergadering") else "wijzig")
    if not fields:
        raise UserError(t.WHAT_TO_CHANGE, examples=(f"agendapunt wijzig {punt.nummer} fase: besluitvorming",))
    before = snapshot(ctx, punt)
    if fields.get("vergadering"):
        _move(ctx, instellingen, punt, fields["vergadering"])
    notes = _apply(ctx, punt, fields)
    changes = diff(before, snapshot(ctx, punt))
    if not changes:
        return _reply(ctx, punt, unchanged(punt.nummer, before, fields, t.PUNT_FIELD_LABELS), notes)
    ctx.uow.agenda.save_punt(punt)
    ctx.record(t.ENTITY_PUNT, punt.nummer, "wijzig", changes)
    return _reply(ctx, punt, t.PUNT_CHANGED.format(nummer=punt.nummer), notes)


def historie(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    punt = load_punt(ctx, first_word(args)[0])
    entries = ctx.uow.audit.history(t.ENTITY_PUNT, punt.nummer)
    return OutgoingReply(
        text=t.HISTORY_TITLE.format(nummer=punt.nummer, onderwerp=punt.onderwerp),
        fields=history_fields(entries, t.PUNT_FIELD_LABELS, t.ACTION_LABELS),
        confidential=punt.vertrouwelijk,
    )


def _changed(ctx: Context, args: str, command: str, apply: Callable[[AgendaPunt, Vergadering, str], str]) -> OutgoingReply:
    """One path for verplaats and intrekken: permission, the status machine, old → new and the reason audited."""
    ctx.require_person()
    word, rest = first_word(args)
    punt = load_punt(ctx, word)
    ensure_may_change(ctx, punt.stake, f"agendapunt {punt.nummer}")
    v = _ask(ctx, punt, command)
    text, reason = split_reason(rest)
    before = snapshot(ctx, punt)
    answer = apply(punt, v, text)
    ctx.uow.agenda.save_punt(punt)
    ctx.record(t.ENTITY_PUNT, punt.nummer, command, diff(before, snapshot(ctx, punt)), reason)
    return _reply(ctx, punt, answer)


def verplaats(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    """'agendapunt verplaats A-2026-001 naar volgende PO [omdat …]': the stukken deadline moves along."""
    def apply(punt: AgendaPunt, v: Vergadering, text: str) -> str:
        wanted = text.removeprefix("naar ").strip()
        if not wanted:
            raise UserError(t.NEED_TARGET, examples=(t.VERPLAATS_VOORBEELD,))
        target = _move(ctx, instellingen, punt, wanted)
        if target.id == v.id:
            raise UserError(t.SAME_MEETING.format(nummer=punt.nummer, titel=title(v)), examples=(t.VERPLAATS_VOORBEELD,))
        return t.PUNT_MOVED.format(nummer=punt.nummer, titel=title(target))

    return _changed(ctx, args, "verplaats", apply)


def intrekken(ctx: Context, instellingen: AgendaInstellingen, args: str) -> OutgoingReply:
    """'agendapunt intrekken A-2026-001 [omdat …]': off the agenda (not shown, not announced), kept in the history."""
    def apply(punt: AgendaPunt, v: Vergadering, _text: str) -> str:
        punt.ingetrokken = True
        return t.PUNT_WITHDRAWN.format(nummer=punt.nummer, titel=title(v))

    return _changed(ctx, args, "intrekken", apply)
