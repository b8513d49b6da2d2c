"""toezegging nieuw: register a promise with its portefeuillehouder, owner and Dutch deadline."""
from __future__ import annotations

import datetime as dt
import re

from handlers.commands.args import split_fields, yes_no
from handlers.commands.deadline_input import read_day, read_deadline
from handlers.commands.people import find_for, maybe_for, owner_notes
from handlers.domain.functies import Functie, default_owner, fits
from handlers.commands.toezeggingen.render import details, item, snapshot
from handlers.commands import limits
from handlers.context import Context
from handlers.domain.toezegging import Toezegging
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import toezeggingen as t

KEYS: dict[str, tuple[str, ...]] = {
    "portefeuillehouder": ("ph", "wethouder", "gedeputeerde", "toezegger", "bestuurder"),
    "eigenaar": ("ambtelijk eigenaar", "behandelaar", "ambtenaar"),
    "deadline": ("termijn", "datum gereed", "uiterlijk"),
    "vergadering": ("gedaan in", "toegezegd in", "waar", "gremium"),
    "aan": ("toegezegd aan", "raadslid", "fractie", "statenlid"),
    "vertrouwelijk": (),
    "omschrijving": ("onderwerp",),
}
_MEETING_DATE = re.compile(r"^(?P<gremium>.*?)\s*(?:van\s+)?(?P<datum>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+\w+(?:\s+\d{4})?)$")


def nieuw(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    head, fields = split_fields(args, KEYS, flags=("vertrouwelijk",))
    omschrijving = limits.title(fields.get("omschrijving") or head, t.FIELD_LABELS["omschrijving"])
    if not omschrijving:
        raise UserError(t.NEED_OMSCHRIJVING, examples=(t.NIEUW_VOORBEELD,))
    if not fields.get("deadline"):
        raise UserError(t.NEED_DEADLINE, examples=(t.NIEUW_VOORBEELD,))
    if not fields.get("portefeuillehouder"):
        if not fits(person, Functie.PORTEFEUILLEHOUDER):
            raise UserError("Wie heeft het toegezegd? Noem de portefeuillehouder.", examples=(t.NIEUW_VOORBEELD,))
        # A gedeputeerde or wethouder registering her own promise is its portefeuillehouder: no need to ask.
        fields["portefeuillehouder"] = person.email
    deadline, notes = read_deadline(ctx, fields["deadline"])
    toezegging = Toezegging(
        id=None,
        nummer=ctx.uow.toezeggingen.next_nummer(ctx.today.year),
        omschrijving=omschrijving,
        deadline=deadline,
        created_at=ctx.now,
        created_by_id=person.id,
        portefeuillehouder_id=find_for(ctx.uow, fields["portefeuillehouder"], Functie.PORTEFEUILLEHOUDER, speaker=ctx.person).id,
        eigenaar_id=maybe_for(ctx.uow, fields.get("eigenaar"), Functie.EIGENAAR, speaker=ctx.person) if fields.get("eigenaar") else default_owner(person),
        aan=fields.get("aan", ""),
        vertrouwelijk=yes_no(fields.get("vertrouwelijk", "nee")),
    )
    if fields.get("vergadering"):
        toezegging.gremium, toezegging.vergaderdatum = read_meeting(ctx, fields["vergadering"])
    ctx.uow.toezeggingen.add(toezegging)
    ctx.record(t.ENTITY, toezegging.nummer, "nieuw", {k: (None, v) for k, v in snapshot(ctx, toezegging).items() if v})
    return OutgoingReply(
        text=f"Toezegging {toezegging.nummer} is geregistreerd.",
        items=(item(ctx, toezegging),),
        fields=details(ctx, toezegging),
        notes=(*notes, *owner_notes(t.ENTITY, toezegging.nummer, toezegging.eigenaar_id, person, bool(fields.get("eigenaar")),
                                     "toezeggingen zonder eigenaar")),
        confidential=toezegging.vertrouwelijk,
    )


def read_meeting(ctx: Context, text: str) -> tuple[str, dt.date | None]:
    """'raad 12-11-2026' or 'commissie Ruimte van 3 maart': the gremium and the day (None when no day is named)."""
    match = _MEETING_DATE.match(text.strip())
    if match:
        try:
            return match.group("gremium").strip(), read_day(ctx, match.group("datum"))
        except UserError:
            pass  # "commissie Ruimte" without a date: the whole text names the meeting.
    return text.strip(), None

