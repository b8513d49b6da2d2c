"""`samenspel import`: a whole file in one transaction; any unreadable row means nothing is imported."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from handlers.context import Context
from handlers.deadlines import Calendar
from handlers.domain.audit import Changes
from handlers.domain.people import Person
from handlers.messages import Actor, Address, IncomingCommand
from handlers.ports import Clock
from storage.importers.kinds import ImportKind
from storage.importers.mapping import Columns, MappingError, resolve
from storage.importers.rows import People, apply_row, convert
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


@dataclass(frozen=True)
class ImportOptions:
    dry_run: bool = False
    date_format: str = "DMY"
    overrides: dict[str, str] = field(default_factory=dict)
    as_email: str | None = None


def import_file(
    uow_factory: SqlUnitOfWorkFactory, clock: Clock, calendar: Calendar, kind: ImportKind, path: Path,
    options: ImportOptions, progress: Progress | None = None,
) -> ImportReport:
    table = read_table(path)
    columns = resolve(table.headings, kind.fields, options.overrides)
    _require(kind, columns, table.headings)
    report = ImportReport(ignored=columns.ignored)
    seen: dict[str, int] = {}
    with uow_factory() as uow:
        person = uow.people.by_email(options.as_email) if options.as_email else None
        ctx = _context(uow, clock, calendar, person, path, kind)
        people = People(ctx)
        for done, (number, cells) in enumerate(table.rows, start=1):
            try:
                _one(kind, ctx, people, columns, cells, number, seen, options, report)
            except ValueError as error:
                report.errors.append((number, str(error)))
            if progress:
                progress(done, len(table.rows))
        if report.errors or options.dry_run:
            uow.rollback()
            return report
        uow.commit()
        report.committed = True
    return report


def _one(kind: ImportKind, ctx: Context, people: People, columns: Columns, cells: list[Any], number: int,
         seen: dict[str, int], options: ImportOptions, report: ImportReport) -> None:
    by_field = {name: cells[i] if i < len(cells) else None for name, i in columns.by_field.items()}
    written = text(by_field.get("nummer"))
    nummer = kind.parse_nummer(written) if written else None
    if written and nummer is None:
        raise ValueError(f"nummer '{written}' begrijp ik niet (bijvoorbeeld {kind.example_nummer})")
    if nummer is not None:
        if nummer in seen:
            raise ValueError(f"nummer {nummer} staat ook in rij {seen[nummer]}")
        seen[nummer] = number
    attrs = convert(kind, by_field, ctx, people, options.date_format)
    outcome, nummer, changes = apply_row(kind, ctx, nummer, attrs)
    if outcome == "ongewijzigd":
        report.unchanged += 1
        return
    if outcome == "nieuw":
        report.created += 1
    else:
        report.updated += 1
    ctx.record(kind.entity, nummer, "import", changes, f"import {ctx.command.text.split()[-1]} rij {number}")
    report.lines.append(f"rij {number}: {nummer} {outcome} · {_describe(changes, kind)}")


def _describe(changes: Changes, kind: ImportKind) -> str:
    return "; ".join(f"{kind.labels.get(k, k)}: {old or '—'} → {new or '—'}" for k, (old, new) in changes.items())


def _require(kind: ImportKind, columns: Columns, headings: list[str]) -> None:
    missing = [name for name in kind.required if name not in columns.by_field]
    if missing:
        raise MappingError(
            f"kolom(men) {', '.join(missing)} niet gevonden; koppen in het bestand: {', '.join(h for h in headings if h)}. "
            "Geef een mapping met --mapping (zie de README, Import en export)."
        )


def _context(uow: Any, clock: Clock, calendar: Calendar, person: Person | None, path: Path, kind: ImportKind) -> Context:
    """Imports run through the same Context as commands, so audit and snapshots are the same."""
    actor = Actor("cli", "import", name=f"import {path.name}")
    incoming = IncomingCommand(actor, Address("cli", "import", private=True), f"import {kind.name} {path.name}", clock.now())
    return Context(incoming, uow, clock, person, calendar)
