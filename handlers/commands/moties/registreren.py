"""motie nieuw: register a motie under the council's own number, with uitslag and termijn."""
from __future__ import annotations

from handlers.commands.args import first_word, split_fields, yes_no
from handlers.commands.deadline_input import read_day, read_deadline
from handlers.commands.moties.render import details, item, snapshot
from handlers.commands.people import maybe_for, owner_notes
from handlers.domain.functies import Functie, default_owner
from handlers.commands import limits
from handlers.context import Context
from handlers.domain.motie import Motie, Uitslag, no_deadline, parse_nummer, parse_uitslag
from handlers.errors import UserError
from handlers.messages import OutgoingReply
from handlers.texts import moties as t

KEYS: dict[str, tuple[str, ...]] = {
    "nummer": ("nr", "motienummer"),
    "titel": ("onderwerp", "omschrijving"),
    "dictum": ("verzoekt", "draagt op", "strekking"),
    "datum": ("datum vergadering",),
    "vergadering": ("gremium", "ingediend in"),
    "indieners": ("indiener", "ingediend door"),
    "fracties": ("fractie", "partijen"),
    "uitslag": ("besluit", "stemming"),
    "portefeuillehouder": ("ph", "wethouder", "gedeputeerde", "bestuurder"),
    "eigenaar": ("ambtelijk eigenaar", "behandelaar", "ambtenaar"),
    "deadline": ("termijn", "uiterlijk"),
    "vertrouwelijk": (),
}


def read_uitslag(text: str) -> Uitslag:
    uitslag = parse_uitslag(text)
    if uitslag is None:
        choices = ", ".join(u.value for u in Uitslag)
        raise UserError(t.BAD_UITSLAG.format(text=text, choices=choices), examples=("uitslag: aangenomen",))
    return uitslag


def nieuw(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    head, fields = split_fields(args, KEYS, flags=("vertrouwelijk",))
    nummer, titel = _nummer_and_titel(head, fields)
    limits.title(titel)
    if ctx.uow.moties.get(nummer) is not None:
        raise UserError(t.EXISTS.format(nummer=nummer))
    deadline, notes = read_deadline(ctx, fields["deadline"]) if fields.get("deadline") else (no_deadline(), ())
    motie = Motie(
        id=None, nummer=nummer, titel=titel, created_at=ctx.now, created_by_id=person.id,
        dictum=fields.get("dictum", ""),
        datum=read_day(ctx, fields["datum"]) if fields.get("datum") else None,
        vergadering=fields.get("vergadering", ""),
        indieners=fields.get("indieners", ""),
        fracties=fields.get("fracties", ""),
        uitslag=read_uitslag(fields.get("uitslag") or Uitslag.AANGENOMEN.value),
        deadline=deadline,
        portefeuillehouder_id=maybe_for(ctx.uow, fields.get("portefeuillehouder"), Functie.PORTEFEUILLEHOUDER, speaker=ctx.person),
        eigenaar_id=maybe_for(ctx.uow, fields.get("eigenaar"), Functie.EIGENAAR, speaker=ctx.person) if fields.get("eigenaar") else default_owner(person),
        vertrouwelijk=yes_no(fields.get("vertrouwelijk", "nee")),
    )
    ctx.uow.moties.add(motie)
    ctx.record(t.ENTITY, motie.nummer, "nieuw", {k: (None, v) for k, v in snapshot(ctx, motie).items() if v})
    if not motie.is_followed:
        notes = (*notes, t.REGISTERED_NOT_FOLLOWED.format(uitslag=motie.uitslag.value))
    return OutgoingReply(
        text=t.REGISTERED.format(nummer=motie.nummer),
        items=(item(ctx, motie),),
        fields=details(ctx, motie),
        notes=(*notes, *owner_notes(t.ENTITY, motie.nummer, motie.eigenaar_id, person, bool(fields.get("eigenaar")),
                                     "moties zonder eigenaar")),
        confidential=motie.vertrouwelijk,
    )


def _nummer_and_titel(head: str, fields: dict[str, str]) -> tuple[str, str]:
    """'M2026-014 Veilig fietspad' or 'nummer: M2026-014; titel: Veilig fietspad'."""
    word, rest = first_word(head)
    nummer = parse_nummer(fields.get("nummer", ""))
    if nummer is None:
        nummer = parse_nummer(word)
        head = rest if nummer else head
    if nummer is None:
        raise UserError(t.NEED_NUMMER, examples=(t.NIEUW_VOORBEELD,))
    titel = fields.get("titel") or head
    if not titel:
        raise UserError(t.NEED_TITEL, examples=(t.NIEUW_VOORBEELD,))
    return nummer, titel
