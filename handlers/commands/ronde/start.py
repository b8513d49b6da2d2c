"""'ronde start …': choose the items, fix the close, ask every owner once."""
from __future__ import annotations

import datetime as dt
import re

from handlers.commands.args import split_fields
from handlers.commands.people import find_for
from handlers.commands.ronde.common import check_close, ensure_keeper
from handlers.commands.ronde.vragen import plan_messages, recipients
from handlers.context import Context
from handlers.deadlines import parse_deadline
from handlers.domain.followed import Followed
from handlers.domain.functies import Functie
from handlers.domain.ronde import Ronde, RondeItem
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.ports import MotieFilter, ToezeggingFilter
from handlers.router import normalise
from handlers.texts import ronde as t
from handlers.texts import aantal, tijdstip

KEYS = {
    "sluit": ("sluiting", "sluitmoment", "tot", "deadline"),
    "voor": ("doel", "vergadering"),
    "portefeuillehouder": ("ph", "wethouder", "gedeputeerde"),
    "commissie": ("gremium",),
}
SOORTEN = {"alle": ("toezegging", "motie"), "": ("toezegging", "motie"), "toezeggingen": ("toezegging",),
           "moties": ("motie",), "alle open": ("toezegging", "motie")}
# Without a time the round closes at the end of that working day.
DEFAULT_TIME = dt.time(17, 0)
_TIME = re.compile(r"\s+(?:om\s+)?(\d{1,2})[:.](\d{2})(?:\s*uur)?\s*$")


def read_close(ctx: Context, text: str) -> dt.datetime:
    """'vr 12 december 12:00', 'over 10 werkdagen': a moment in the future."""
    if not text:
        raise UserError(t.ASK_SLUIT, examples=(t.START_VOORBEELD,))
    time = DEFAULT_TIME
    match = _TIME.search(" " + text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours > 23 or minutes > 59:
            raise UserError(t.SLUIT_ONBEGREPEN.format(tekst=text[:60]), examples=(t.START_VOORBEELD,))
        time = dt.time(hours, minutes)
        text = (" " + text)[: match.start()].strip()
    deadline = parse_deadline(text, ctx.today, ctx.calendar)
    if deadline.due is None:
        raise UserError(deadline.message or t.SLUIT_ONBEGREPEN.format(tekst=text[:60]), examples=(t.START_VOORBEELD,))
    moment = dt.datetime.combine(deadline.due, time, tzinfo=ctx.now.tzinfo)
    if moment <= ctx.now:
        raise UserError(t.SLUIT_VOORBIJ.format(moment=tijdstip(moment)), examples=(t.START_VOORBEELD,))
    return moment


def select(ctx: Context, soorten: tuple[str, ...], ph_id: int | None, commissie: str) -> list[Followed]:
    """Every open item of the chosen kinds, portefeuille and commissie (words in its gremium), in SQL."""
    found: list[Followed] = []
    if "toezegging" in soorten:
        found.extend(ctx.uow.toezeggingen.find(
            ToezeggingFilter(open_only=True, portefeuillehouder_id=ph_id, commissie=commissie)))
    if "motie" in soorten:
        found.extend(m for m in ctx.uow.moties.find(
            MotieFilter(open_only=True, portefeuillehouder_id=ph_id, commissie=commissie)) if m.is_open)
    return found


def ronde_item(followed: Followed) -> RondeItem:
    return RondeItem(0, followed.KIND, followed.nummer, followed.eigenaar_id, followed.portefeuillehouder_id)


def start(ctx: Context, args: str) -> OutgoingReply:
    ensure_keeper(ctx)
    head, fields = split_fields(args, KEYS)
    running = ctx.uow.rondes.current()
    if running is not None:
        raise UserError(t.AL_EEN_RONDE.format(label=running.label, sluit=tijdstip(running.sluit_op)))
    soort = normalise(head)
    if soort not in SOORTEN:
        raise UserError(t.SCOPE_ONBEKEND.format(tekst=head[:60]), examples=t.START_VOORBEELDEN)
    sluit_op = read_close(ctx, fields.get("sluit", ""))
    doel = fields.get("voor", "").strip()
    if not doel:
        raise UserError(t.ASK_DOEL, examples=(t.START_VOORBEELD,))
    check_close(ctx, doel, ctx.today, sluit_op)
    ph = find_for(ctx.uow, fields["portefeuillehouder"], Functie.PORTEFEUILLEHOUDER,
                  speaker=ctx.person) if fields.get("portefeuillehouder") else None
    scope = "; ".join(part for part in (head or "alle", ph.name if ph else "", fields.get("commissie", "")) if part)
    chosen = select(ctx, SOORTEN[soort], ph.id if ph else None, fields.get("commissie", ""))
    if not chosen:
        raise UserError(t.GEEN_PUNTEN.format(scope=scope))
    person = ctx.require_person()
    items = [ronde_item(f) for f in chosen]
    ronde = ctx.uow.rondes.add(Ronde(None, doel[:200], scope[:200], sluit_op, ctx.now, person.id), items)
    ctx.record("ronde", str(ronde.id), "start", {"ronde": (None, f"{ronde.label}, sluit {tijdstip(sluit_op)}")})
    per_person = recipients(ctx.uow, items)
    plan_messages(ctx.uow, ronde, per_person, ctx.now, "vraag", t.VRAAG_TITEL)
    return OutgoingReply(
        t.GESTART.format(id=ronde.id, doel=ronde.doel, punten=aantal(len(items), "punt", "punten"),
                         eigenaren=aantal(len({i.eigenaar_id for i in items}), "eigenaar", "eigenaren"),
                         sluit=tijdstip(sluit_op)),
        notes=(*_zonder_eigenaar(items), t.VRAAG_VERSTUURD, onbereikbaar(ctx, per_person)),
    )


def _zonder_eigenaar(items: list[RondeItem]) -> tuple[str, ...]:
    n = sum(1 for i in items if i.eigenaar_id is None)
    return (t.GESTART_ZONDER_EIGENAAR.format(n=n),) if n else ()


def onbereikbaar(ctx: Context, per_person: dict[int, list[RondeItem]]) -> str:
    """Who has no Slack or Teams id, or whose last message could not be delivered on any platform."""
    recent = set(ctx.uow.reminders.unreachable_people(ctx.now - dt.timedelta(days=30)))
    names = []
    for pid in sorted(per_person):
        person = ctx.uow.people.get(pid)
        if person is not None and (pid in recent or not (person.slack_user_id or person.teams_aad_id)):
            names.append(person.name)
    return t.ONBEREIKBAAR.format(namen=", ".join(sorted(names))) if names else t.IEDEREEN_BEREIKBAAR


def add_item(ctx: Context, ronde: Ronde, followed: Followed) -> RondeItem:
    """'ronde toevoegen <nummer>': the item joins the round and its owner gets a message about it."""
    if not followed.is_open:
        raise UserError(t.NIET_OPEN.format(nummer=followed.nummer, status=followed.status.value))
    assert ronde.id is not None
    if ctx.uow.rondes.item(ronde.id, followed.nummer) is not None:
        raise UserError(t.AL_IN_RONDE.format(nummer=followed.nummer, label=ronde.label))
    item = ronde_item(followed)
    item.ronde_id = ronde.id
    ctx.uow.rondes.add_items([item])
    plan_messages(ctx.uow, ronde, recipients(ctx.uow, [item]), ctx.now, f"toegevoegd:{item.nummer}", t.TOEGEVOEGD_TITEL)
    return item
