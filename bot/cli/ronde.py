"""`samenspel ronde export`: the list for the raad of the running (or a given) round as .xlsx and/or .docx."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.cli.common import Failed, opened
from bot.settings import Settings
from handlers.commands.people import find_person
from handlers.commands.ronde.lijst import raadslijst
from handlers.texts import aantal


def add_parser(subparsers: Any) -> None:
    ronde = subparsers.add_parser("ronde", help="stand-van-zakenronde: de lijst voor de raad als bestand")
    actions = ronde.add_subparsers(dest="ronde_action", required=True, metavar="ACTIE")
    export = actions.add_parser("export", help="de lijst als .xlsx en/of .docx (één deel per portefeuillehouder)")
    export.add_argument("--xlsx", type=Path, help="Excel-bestand")
    export.add_argument("--docx", type=Path, help="Word-document, om af te drukken of te bewerken")
    export.add_argument("--ronde", type=int, help="nummer van de ronde (standaard: de lopende)")
    export.add_argument("--met-vertrouwelijk", action="store_true",
                        help="ook vertrouwelijke punten die de persoon van --as mag lezen (niet om te publiceren)")
    export.add_argument("--as", dest="email", help="e-mailadres van wie de lijst maakt (nodig met --met-vertrouwelijk)")
    export.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    if not (args.xlsx or args.docx):
        raise Failed("Geef --xlsx <bestand> en/of --docx <bestand>.")
    if args.met_vertrouwelijk and not args.email:
        raise Failed("Met --met-vertrouwelijk hoort --as <e-mailadres>: alleen wat die persoon mag lezen komt erin.")
    # Imported here: every `samenspel` process builds the whole parser, and a worker has no use for python-docx or openpyxl.
    from storage.exporters.ronde import write_docx, write_xlsx

    with opened(settings) as app:
        with app.uow_factory() as uow:
            ronde = uow.rondes.get(args.ronde) if args.ronde else uow.rondes.current()
            if ronde is None:
                raise Failed("Er is geen (lopende) ronde met dat nummer.")
            reader = find_person(uow, args.email) if args.email else None  # a UserError is reported by main
            lijst = raadslijst(uow, ronde, reader, args.met_vertrouwelijk)
        for path, write in ((args.xlsx, write_xlsx), (args.docx, write_docx)):
            if path:
                write(lijst, path)
                print(f"{path}: {sum(len(rows) for _ph, rows in lijst.per_portefeuillehouder)} punten geschreven")
        if lijst.weggelaten:
            print(f"{aantal(lijst.weggelaten, 'vertrouwelijk punt', 'vertrouwelijke punten')} weggelaten.")
        return 0
