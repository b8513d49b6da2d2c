"""lobby nieuw: register a lobby action with its dossier, target and kansrijk moment."""
from __future__ import annotations

from handlers.commands.args import split_fields, yes_no
from handlers.commands.deadline_input import read_deadline
from handlers.commands.lobby.render import details, item, snapshot
from handlers.commands.people import maybe_for, owner_notes
from handlers.domain.functies import Functie, default_owner
from handlers.commands import limits
from handlers.context import Context
from handlers.domain.lobby import LobbyActie
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import lobby as t

KEYS: dict[str, tuple[str, ...]] = {
    "doel": ("wat", "omschrijving"),
    "dossier": ("speerpunt", "onderwerp"),
    "target": ("richting", "bij", "op"),
    "moment": ("kansrijk moment", "wanneer", "deadline", "datum"),
    "eigenaar": ("ambtelijk eigenaar", "trekker"),
    "bestuurder": ("gedeputeerde", "wethouder", "portefeuillehouder", "ph"),
    "partners": ("samen met", "partner"),
    "vertrouwelijk": (),
}


def nieuw(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    head, fields = split_fields(args, KEYS, flags=("vertrouwelijk",))
    fields.setdefault("doel", head)
    limits.title(fields["doel"], "Het doel")
    for name in ("doel", "dossier", "target", "moment"):
        if not fields.get(name):
            raise UserError(t.NEED[name], examples=(t.NIEUW_VOORBEELD,))
    moment, notes = read_deadline(ctx, fields["moment"])
    actie = LobbyActie(
        id=None,
        nummer=ctx.uow.lobby.next_nummer(ctx.today.year),
        dossier=fields["dossier"], doel=fields["doel"], target=fields["target"], moment=moment,
        created_at=ctx.now, created_by_id=person.id,
        eigenaar_id=maybe_for(ctx.uow, fields.get("eigenaar"), Functie.EIGENAAR, speaker=ctx.person) if fields.get("eigenaar") else default_owner(person),
        bestuurder_id=maybe_for(ctx.uow, fields.get("bestuurder"), Functie.BESTUURDER, speaker=ctx.person),
        partners=fields.get("partners", ""),
        vertrouwelijk=yes_no(fields.get("vertrouwelijk", "nee")),
    )
    ctx.uow.lobby.add(actie)
    ctx.record(t.ENTITY, actie.nummer, "nieuw", {k: (None, v) for k, v in snapshot(ctx, actie).items() if v})
    return OutgoingReply(
        text=t.REGISTERED.format(nummer=actie.nummer),
        items=(item(ctx, actie),),
        fields=details(actie, []),
        notes=(*(n.replace("Deadline:", "Kansrijk moment:", 1) for n in notes),
               *owner_notes(t.ENTITY, actie.nummer, actie.eigenaar_id, person, bool(fields.get("eigenaar")), "lobby zonder eigenaar")),
        confidential=actie.vertrouwelijk,
    )
