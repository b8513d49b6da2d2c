"""`samenspel import` and `samenspel export`: the lists councils keep in Excel, and deadline calendars."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Never, TextIO

from tqdm import tqdm

from bot.app import App
from bot.cli.common import Failed, opened
from bot.settings import Settings
from handlers.commands.people import find_person
from handlers.texts import aantal
from handlers.texts import lijsten as tl
from storage.importers.kinds import KINDS
from storage.importers.mapping import DATE_FORMATS, Mapping, MappingError, load_mapping

if TYPE_CHECKING:
    from storage.importers.run import ImportReport


EXPORTS = ("toezeggingen", "moties", "ics")


def add_parser(subparsers: Any) -> None:
    # The choices as the name in usage errors too ('deze argumenten ontbreken: {moties,toezeggingen}'), not 'what'.
    imp = subparsers.add_parser("import", help="importeer een lijst moties of toezeggingen (xlsx of csv)")
    imp.add_argument("what", choices=sorted(KINDS), metavar="{" + ",".join(sorted(KINDS)) + "}")
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("--mapping", type=Path, help="YAML/JSON: welke kolom welk veld is")
    imp.add_argument("--dry-run", action="store_true", help="laat zien wat er zou veranderen, sla niets op")
    imp.add_argument("--date-format", choices=DATE_FORMATS, default=None, help="volgorde van datums als 03/04/2026")
    imp.add_argument("--as", dest="email", help="e-mailadres van wie importeert (voor de historie)")
    imp.add_argument("--termijn-uit-tekst", action="store_true",
                     help="neem bij een lege termijn de termijn over die in de tekst staat (zie de dry-run)")
    imp.add_argument("--voortgang", action="store_true",
                     help="toon de voortgang ook als stderr geen terminal is (in een terminal staat ze altijd aan)")
    imp.set_defaults(handler=run_import)
    exp = subparsers.add_parser("export", help="exporteer toezeggingen/moties (xlsx of csv) of deadlines (ics)")
    exp.add_argument("what", choices=EXPORTS, metavar="{" + ",".join(EXPORTS) + "}")
    exp.add_argument("file", type=Path, metavar="BESTAND")
    exp.add_argument("--persoon", help="ics: deadlines van deze persoon (e-mail of naam)")
    exp.add_argument("--portefeuille", help="ics: deadlines in de portefeuille van deze bestuurder")
    exp.add_argument("--met-vertrouwelijk", action="store_true", help="xlsx: ook vertrouwelijke items")
    exp.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace, settings: Settings) -> int:
    # Imported here, like the exporters below: the sheet readers bring openpyxl, which a worker never needs.
    from storage.importers.run import ImportOptions, import_file
    from storage.importers.sheet import SheetError

    try:
        mapping = load_mapping(args.mapping) if args.mapping else Mapping()
        options = ImportOptions(args.dry_run, args.date_format or mapping.date_format, mapping.columns,
                                args.email, mapping.names, args.termijn_uit_tekst, settings.import_limits)
        with opened(settings) as app, ProgressBar(sys.stderr, args.file.name, args.voortgang) as progress:
            report = import_file(app.uow_factory, app.clock, app.calendar, KINDS[args.what], args.file, options,
                                 progress)
    except (MappingError, SheetError, OSError) as error:
        raise Failed(f"import mislukt: {error}") from None
    print_report(report, args.file.name, args.dry_run, sys.stdout)
    return 1 if report.errors else 0


def print_report(report: ImportReport, name: str, dry_run: bool, out: TextIO) -> None:
    for line in report_lines(report, name, dry_run):
        print(line, file=out)


def report_lines(report: ImportReport, name: str, dry_run: bool) -> list[str]:
    """One report: how the file was read, which column became which field, every problem, what changes."""
    lines = [tl.REPORT_READ_AS.format(read_as=report.read_as)] if report.read_as else []
    for field_name, heading, others in report.choices:
        also = tl.REPORT_CHOICE_ALSO.format(others=", ".join(f"'{o}'" for o in others)) if others else ""
        lines.append(tl.REPORT_CHOICE.format(heading=heading, field=field_name) + also)
    ignored = ", ".join(report.ignored)
    lines.append(tl.REPORT_IGNORED.format(headings=ignored) if ignored else tl.REPORT_NO_IGNORED)
    lines += report.date_notes
    lines += [tl.REPORT_ROW.format(number=n, message=m) for n, m in report.errors]
    if report.errors:
        return [*lines, tl.REPORT_FAILED.format(name=name, n=aantal(len(report.errors), 'rij', 'rijen'))]
    lines += report.lines
    lines += [tl.REPORT_PROPOSAL.format(row=r, nummer=n, phrase=p, due=d) for r, n, p, d in report.proposals]
    if report.proposals:
        template = tl.REPORT_PROPOSALS_APPLIED if report.applied_proposals else tl.REPORT_PROPOSALS_APPLY
        lines.append(template.format(n=aantal(len(report.proposals), 'termijn', 'termijnen')))
    if report.by_fingerprint:
        rows = ", ".join(str(r) for r in report.by_fingerprint)
        lines.append(tl.REPORT_FINGERPRINT.format(n=aantal(len(report.by_fingerprint), 'rij', 'rijen'), rows=rows))
    for row, nummer, veld, written, resembles in report.unknown_names:
        bedoel = tl.REPORT_UNKNOWN_RESEMBLES.format(names=resembles) if resembles else ""
        lines.append(tl.REPORT_UNKNOWN_NAME.format(row=row, nummer=nummer, veld=tl.PERSON_LABELS[veld], written=written,
                                                   bedoel=bedoel))
    if report.unknown_names:
        rows = aantal(len({row for row, *_ in report.unknown_names}), 'rij', 'rijen')
        lines.append(tl.REPORT_UNKNOWN_NAMES.format(n=rows, entity=report.entity, veld=report.unknown_names[0][2]))
    if report.incomplete:
        lines.append(tl.REPORT_INCOMPLETE.format(n=aantal(report.incomplete, 'rij', 'rijen')))
    would = tl.REPORT_DRY if dry_run else tl.REPORT_DONE
    return [*lines, tl.REPORT_TOTAL.format(name=name, would=would, created=report.created, updated=report.updated,
                                           unchanged=report.unchanged)]


class ProgressBar:
    """tqdm's bar on stderr while the rows are imported: shown to a person at a terminal, or when asked for
    (`--voortgang`); a pipe or a log file gets nothing from it, so no carriage returns end up in a log."""

    def __init__(self, out: TextIO, name: str, forced: bool = False) -> None:
        self.out, self.name = out, name
        self.shown = forced or out.isatty()
        self.bar: tqdm[Never] | None = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.bar is not None:
            self.bar.close()

    def __call__(self, done: int, total: int) -> None:
        if not self.shown:
            return
        if self.bar is None:
            # The rows are counted before the first is imported, so the bar knows its end and can estimate.
            self.bar = tqdm(total=total, file=self.out, desc=self.name, unit=" rijen", mininterval=0.2)
        bar = self.bar
        bar.update(done - bar.n)


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    from storage.exporters.xlsx import export_list

    with opened(settings) as app:
        if args.what == "ics":
            return _ics(app, args)
        with app.uow_factory() as uow:
            count = export_list(uow, args.what, args.file, app.clock.now().date(), args.met_vertrouwelijk)
    print(f"{args.file}: {count} {args.what} geschreven")
    return 0


def _ics(app: App, args: argparse.Namespace) -> int:
    from storage.exporters.ics import select, write_ics

    with app.uow_factory() as uow:
        persoon = find_person(uow, args.persoon) if args.persoon else None  # a UserError is reported by main
        bestuurder = find_person(uow, args.portefeuille) if args.portefeuille else None
        found = select(uow, persoon, bestuurder)
        who = persoon or bestuurder
        name = f"Deadlines {who.name}" if who else "Deadlines Samenspel"
        write_ics(args.file, found, name, app.clock.now())
    print(f"{args.file}: {aantal(len(found), 'deadline', 'deadlines')} geschreven")
    return 0
