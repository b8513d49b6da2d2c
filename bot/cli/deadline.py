"""`samenspel deadline`: show what a deadline phrase means, for one phrase or a TSV of them."""
from __future__ import annotations

import argparse
import csv
import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.cli.common import Failed, print_json
from bot.settings import Settings
from handlers.deadlines import Calendar, CalendarError, Deadline, DeadlineKind, parse_deadline
from handlers.deadlines.calendar import DEFAULT_ASAP_DAYS, load_calendar
from handlers.deadlines.finder import find_termijnen

TIME_ZONE = ZoneInfo("Europe/Amsterdam")


def add_parser(subparsers: Any) -> None:
    deadline = subparsers.add_parser("deadline", help="laat zien hoe een deadline wordt begrepen")
    add_arguments(deadline)
    deadline.set_defaults(handler=_from_settings)


def _from_settings(args: argparse.Namespace, settings: Settings) -> int:
    return run(args, str(settings.calendar_path) if settings.calendar_path else None, settings.asap_days)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("phrase", nargs="?", metavar="TERMIJN", help='de termijn, bijvoorbeeld "Q2 2027"')
    parser.add_argument("--today", type=dt.date.fromisoformat, help="peildatum JJJJ-MM-DD (standaard: vandaag)")
    parser.add_argument("--calendar", help="organisatiekalender (YAML); standaard SAMENSPEL_CALENDAR")
    parser.add_argument("--in-tekst", dest="in_tekst",
                        help="zoek termijnen in een tekst; één JSON-regel per gevonden termijn, de voorgestelde gemarkeerd")
    parser.add_argument("--batch", type=Path, help="TSV met kolommen today en phrase; één JSON-regel per rij")


def run(args: argparse.Namespace, default_calendar: str | None, asap_days: int = DEFAULT_ASAP_DAYS) -> int:
    """`asap_days` is SAMENSPEL_ASAP_DAYS as bot/settings.py read it (the one reader of the environment)."""
    path = args.calendar or default_calendar
    try:
        calendar = load_calendar(path, asap_days) if path else Calendar.empty(asap_days)
    except CalendarError as exc:
        raise Failed(str(exc)) from None
    if args.batch is not None:
        return _run_batch(args.batch, calendar)
    if args.in_tekst is not None:
        today = args.today or dt.datetime.now(TIME_ZONE).date()
        for found in find_termijnen(args.in_tekst, today, calendar):
            print_json(found.as_json())
        return 0
    if args.phrase is None:
        raise Failed("Geef een termijn of --batch BESTAND.")
    today = args.today or dt.datetime.now(TIME_ZONE).date()
    _emit(args.phrase, today, calendar)
    return 0


def _run_batch(path: Path, calendar: Calendar) -> int:
    """A file that cannot be opened is reported like every file (bot/cli/errors.py), in Dutch."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        if not {"today", "phrase"} <= set(reader.fieldnames or ()):
            raise Failed(f"Batchbestand {path}: de kopregel mist de kolommen 'today' en 'phrase'")
        for row in reader:
            _emit_row(row, calendar)
    return 0


def _emit_row(row: dict[str, str | None], calendar: Calendar) -> None:
    phrase = row.get("phrase") or ""
    try:
        today = dt.date.fromisoformat((row.get("today") or "").strip())
    except ValueError:
        bad_day = Deadline(phrase, DeadlineKind.ERROR, message=f"'{row.get('today')}' is geen datum JJJJ-MM-DD")
        print_json(bad_day.as_json())
        return
    _emit(phrase, today, calendar)


def _emit(phrase: str, today: dt.date, calendar: Calendar) -> None:
    deadline = parse_deadline(phrase, today, calendar)
    print_json(deadline.as_json())

