"""Where an answer comes from: the registry's date, version and last change."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class RegisterInfo:
    organisatie: str
    datum: dt.date
    versie: str = ""
    gewijzigd_op: dt.datetime | None = None
    gewijzigd_door: str = ""


@dataclass(frozen=True)
class ReplaceResult:
    """What loading a registry did to the people: how many are new, who left it."""

    nieuw: int
    vervallen: tuple[str, ...]
