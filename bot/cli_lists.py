"""`samenspel import` and `samenspel export`: the lists councils keep in Excel, and deadline calendars."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, TextIO

from bot.app import App, open_app
from bot.settings import Settings
from handlers.commands.people import find_person
from handlers.errors import UserError
from handlers.texts import aantal
from storage.exporters.ics import select, write_ics
from storage.exporters.xlsx import export_list
from storage.importers.kinds import KINDS
from storage.importers.mapping import DATE_FORMATS, MappingError, load_mapping
from storage.importers.run import ImportOptions, ImportReport, import_file
from storage.importers.sheet import SheetError


def add_parser(subparsers: Any) -> None:
    imp = subparsers.add_parser("import", help="importeer een lijst moties of toezeggingen (xlsx of csv)")
    imp.add_argument("what", choices=sorted(KINDS))
    imp.add_argument("file", type=Path)
    imp.add_argument("--mapping", type=Path, help="YAML/JSON: welke kolom welk veld is")
    imp.add_argument("--dry-run", action="store_true", help="laat zien wat er zou veranderen, sla niets op")
    imp.add_argument("--date-format", choices=DATE_FORMATS, default=None, help="volgorde van datums als 03/04/2026")
    imp.add_argument("--as", dest="email", help="e-mailadres van wie importeert (voor de historie)")
    imp.set_defaults(handler=run_import)
    exp = subparsers.add_parser("export", help="exporteer toezeggingen/moties (xlsx) of deadlines (ics)")
    exp.add_argument("what", choices=("toezeggingen", "moties", "ics"))
    exp.add_argument("file", type=Path)
    exp.add_argument("--persoon", help="ics: deadlines van deze persoon (e-mail of naam)")
    exp.add_argument("--portefeuille", help="ics: deadlines in de portefeuille van deze bestuurder")
    exp.add_argument("--met-vertrouwelijk", action="store_true", help="xlsx: ook vertrouwelijke items")
    exp.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    try:
        overrides, file_format = load_mapping(args.mapping) if args.mapping else ({}, None)
        options = ImportOptions(args.dry_run, args.date_format or file_format or "DMY", overrides, args.email)
        app = open_app(settings)
        try:
            report = import_file(app.uow_factory, app.clock, app.calendar, KINDS[args.what], args.file, options,
                                 ProgressBar(sys.stderr))
        finally:
            app.close()
    except (MappingError, SheetError, OSError) as error:
        print(f"import mislukt: {error}", file=sys.stderr)
        return 2
    print_report(report, args.file.name, args.dry_run, sys.stdout)
    return 1 if report.errors else 0


def print_report(report: ImportReport, name: str, dry_run: bool, out: TextIO) -> None:
    for number, message in report.errors:
        print(f"rij {number}: {message}", file=out)
    if report.errors:
        print(f"{name}: {aantal(len(report.errors), 'rij', 'rijen')} niet te lezen; er is niets geïmporteerd.", file=out)
        return
    for line in report.lines:
        print(line, file=out)
    if report.ignored:
        print(f"kolommen niet gebruikt: {', '.join(report.ignored)}", file=out)
    would = "zou importeren (dry-run, niets opgeslagen)" if dry_run else "geïmporteerd"
    print(f"{name}: {would}: {report.created} nieuw, {report.updated} gewijzigd, {report.unchanged} ongewijzigd.", file=out)


class ProgressBar:
    """A plain-text bar on stderr, redrawn every 2% so a large file shows it is moving."""

    def __init__(self, out: TextIO, width: int = 30) -> None:
        self.out, self.width, self.shown = out, width, -1

    def __call__(self, done: int, total: int) -> None:
        percent = done * 100 // max(total, 1)
        if percent // 2 == self.shown and done != total:
            return
        self.shown = percent // 2
        filled = self.width * done // max(total, 1)
        self.out.write(f"\r[{'#' * filled}{'.' * (self.width - filled)}] {percent:3d}% ({done}/{total} rijen)")
        if done == total:
            self.out.write("\n")
        self.out.flush()


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    app = open_app(settings)
    try:
        if args.what == "ics":
            return _ics(app, args)
        with app.uow_factory() as uow:
            count = export_list(uow, args.what, args.file, app.clock.now().date(), args.met_vertrouwelijk)
        print(f"{args.file}: {count} {args.what} geschreven")
        return 0
    finally:
        app.close()


def _ics(app: App, args: argparse.Namespace) -> int:
    with app.uow_factory() as uow:
        try:
            persoon = find_person(uow, args.persoon) if args.persoon else None
            bestuurder = find_person(uow, args.portefeuille) if args.portefeuille else None
        except UserError as error:
            print(error.message, file=sys.stderr)
            return 2
        found = select(uow, persoon, bestuurder)
        who = persoon or bestuurder
        name = f"Deadlines {who.name}" if who else "Deadlines Samenspel"
        write_ics(args.file, found, name, app.clock.now())
    print(f"{args.file}: {aantal(len(found), 'deadline', 'deadlines')} geschreven")
    return 0
