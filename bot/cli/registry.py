"""`samenspel registry load FILE` and `samenspel registry export FILE`: the registry as a YAML file."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from bot.cli.common import Failed, opened
from bot.settings import Settings
from handlers.commands.register.opslaan import load_text
from handlers.domain.registry.problems import RegisterInvalid
from handlers.domain.registry.yamlfile import dump
from handlers.texts import bestanden as tb
from handlers.texts import getal
from handlers.texts import register as t
from storage.importers.limits import MIB


def add_parser(subparsers: Any) -> None:
    registry = subparsers.add_parser("registry", help="laad of bewaar het rollenregister (YAML)")
    actions = registry.add_subparsers(dest="registry_action", required=True, metavar="ACTIE")
    load = actions.add_parser("load", help="valideer en laad een registerbestand; bij fouten verandert er niets")
    load.add_argument("file", type=Path, metavar="BESTAND")
    load.set_defaults(handler=_load)
    export = actions.add_parser("export", help="schrijf het huidige register naar een YAML-bestand")
    export.add_argument("file", type=Path, metavar="BESTAND")
    export.set_defaults(handler=_export)


def _load(args: argparse.Namespace, settings: Settings) -> int:
    text = _read(args.file, settings.register_max_bytes)
    try:
        with opened(settings) as app, app.uow_factory() as uow:
            lines = load_text(uow, text, str(args.file), app.clock.now(), None)
            uow.commit()
    except RegisterInvalid as error:
        raise Failed(error.message, 1) from None
    print("\n".join(lines))
    return 0


def _read(path: Path, limit: int) -> str:
    """The file's text, its size checked before a byte is read (a missing file or one not in UTF-8: bot/cli/errors.py)."""
    size = path.stat().st_size
    if size > limit:
        raise Failed(tb.YAML_TOO_LARGE.format(naam=path.name, mb=getal(size // MIB), max=f"{limit / MIB:g}"), 1)
    return path.read_text(encoding="utf-8")


def _export(args: argparse.Namespace, settings: Settings) -> int:
    with opened(settings) as app, app.uow_factory() as uow:
        register = uow.registry.snapshot()
    args.file.write_text(dump(register), encoding="utf-8")
    print(t.EXPORTED.format(bestand=args.file, personen=len(register.personen), opdrachten=len(register.opdrachten)))
    return 0
