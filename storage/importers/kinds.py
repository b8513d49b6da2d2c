"""What an imported row becomes for each list: toezeggingen or moties (fields, numbers, new records)."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from handlers.commands.moties.render import snapshot as motie_snapshot
from handlers.commands.toezeggingen.render import snapshot as toezegging_snapshot
from handlers.context import Context
from handlers.deadlines import Deadline, DeadlineKind
from handlers.domain.followed import Followed
from handlers.domain.listdetails import external_nummer
from handlers.domain.motie import Motie
from handlers.domain.motie import parse_nummer as motie_nummer
from handlers.domain.toezegging import Toezegging
from handlers.domain.toezegging import PREFIX
from handlers.domain.toezegging import parse_nummer as toezegging_nummer
from handlers.texts import moties as tm
from handlers.texts import toezeggingen as tz

COMMON = ("nummer", "titel", "datum", "vergadering", "agendapunt", "portefeuillehouder", "eigenaar", "termijn",
          "status", "afgedaan", "stand_van_zaken", "afdoening", "afdoening_datum", "vertrouwelijk", "bijlagen",
          "moment_commissie", "moment_raad")
_ATTRS = {"termijn": "deadline", "portefeuillehouder": "portefeuillehouder_id", "eigenaar": "eigenaar_id",
          "afdoening": "afdoening_referentie"}


@dataclass(frozen=True)
class ImportKind:
    name: str
    entity: str
    fields: tuple[str, ...]
    required: tuple[str, ...]
    attrs: Mapping[str, str]
    parse_nummer: Callable[[str], str | None]
    get: Callable[[Context, str], Followed | None]
    new: Callable[[Context, str | None, dict[str, Any]], Followed]
    add: Callable[[Context, Any], object]
    save: Callable[[Context, Any], None]
    snapshot: Callable[[Context, Any], dict[str, str | None]]
    labels: Mapping[str, str]
    example_nummer: str
    # Headings that mean something else in this kind's lists (iBabs: a motie's 'Toelichting' is its dictum).
    preferred: Mapping[str, str]
    by_vingerafdruk: Callable[[Context, str], Followed | None]


def _toezegging_nummer(written: str) -> str | None:
    """'t-2026-1' is our T-2026-001; any other form ('22', '2026-14', 'ID 59') is the list's own, kept as written."""
    ours = toezegging_nummer(written)
    return ours if ours and written.strip().upper().startswith(PREFIX) else external_nummer(written)


def _new_toezegging(ctx: Context, nummer: str | None, values: dict[str, Any]) -> Followed:
    if not values.get("omschrijving"):
        raise ValueError("een nieuwe toezegging heeft een omschrijving nodig")
    return Toezegging(
        id=None, nummer=nummer or ctx.uow.toezeggingen.next_nummer(ctx.today.year), omschrijving="",
        deadline=Deadline("", DeadlineKind.UNKNOWN), created_at=ctx.now, created_by_id=ctx.person.id if ctx.person else None,
    )


def _new_motie(ctx: Context, nummer: str | None, values: dict[str, Any]) -> Followed:
    if nummer is None:
        raise ValueError("een motie heeft een nummer nodig (zoals de griffie het schrijft, bijv. M2026-014)")
    if not values.get("titel"):
        raise ValueError("een nieuwe motie heeft een titel nodig")
    return Motie(id=None, nummer=nummer, titel="", created_at=ctx.now, created_by_id=ctx.person.id if ctx.person else None)


TOEZEGGINGEN = ImportKind(
    name="toezeggingen", entity=tz.ENTITY, fields=(*COMMON, "tekst", "aan"), required=("titel",),
    attrs={**_ATTRS, "titel": "omschrijving", "datum": "vergaderdatum", "vergadering": "gremium"},
    parse_nummer=_toezegging_nummer, get=lambda ctx, n: ctx.uow.toezeggingen.get(n), new=_new_toezegging,
    add=lambda ctx, z: ctx.uow.toezeggingen.add(z), save=lambda ctx, z: ctx.uow.toezeggingen.save(z),
    snapshot=toezegging_snapshot, labels=tz.FIELD_LABELS, example_nummer="T-2026-014", preferred={},
    by_vingerafdruk=lambda ctx, v: ctx.uow.toezeggingen.by_vingerafdruk(v),
)
MOTIES = ImportKind(
    name="moties", entity=tm.ENTITY,
    fields=(*COMMON, "dictum", "indieners", "mede_indieners", "fracties", "uitslag", "stemverhouding"),
    required=("nummer", "titel"), attrs=_ATTRS,
    parse_nummer=lambda w: motie_nummer(w) or external_nummer(w), get=lambda ctx, n: ctx.uow.moties.get(n), new=_new_motie,
    add=lambda ctx, m: ctx.uow.moties.add(m), save=lambda ctx, m: ctx.uow.moties.save(m),
    snapshot=motie_snapshot, labels=tm.FIELD_LABELS, example_nummer="M2026-014",
    preferred={"toelichting": "dictum"}, by_vingerafdruk=lambda ctx, v: ctx.uow.moties.by_vingerafdruk(v),
)
KINDS = {kind.name: kind for kind in (TOEZEGGINGEN, MOTIES)}
