"""After a meeting: besluiten, actiepunten, toezeggingen and moties recorded against it, the same way for every PO.

    vergadering vorige PO besluit <tekst>
    vergadering 3 actie <tekst>; eigenaar: <naam>
    vergadering 3 toezegging T-2026-001      (links an existing toezegging)
    vergadering 3 motie M2026-014 [<tekst>]  (the motie's reference; the moties register lives elsewhere)
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from handlers.agenda.render import title
from handlers.commands.args import first_word, split_fields, yes_no
from handlers.commands.people import maybe_for
from handlers.domain.functies import Functie
from handlers.commands.permission import ensure_may_read, ensure_may_run_agenda, shows
from handlers.context import Context
from handlers.domain.agenda import Uitkomst, UitkomstSoort, Vergadering, has_started
from handlers.domain.permissions import Stake
from handlers.domain.toezegging import Toezegging, parse_nummer
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
    ensure_may_run_agenda(ctx, v.portefeuillehouder_id, f"vergadering {v.id}", _holders(ctx, v))
    word, text = first_word(rest)
    soort = SOORTEN[normalise(word)]
    # Outcomes are what a meeting decided: only once it has started.
    if not has_started(v, ctx.now):
        raise UserError(t.MEETING_NOT_STARTED.format(titel=title(v), soort=soort.value, id=v.id))
    uitkomst = _build(ctx, v.id, soort, text, person.id)
    ctx.uow.agenda.add_uitkomst(uitkomst)
    # The audit trail keeps what was typed; a linked toezegging's text stays with the toezegging.
    typed = f"{uitkomst.referentie} {uitkomst.tekst}".strip()
    ctx.record(t.ENTITY_VERGADERING, str(v.id), "uitkomst", {soort.value: (None, typed)})
    return OutgoingReply(
        text=t.RECORDED.format(id=v.id, titel=title(v)),
        fields=(uitkomst_field(ctx, v, uitkomst, names(ctx)),),
        confidential=uitkomst.vertrouwelijk,
    )


def names(ctx: Context) -> dict[int, str]:
    return {p.id: p.name for p in ctx.uow.people.all() if p.id is not None}


def uitkomst_stake(v: Vergadering, u: Uitkomst) -> Stake:
    return Stake(u.eigenaar_id, v.portefeuillehouder_id, u.created_by_id, u.vertrouwelijk)


def uitkomst_field(ctx: Context, v: Vergadering, u: Uitkomst, known: Mapping[int, str]) -> Field:
    """One outcome as this reader may see it: its own rule, and for a linked toezegging that one's rule too."""
    label = t.UITKOMST_LABEL[u.soort]
    if not shows(ctx, uitkomst_stake(v, u)):
        return Field(label, t.CONFIDENTIAL_UITKOMST)
    toezegging = linked_toezegging(ctx, u)
    if toezegging is not None:
        if not shows(ctx, toezegging.stake):
            return Field(label, t.CONFIDENTIAL_TOEZEGGING.format(nummer=toezegging.nummer))
        return Field(label, f"{toezegging.nummer} {toezegging.omschrijving}")
    wie = f" ({known[u.eigenaar_id]})" if u.eigenaar_id is not None and u.eigenaar_id in known else ""
    ref = f"{u.referentie} " if u.referentie else ""
    return Field(label, f"{ref}{u.tekst}{wie}".strip())


def linked_toezegging(ctx: Context, u: Uitkomst) -> Toezegging | None:
    """The toezegging an outcome links to: its own rule decides who reads it, wherever it is shown."""
    if u.soort is not UitkomstSoort.TOEZEGGING or not u.referentie:
        return None
    return ctx.uow.toezeggingen.get(u.referentie)


def _holders(ctx: Context, v: Vergadering) -> set[int]:
    """On a shared PO or the college: the portefeuillehouders with a point on it (the rule checks their role)."""
    assert v.id is not None
    return {p.portefeuillehouder_id for p in ctx.uow.agenda.punten([v.id]) if p.portefeuillehouder_id is not None}


KEYS: dict[str, tuple[str, ...]] = {"eigenaar": ("wie", "actiehouder"), "vertrouwelijk": ()}


def _build(ctx: Context, vergadering_id: int, soort: UitkomstSoort, text: str, by: int | None) -> Uitkomst:
    head, fields = split_fields(text, KEYS, flags=("vertrouwelijk",))
    if not head:
        raise UserError(t.WHAT_TO_RECORD.format(soort=soort.value), examples=t.UITKOMST_VOORBEELDEN)
    base = Uitkomst(None, vergadering_id, soort, head, ctx.now, by,
                    vertrouwelijk=yes_no(fields.get("vertrouwelijk", "nee")))
    if soort is UitkomstSoort.ACTIE:
        eigenaar = maybe_for(ctx.uow, fields.get("eigenaar"), Functie.EIGENAAR, speaker=ctx.person)
        return replace(base, eigenaar_id=eigenaar)
    word, rest = first_word(head)
    if soort is UitkomstSoort.TOEZEGGING:
        nummer = parse_nummer(word)
        toezegging = ctx.uow.toezeggingen.get(nummer) if nummer else None
        if toezegging is None:
            raise NotFound(t.TOEZEGGING_UNKNOWN.format(wat=word), examples=("vergadering 3 toezegging T-2026-001",))
        # Linking is no way round the toezegging's own rule: only who may read it may link it, and the
        # outcome keeps only the number (the text is looked up, and checked, each time it is shown).
        ensure_may_read(ctx, toezegging.stake, f"Toezegging {toezegging.nummer}")
        return replace(base, tekst="", referentie=toezegging.nummer,
                       vertrouwelijk=base.vertrouwelijk or toezegging.vertrouwelijk)
    if soort is UitkomstSoort.MOTIE:
        return replace(base, tekst=rest, referentie=word)
    return base
