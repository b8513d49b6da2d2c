"""Showing toezeggingen: one with its details, lists by person or period, and the history."""
from __future__ import annotations

import datetime as dt
import re

from handlers.commands.people import find_person
from handlers.commands.toezeggingen.lookup import load
from handlers.commands.toezeggingen.render import details, item
from handlers.context import Context
from handlers.domain.audit import AuditEntry
from handlers.domain.permissions import may_read
from handlers.errors import UserError
from handlers.messages import Field, OutgoingReply
from handlers.ports import ToezeggingFilter
from handlers.router import normalise
from handlers.texts import tijdstip
from handlers.texts import toezeggingen as t

_WITHIN = re.compile(r"^binnen (\d+) (week|weken|dag|dagen)$")


def toon(ctx: Context, args: str) -> OutgoingReply:
    toezegging, _rest = load(ctx, args)
    return OutgoingReply(
        text=f"Toezegging {toezegging.nummer}",
        items=(item(ctx, toezegging),),
        fields=details(ctx, toezegging),
        confidential=toezegging.vertrouwelijk,
    )


def lijst(ctx: Context, args: str) -> OutgoingReply:
    criteria, wat = _criteria(ctx, args)
    found = ctx.uow.toezeggingen.find(criteria)
    shown = [z for z in found if not z.vertrouwelijk or (ctx.private and may_read(ctx.person, z.stake))]
    hidden = len(found) - len(shown)
    notes = (t.CONFIDENTIAL_COUNT.format(n=hidden),) if hidden else ()
    if not shown:
        return OutgoingReply(text=t.NONE_FOUND.format(wat=wat), notes=notes)
    overdue = sum(1 for z in shown if z.is_overdue(ctx.today))
    summary = f"{len(shown)} toezegging(en) {wat}" + (f", waarvan {overdue} met {t.OVERDUE}" if overdue else "") + "."
    return OutgoingReply(text=summary, items=tuple(item(ctx, z) for z in shown), notes=notes)


def _criteria(ctx: Context, args: str) -> tuple[ToezeggingFilter, str]:
    words = normalise(args)
    if words in {"", "open", "openstaand"}:
        return ToezeggingFilter(), "die openstaan"
    if words in {"mijn", "van mij"}:
        person = ctx.require_person()
        return ToezeggingFilter(betrokkene_id=person.id), "van jou"
    if words in {"verlopen", "te laat", "overschreden"}:
        return ToezeggingFilter(overdue_on=ctx.today), f"met {t.OVERDUE}"
    if words in {"alle", "alles"}:
        return ToezeggingFilter(open_only=False), "in totaal"
    within = _WITHIN.match(words)
    if within:
        days = int(within.group(1)) * (7 if within.group(2) in ("week", "weken") else 1)
        until = ctx.today + dt.timedelta(days=days)
        return ToezeggingFilter(due_until=until), f"met een deadline binnen {within.group(1)} {within.group(2)}"
    if words.startswith("van "):
        person = find_person(ctx.uow, args.strip()[4:])
        return ToezeggingFilter(betrokkene_id=person.id), f"van {person.name}"
    raise UserError(
        f"'{args}' begrijp ik niet als selectie.",
        examples=("toezeggingen mijn", "toezeggingen van De Vries", "toezeggingen binnen 4 weken", "toezeggingen verlopen"),
    )


def historie(ctx: Context, args: str) -> OutgoingReply:
    toezegging, _rest = load(ctx, args)
    entries = ctx.uow.audit.history(t.ENTITY, toezegging.nummer)
    return OutgoingReply(
        text=f"Geschiedenis van {toezegging.nummer} · {toezegging.omschrijving}",
        fields=tuple(_line(entry) for entry in entries),
        confidential=toezegging.vertrouwelijk,
    )


def _line(entry: AuditEntry) -> Field:
    what = t.ACTION_LABELS.get(entry.action, entry.action)
    changes = "; ".join(
        f"{t.FIELD_LABELS.get(name, name)}: {old or '—'} → {new or '—'}" for name, (old, new) in entry.changes.items()
    )
    why = f" — reden: {entry.reason}" if entry.reason else ""
    return Field(f"{tijdstip(entry.at)} · {entry.actor_name or 'onbekend'} · {what}", f"{changes}{why}" or "—")
