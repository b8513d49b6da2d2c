"""After a meeting: besluiten, actiepunten, toezeggingen and moties recorded against it, the same way for every PO.

    vergadering 3 besluit <tekst>
    vergadering 3 actie <tekst>; eigenaar: <naam>
    vergadering 3 toezegging T-2026-001      (links an existing toezegging)
    vergadering 3 motie M2026-014 [<tekst>]  (the motie's reference; the moties register lives elsewhere)
"""
from __future__ import annotations

from handlers.agenda.render import title
from dataclasses import replace

from handlers.commands.args import first_word, split_fields, yes_no
from handlers.commands.people import maybe_for
from handlers.domain.functies import Functie
from handlers.commands.permission import ensure_may_change
from handlers.context import Context
from handlers.domain.agenda import Uitkomst, UitkomstSoort, Vergadering, has_started
from handlers.domain.permissions import Stake
from handlers.domain.toezegging import parse_nummer
from handlers.errors import NotFound, UserError
from handlers.messages import Field, OutgoingReply
from handlers.router import normalise
from handlers.texts import agenda as t

SOORTEN = {
    "besluit": UitkomstSoort.BESLUIT, "besluitpunt": UitkomstSoort.BESLUIT,
    "actie": UitkomstSoort.ACTIE, "actiepunt": UitkomstSoort.ACTIE,
    "toezegging": UitkomstSoort.TOEZEGGING,
    "motie": UitkomstSoort.MOTIE,
}


def vastleggen(ctx: Context, v: Vergadering, rest: str) -> OutgoingReply:
    person = ctx.require_person()
    assert v.id is not None
    owners = _owners(ctx, v)
    if person.id not in owners:
        owner = owners[0] if owners else None
        ensure_may_change(ctx, Stake(owner, owner, None, False), f"vergadering {v.id}")
    word, text = first_word(rest)
    soort = SOORTEN[normalise(word)]
    # Outcomes are what a meeting decided: only once it has started.
    if not has_started(v, ctx.now):
        raise UserError(t.MEETING_NOT_STARTED.format(titel=title(v), soort=soort.value, id=v.id))
    uitkomst = _build(ctx, v.id, soort, text, person.id)
    ctx.uow.agenda.add_uitkomst(uitkomst)
    shown = f"{uitkomst.referentie} {uitkomst.tekst}".strip()
    ctx.record(t.ENTITY_VERGADERING, str(v.id), "uitkomst", {soort.value: (None, shown)})
    return OutgoingReply(
        text=t.RECORDED.format(id=v.id, titel=title(v)),
        fields=(Field(t.UITKOMST_LABEL[soort], shown),),
        confidential=uitkomst.vertrouwelijk,
    )


def _owners(ctx: Context, v: Vergadering) -> list[int]:
    """The meeting's portefeuillehouder; for a shared PO, each portefeuillehouder with a point on it.

    Concernadviseurs and the griffie support them and may always record.
    """
    if v.portefeuillehouder_id is not None:
        return [v.portefeuillehouder_id]
    assert v.id is not None
    return sorted({p.portefeuillehouder_id for p in ctx.uow.agenda.punten([v.id]) if p.portefeuillehouder_id is not None})


KEYS: dict[str, tuple[str, ...]] = {"eigenaar": ("wie", "actiehouder"), "vertrouwelijk": ()}


def _build(ctx: Context, vergadering_id: int, soort: UitkomstSoort, text: str, by: int | None) -> Uitkomst:
    head, fields = split_fields(text, KEYS, flags=("vertrouwelijk",))
    if not head:
        raise UserError(t.WHAT_TO_RECORD.format(soort=soort.value), examples=t.UITKOMST_VOORBEELDEN)
    base = Uitkomst(None, vergadering_id, soort, head, ctx.now, by,
                    vertrouwelijk=yes_no(fields.get("vertrouwelijk", "nee")))
    if soort is UitkomstSoort.ACTIE:
        eigenaar = maybe_for(ctx.uow, fields.get("eigenaar"), Functie.EIGENAAR)
        return replace(base, eigenaar_id=eigenaar)
    word, rest = first_word(head)
    if soort is UitkomstSoort.TOEZEGGING:
        nummer = parse_nummer(word)
        toezegging = ctx.uow.toezeggingen.get(nummer) if nummer else None
        if toezegging is None:
            raise NotFound(t.TOEZEGGING_UNKNOWN.format(wat=word), examples=("vergadering 3 toezegging T-2026-001",))
        # A confidential toezegging stays confidential where it is linked.
        return replace(base, tekst=toezegging.omschrijving, referentie=toezegging.nummer,
                       vertrouwelijk=base.vertrouwelijk or toezegging.vertrouwelijk)
    if soort is UitkomstSoort.MOTIE:
        return replace(base, tekst=rest, referentie=word)
    return base
