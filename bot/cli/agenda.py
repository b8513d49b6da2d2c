"""`samenspel agenda …`: import meetings from an iCalendar file, run one announcement sweep."""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import Any

from bot.agenda_config import agenda_instellingen
from bot.cli.common import Failed, opened
from bot.clock import TIMEZONE, FixedClock
from bot.console.translate import render_reply
from bot.settings import Settings
from handlers.agenda.render import title
from handlers.domain.agenda import AgendaInstellingen, Soort, Vergadering, overlapping
from handlers.texts import aantal, vorm
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import Clock
from handlers.texts import agenda as t
from scheduler.agenda import run_agenda_sweep

# The environment variable that holds each soort's fixed schedule (empty = no schedule).
ROOSTER_SETTING = {Soort.PO: "SAMENSPEL_AGENDA_PO", Soort.COLLEGE: "SAMENSPEL_AGENDA_COLLEGE"}


def add_parser(subparsers: Any) -> None:
    agenda = subparsers.add_parser("agenda", help="PO- en collegeagenda: iCalendar-import, aankondigingen")
    sub = agenda.add_subparsers(dest="agenda_command", required=True, metavar="ACTIE")
    imp = sub.add_parser("import", help="importeer vergaderingen uit een .ics-bestand (ook reeksen met uitzonderingen)")
    imp.add_argument("file", type=Path, metavar="BESTAND")
    imp.add_argument("--soort", choices=[s.value for s in Soort], help="alle vergaderingen uit het bestand zijn van deze soort")
    imp.add_argument("--naam", help="naam voor alle vergaderingen (standaard: de titel uit het bestand)")
    imp.add_argument("--van", type=dt.date.fromisoformat, help="vanaf deze datum (standaard: vandaag)")
    imp.add_argument("--tot", type=dt.date.fromisoformat, help="tot en met deze datum (standaard: een jaar vooruit)")
    imp.set_defaults(handler=_import)
    sweep = sub.add_parser("aankondigen", help="verstuur wat nu aan aankondigingen en herinneringen klaarstaat (console)")
    sweep.add_argument("--now", type=dt.datetime.fromisoformat, help="doe alsof het nu dit moment is (demo/test)")
    sweep.set_defaults(handler=_sweep)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    # Read before the app opens: a missing file or a folder is reported like every file (bot/cli/errors.py).
    data = args.file.read_bytes()
    # Imported here: every `samenspel` process builds the whole parser, and a worker has no use for icalendar.
    from storage.importers.agenda_ics import read_meetings, store_meetings

    with opened(settings) as app:
        van = args.van or app.clock.now().date()
        found = read_meetings(
            data, van, args.tot or van + dt.timedelta(days=366),
            settings.agenda_stukken_workdays, Soort(args.soort) if args.soort else None, args.naam,
        )
        for v in store_meetings(app.uow_factory, found.vergaderingen):
            print(f"{v.id} · {title(v)}")
        print(f"{aantal(len(found.vergaderingen), 'vergadering', 'vergaderingen')} geïmporteerd.")
        for line in overlap_warning(found.vergaderingen, agenda_instellingen(settings)):
            print(line)
        if found.overgeslagen:
            print("Overgeslagen (geen PO of college; gebruik --soort): " + ", ".join(sorted(set(found.overgeslagen))))
    return 0


def overlap_warning(imported: list[Vergadering], instellingen: AgendaInstellingen) -> list[str]:
    """Which imported meetings double the fixed schedule, and which setting switches that schedule off."""
    doubles = overlapping(imported, instellingen)
    if not doubles:
        return []
    soorten = sorted({v.soort for v in doubles})
    return [t.IMPORT_OVERLAP.format(
        vergaderingen=aantal(len(doubles), "geïmporteerde vergadering", "geïmporteerde vergaderingen"),
        vallen=vorm(len(doubles), "valt", "vallen"), soort=", ".join(s.value for s in soorten),
        lijst="; ".join(title(v) for v in doubles),
        instelling="= en ".join(ROOSTER_SETTING[s] for s in soorten),
    )]


class _PrintChannel:
    def post(self, channel: str, reply: OutgoingReply) -> None:
        print(f"[{channel}] {render_reply(reply)}\n")


class _PrintPerson:
    def deliver(self, person: Person, notification: Notification) -> None:
        print(f"[aan {person.name}] {render_reply(notification.reply)}\n")


def _sweep(args: argparse.Namespace, settings: Settings) -> int:
    clock: Clock | None = FixedClock(args.now.replace(tzinfo=args.now.tzinfo or TIMEZONE)) if args.now else None
    with opened(settings, clock) as app:
        sent = run_agenda_sweep(app.uow_factory, app.clock, _PrintChannel(), _PrintPerson(), agenda_instellingen(settings))
        print(f"{aantal(len(sent), 'aankondiging', 'aankondigingen')} verstuurd.")
    return 0
