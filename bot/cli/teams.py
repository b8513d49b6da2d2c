"""`samenspel teams-package`: the Teams app package for upload, from the configured MicrosoftAppId."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.cli.common import Failed
from bot.settings import Settings


def add_parser(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "teams-package", help="schrijf het Teams-app-pakket (manifest.json en twee iconen) als zip, klaar om te uploaden"
    )
    parser.add_argument("--uit", dest="out", default="samenspel-teams.zip", help="pad van de zip (samenspel-teams.zip)")
    parser.add_argument("--versie", dest="version", default="1.0.0", help="versie van de app (semver; ophogen bij elke upload)")
    parser.add_argument("--ontwikkelaar", dest="developer", default="Samenspel", help="naam van de uitgever (max. 32 tekens)")
    parser.add_argument("--website", default="https://samenspel.example/",
                        help="https-adres van de organisatie; /privacy en /voorwaarden komen erachter")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    if not settings.microsoft_app_id:
        raise Failed("MicrosoftAppId ontbreekt: registreer eerst een Azure Bot en zet MicrosoftAppId (zie docs/teams.md).")
    from bot.teams.package import MANIFEST_VERSION, PackageError, PackageOptions, write

    web = settings.web_public_url or "" if settings.teams_tab else ""
    options = PackageOptions(settings.microsoft_app_id, args.version, args.developer, args.website, web)
    try:
        path = write(Path(args.out), options)
    except PackageError as error:
        raise Failed("Het manifest is niet geldig:\n" + "\n".join(f"  - {p}" for p in error.problems), 1) from None
    print(f"Teams-pakket geschreven: {path} (manifest {MANIFEST_VERSION}, app-id {settings.microsoft_app_id}).")
    if web:
        print(f"Met de tabs: de lijsten van {web} als persoonlijke tab en als tab in een kanaal of chat.")
    print("Upload het in Teams via Apps → Apps beheren → Een app uploaden, of via het Teams-beheercentrum.")
    return 0
