"""One spreadsheet row to attribute values, and applying them to a new or existing record."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from handlers.commands.people import find_person
from handlers.context import Context
from handlers.domain.audit import Changes, diff
from handlers.domain.motie import parse_uitslag
from handlers.errors import UserError
from storage.importers import values
from storage.importers.kinds import ImportKind
from storage.importers.mapping import key

_TEXT = ("titel", "dictum", "vergadering", "indieners", "fracties", "stand_van_zaken", "afdoening", "aan")


@dataclass
class People:
    """find_person once per distinct name: a list of 1,000 rows names the same few people."""

    ctx: Context
    seen: dict[str, int] = field(default_factory=dict)

    def id_of(self, written: str) -> int | None:
        if not written:
            return None
        if written not in self.seen:
            try:
                person = find_person(self.ctx.uow, written)
            except UserError as error:
                raise ValueError(error.message) from None
            assert person.id is not None
            self.seen[written] = person.id
        return self.seen[written]


def convert(kind: ImportKind, cells: dict[str, Any], ctx: Context, people: People, date_format: str) -> dict[str, Any]:
    """Attribute name -> typed value, for the fields this file has columns for."""
    out: dict[str, Any] = {}
    converters: dict[str, Callable[[Any], Any]] = {
        "datum": lambda v: values.day(v, date_format),
        "afdoening_datum": lambda v: values.day(v, date_format),
        "termijn": lambda v: values.deadline(v, date_format, ctx.today, ctx.calendar),
        "portefeuillehouder": lambda v: people.id_of(values.text(v)),
        "eigenaar": lambda v: people.id_of(values.text(v)),
        "status": values.status,
        "uitslag": values.uitslag,
        "vertrouwelijk": values.yes_no,
        **{name: values.text for name in _TEXT},
    }
    cells = _status_as_uitslag(kind, cells)
    for name, cell in cells.items():
        if name != "nummer":
            out[kind.attrs.get(name, name)] = converters[name](cell)
    return out


def _status_as_uitslag(kind: ImportKind, cells: dict[str, Any]) -> dict[str, Any]:
    """Griffie lists often put 'Aangenomen' in the Status column; then it is the uitslag."""
    if "uitslag" not in kind.fields or "uitslag" in cells or "status" not in cells:
        return cells
    if parse_uitslag(key(values.text(cells["status"]))) is None:
        return cells
    rest = {k: v for k, v in cells.items() if k != "status"}
    return {**rest, "uitslag": cells["status"]}


def apply_row(kind: ImportKind, ctx: Context, nummer: str | None, attrs: dict[str, Any]) -> tuple[str, str, Changes]:
    """('nieuw'|'gewijzigd'|'ongewijzigd', nummer, changes); adds or saves the record."""
    existing = kind.get(ctx, nummer) if nummer else None
    if existing is None:
        record = kind.new(ctx, nummer, attrs)
        _set(record, attrs)
        kind.add(ctx, record)
        return "nieuw", record.nummer, {k: (None, v) for k, v in kind.snapshot(ctx, record).items() if v}
    before = kind.snapshot(ctx, existing)
    _set(existing, attrs)
    changes = diff(before, kind.snapshot(ctx, existing))
    if not changes:
        return "ongewijzigd", existing.nummer, {}
    kind.save(ctx, existing)
    return "gewijzigd", existing.nummer, changes


def _set(record: object, attrs: dict[str, Any]) -> None:
    for name, value in attrs.items():
        setattr(record, name, value)
