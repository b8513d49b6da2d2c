"""`samenspel import`: a whole file in one transaction; any unreadable row means nothing is imported.

A row is found back by the list's own number (compared case- and space-insensitively), or, without a
number, by its fingerprint (subject + meeting day); importing an unchanged file changes nothing.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from handlers.context import Context
from handlers.deadlines import Calendar, DeadlineKind
from handlers.deadlines.finder import find_termijnen, proposal
from handlers.domain.audit import Changes
from handlers.domain.followed import Followed
from handlers.domain.listdetails import nummer_sleutel, vingerafdruk
from handlers.domain.people import Person
from handlers.messages import Actor, Address, IncomingCommand
from handlers.ports import Clock
from handlers.texts import bestanden as tb
from handlers.texts import een_van
from handlers.texts import lijsten as tl
from storage.importers import values
from storage.importers.dateorder import Orders, column_orders
from storage.importers.kinds import ImportKind
from storage.importers.mapping import Columns, MappingError, key, resolve
from storage.importers.rows import People, RowError, apply_row, convert
from storage.importers.limits import ImportLimits
from storage.importers.sheet import read_table
from storage.importers.values import text
from storage.unit_of_work import SqlUnitOfWorkFactory

Progress = Callable[[int, int], None]


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    committed: bool = False
    read_as: str = ""
    # (field, chosen heading, headings that lost)
    choices: list[tuple[str, str, list[str]]] = field(default_factory=list)
    # Rows without portefeuillehouder or ambtelijk eigenaar: they land on 'toezeggingen onvolledig'.
    incomplete: int = 0
    # Rows without a number of their own, found back by subject + meeting day.
    by_fingerprint: list[int] = field(default_factory=list)
    # (row, nummer, phrase, due) termijnen found in the text of rows without one
    proposals: list[tuple[int, str, str, str]] = field(default_factory=list)
    applied_proposals: bool = False
    # (row, nummer, field, name as written, who it resembles): names the registry does not know, kept as written
    unknown_names: list[tuple[int, str, str, str, str]] = field(default_factory=list)
    entity: str = ""  # 'toezegging' or 'motie', for the commands the report suggests
    # How the date columns were read, where the dry-run should say so (month first found; day first for want of proof)
    date_notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    # DMY or MDY for every date column; None: each column in the order its values show (storage/importers/dateorder.py)
    date_format: str | None = None
    overrides: dict[str, str] = field(default_factory=dict)
    as_email: str | None = None
    names: dict[str, str] = field(default_factory=dict)
    termijn_uit_tekst: bool = False
    limits: ImportLimits = field(default_factory=ImportLimits)


def import_file(
    uow_factory: SqlUnitOfWorkFactory, clock: Clock, calendar: Calendar, kind: ImportKind, path: Path,
    options: ImportOptions, progress: Progress | None = None,
) -> ImportReport:
    table = read_table(path, options.limits)
    filled = [i < len(table.columns) and table.columns[i].filled for i in range(len(table.headings))]
    columns = resolve(table.headings, kind.fields, options.overrides, dict(kind.preferred), filled)
    if "titel" not in columns.by_field and "tekst" in columns.by_field:
        columns.by_field["titel"] = columns.by_field.pop("tekst")  # only the promise: it is the subject too
    _require(kind, columns, table.headings)
    _refuse_duplicates(columns, table.headings)
    orders = column_orders(columns.by_field, table.headings, [c.dates for c in table.columns], options.date_format)
    report = ImportReport(ignored=columns.ignored, read_as=table.read_as, choices=columns.choices, entity=kind.entity,
                          applied_proposals=options.termijn_uit_tekst, date_notes=orders.notes)
    seen: dict[str, int] = {}
    report.errors.extend(table.problems)
    unreadable = {number for number, _message in table.problems}
    with uow_factory() as uow:
        person = uow.people.by_email(options.as_email) if options.as_email else None
        ctx = _context(uow, clock, calendar, person, path, kind)
        people = People(ctx, options.names)
        for done, (number, cells) in enumerate(table.rows(), start=1):
            if number not in unreadable:
                try:
                    _one(kind, ctx, people, columns, cells, number, seen, orders, options, report)
                except ValueError as error:
                    report.errors.append((number, str(error)))
            if progress:
                progress(done, table.count)
        if report.errors or options.dry_run:
            uow.rollback()
            return report
        uow.commit()
        report.committed = True
    return report


def _one(kind: ImportKind, ctx: Context, people: People, columns: Columns, cells: list[Any], number: int,
         seen: dict[str, int], orders: Orders, options: ImportOptions, report: ImportReport) -> None:
    by_field = {name: cells[i] if i < len(cells) else None for name, i in columns.by_field.items()}
    problems: list[str] = []
    written = text(by_field.get("nummer"))
    nummer = kind.parse_nummer(written) if written else None
    if written and nummer is None:
        problems.append(tl.ROW_NUMBER_TOO_LONG.format(written=written))
    try:
        attrs = convert(kind, by_field, ctx, people, orders)
    except RowError as error:
        problems.extend(error.problems)
        attrs = {}
    title = text(by_field.get("titel"))
    if not title:
        problems.append(tl.ROW_EMPTY.format(label=kind.labels.get(kind.attrs.get("titel", "titel"), "titel")))
    finger = vingerafdruk(title, attrs.get(kind.attrs.get("datum", "datum")))
    own = nummer_sleutel(nummer) if nummer else f"#{finger}"
    if own in seen:
        template = tl.ROW_SAME_NUMBER if nummer else tl.ROW_SAME_FINGERPRINT
        problems.append(template.format(nummer=nummer, row=seen[own]))
    if problems:
        raise ValueError("; ".join(problems))
    seen[own] = number
    existing = kind.get(ctx, nummer) if nummer else kind.by_vingerafdruk(ctx, finger)
    if nummer is None:
        report.by_fingerprint.append(number)
    if existing is None or existing.vingerafdruk is None:
        attrs["vingerafdruk"] = finger
    _propose_termijn(kind, ctx, by_field, attrs, existing, number, options, report)
    _keep_known_people(existing, attrs)
    outcome, record, changes = apply_row(kind, ctx, existing, nummer, attrs)
    _note_unknown_names(people, by_field, record, number, report)
    if kind.name == "toezeggingen" and (record.portefeuillehouder_id is None or record.eigenaar_id is None):
        report.incomplete += 1
    if outcome == "ongewijzigd":
        report.unchanged += 1
        return
    if outcome == "nieuw":
        report.created += 1
    else:
        report.updated += 1
    ctx.record(kind.entity, record.nummer, "import", changes, f"import {ctx.command.text.split()[-1]} rij {number}")
    report.lines.append(f"rij {number}: {record.nummer} {outcome} · {_describe(changes, kind)}")


def _propose_termijn(kind: ImportKind, ctx: Context, by_field: dict[str, Any], attrs: dict[str, Any],
                     existing: Followed | None, number: int, options: ImportOptions, report: ImportReport) -> None:
    """An empty termijn column: the deadline layer looks in the promise and the stand van zaken."""
    if text(by_field.get("termijn")):
        return
    if existing is not None and existing.deadline.kind is not DeadlineKind.UNKNOWN:
        attrs.pop("deadline", None)  # an empty cell does not wipe a termijn set before (from the text, or in chat)
        return
    words = " ".join(text(by_field.get(name)) for name in ("tekst", "titel", "dictum", "stand_van_zaken"))
    found = proposal(find_termijnen(words, ctx.today, ctx.calendar))
    if found is None or found.deadline.due is None:
        return
    label = text(by_field.get("nummer")) or f"rij {number}"
    report.proposals.append((number, label, found.phrase, found.deadline.due.isoformat()))
    if options.termijn_uit_tekst:
        attrs["deadline"] = found.deadline


PERSON_FIELDS = ("portefeuillehouder", "eigenaar")


def _keep_known_people(existing: Followed | None, attrs: dict[str, Any]) -> None:
    """A name the registry does not know never replaces a person set before (by 'wijzig' after an earlier import):
    re-importing the same list must not undo that."""
    for name in PERSON_FIELDS:
        if existing is not None and attrs.get(f"onbekende_{name}") and getattr(existing, f"{name}_id") is not None:
            attrs.pop(f"onbekende_{name}")
            attrs.pop(f"{name}_id", None)


def _note_unknown_names(people: People, by_field: dict[str, Any], record: Followed, number: int,
                        report: ImportReport) -> None:
    for name in PERSON_FIELDS:
        written = getattr(record, f"onbekende_{name}")
        if written and getattr(record, f"{name}_id") is None:
            resembles = people.named(text(by_field.get(name))).resembles if name in by_field else ""
            report.unknown_names.append((number, record.nummer, name, written, resembles))


def _describe(changes: Changes, kind: ImportKind) -> str:
    return "; ".join(f"{kind.labels.get(k, k)}: {old or '—'} → {new or '—'}" for k, (old, new) in changes.items())


def _require(kind: ImportKind, columns: Columns, headings: list[str]) -> None:
    missing = [name for name in kind.required if name not in columns.by_field]
    if missing:
        raise MappingError(
            f"kolom(men) {', '.join(missing)} niet gevonden; koppen in het bestand: {', '.join(h for h in headings if h)}. "
            "Geef een mapping met --mapping (zie docs/import-en-export.md)."
        )


def _refuse_duplicates(columns: Columns, headings: list[str]) -> None:
    """Two columns under one heading: whichever the importer took, half the list would be read from the wrong one."""
    for index in columns.by_field.values():
        same = [i for i, h in enumerate(headings) if h and key(h) == key(headings[index])]
        if len(same) > 1:
            where = een_van([get_column_letter(i + 1) for i in same]).replace(" of ", " en ")
            raise MappingError(tb.IMPORT_DUPLICATE_HEADING.format(kop=headings[index], kolommen=where))


def _context(uow: Any, clock: Clock, calendar: Calendar, person: Person | None, path: Path, kind: ImportKind) -> Context:
    """Imports run through the same Context as commands, so audit and snapshots are the same."""
    actor = Actor("cli", "import", name=f"import {path.name}")
    incoming = IncomingCommand(actor, Address("cli", "import", private=True), f"import {kind.name} {path.name}", clock.now())
    return Context(incoming, uow, clock, person, calendar)

