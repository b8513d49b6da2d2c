"""One spreadsheet row to attribute values, and applying them to a new or existing record.

Every cell is converted even after one fails, so a row reports all its problems at once.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from handlers.context import Context
from handlers.deadlines import Deadline
from handlers.domain.audit import Changes, diff
from handlers.domain.followed import Followed, Status
from handlers.domain.listdetails import momenten_text
from handlers.domain.motie import parse_uitslag
from handlers.domain.people import Person
from handlers.domain.registry.names import match_name
from handlers.texts import lijsten as tl
from storage.importers import values
from storage.importers.dateorder import Orders
from storage.importers.kinds import ImportKind
from storage.importers.mapping import key

_TEXT = ("titel", "tekst", "dictum", "vergadering", "agendapunt", "indieners", "mede_indieners", "fracties",
         "stemverhouding", "stand_van_zaken", "afdoening", "aan")
MOMENTS = {"moment_commissie": "commissie", "moment_raad": "raad"}


class RowError(ValueError):
    """All problems of one row, each naming its cell."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Named:
    """Who a list's name is: a person from the registry, or (not in it) the name as written and who it resembles."""

    person_id: int | None = None
    unknown: str = ""
    resembles: str = ""


@dataclass
class People:
    """Names as lists write them, matched once per distinct name (a list of 1,000 rows names the same few)."""

    ctx: Context
    aliases: Mapping[str, str] = field(default_factory=dict)
    seen: dict[str, Named] = field(default_factory=dict)
    _people: list[Person] | None = None

    def named(self, written: str) -> Named:
        """A name that fits several people is a problem of its row (which one?); one that fits nobody is kept as
        written, so the row is imported without a person there (onvolledig) rather than left out."""
        if not written or key(written) in values.EMPTY:
            return Named()
        if written not in self.seen:
            if self._people is None:
                self._people = self.ctx.uow.people.all()
            found = match_name(written, self._people, self.aliases)
            names = ", ".join(f"{p.name} ({p.email})" for p in found.candidates)
            if found.ambiguous:
                raise ValueError(tl.NAME_AMBIGUOUS.format(written=written, names=names))
            person_id = found.person.id if found.person else None
            self.seen[written] = Named(person_id, "" if found.person else written, names)
        return self.seen[written]


def convert(kind: ImportKind, cells: dict[str, Any], ctx: Context, people: People, orders: Orders) -> dict[str, Any]:
    """Attribute name -> typed value, for the fields this file has columns for; RowError lists every bad cell.

    `orders` says per date column whether '3/4/2019' is 3 April or 4 March."""
    out: dict[str, Any] = {}
    converters: dict[str, Callable[[Any], Any]] = {
        "termijn": lambda v: values.deadline(v, orders.of("termijn"), ctx.today, ctx.calendar),
        "portefeuillehouder": lambda v: people.named(values.text(v)),
        "eigenaar": lambda v: people.named(values.text(v)),
        "status": values.status,
        "uitslag": values.uitslag,
        "vertrouwelijk": values.yes_no,
        "afgedaan": values.yes_no,
        "bijlagen": values.links,
        **{name: _day_in(orders.of(name)) for name in ("datum", "afdoening_datum", *MOMENTS)},
        **{name: values.text for name in _TEXT},
    }
    cells = _status_as_uitslag(kind, cells)
    problems: list[str] = []
    momenten: dict[str, dt.date] = {}
    ticked = False
    for name, cell in cells.items():
        if name == "nummer":
            continue
        try:
            value = converters[name](cell)
        except ValueError as error:
            problems.append(f"{kind.labels.get(name, name)}: {error}")
            continue
        if name in MOMENTS:
            if value is not None:
                momenten[MOMENTS[name]] = value
        elif name == "afgedaan":
            ticked = bool(value)
        elif isinstance(value, Named):
            out[kind.attrs[name]] = value.person_id
            out[f"onbekende_{name}"] = value.unknown
        else:
            out[kind.attrs.get(name, name)] = value
    if problems:
        raise RowError(problems)
    # iBabs keeps an 'Afgedaan' box next to a free-text Status: a ticked box closes an open item.
    if ticked and out.get("status", Status.OPENSTAAND) is Status.OPENSTAAND:
        out["status"] = Status.AFGEDAAN
    if any(name in cells for name in MOMENTS):
        out["momenten"] = momenten
    return out


def _day_in(order: str) -> Callable[[Any], dt.date | None]:
    return lambda v: values.day(v, order)


def _status_as_uitslag(kind: ImportKind, cells: dict[str, Any]) -> dict[str, Any]:
    """Griffie lists often put 'Aangenomen' in the Status column; then it is the uitslag."""
    if "uitslag" not in kind.fields or "uitslag" in cells or "status" not in cells:
        return cells
    if parse_uitslag(key(values.text(cells["status"]))) is None:
        return cells
    rest = {k: v for k, v in cells.items() if k != "status"}
    return {**rest, "uitslag": cells["status"]}


def apply_row(kind: ImportKind, ctx: Context, existing: Followed | None, nummer: str | None,
              attrs: dict[str, Any]) -> tuple[str, Followed, Changes]:
    """('nieuw'|'gewijzigd'|'ongewijzigd', record, changes); adds or saves the record."""
    if existing is None:
        record = kind.new(ctx, nummer, attrs)
        _set(record, attrs)
        kind.add(ctx, record)
        return "nieuw", record, {k: (None, v) for k, v in snapshot(kind, ctx, record).items() if v}
    before = snapshot(kind, ctx, existing)
    _set(existing, attrs)
    changes = diff(before, snapshot(kind, ctx, existing))
    if not changes:
        return "ongewijzigd", existing, {}
    kind.save(ctx, existing)
    return "gewijzigd", existing, changes


def snapshot(kind: ImportKind, ctx: Context, record: Any) -> dict[str, str | None]:
    """The kind's own snapshot plus what lists keep beyond it, so a change there is a change too."""
    return {
        **kind.snapshot(ctx, record),
        "tekst": record.tekst or None, "mede_indieners": record.mede_indieners or None,
        "stemverhouding": record.stemverhouding or None, "agendapunt": record.agendapunt or None,
        "bijlagen": "\n".join(record.bijlagen) or None, "momenten": momenten_text(record.momenten) or None,
        "afdoening_datum": record.afdoening_datum.isoformat() if record.afdoening_datum else None,
    }


def _set(record: object, attrs: dict[str, Any]) -> None:
    for name, value in attrs.items():
        if name == "deadline" and _same_meaning(getattr(record, name), value):
            continue  # '6/30/2020' read back as '2020-06-30' is the same termijn, not a change
        setattr(record, name, value)


def _same_meaning(old: Deadline, new: Deadline) -> bool:
    return (old.kind, old.due, old.precision) == (new.kind, new.due, new.precision) and old.due is not None

