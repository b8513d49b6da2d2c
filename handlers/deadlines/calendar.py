"""The organisation calendar: planning-and-control moments and recesses, read from YAML."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

import yaml

from handlers.yamltext import load_yaml

DEFAULT_ASAP_DAYS = 14


class CalendarError(ValueError):
    """The calendar file cannot be used; the message is Dutch and names the file."""


def moment_key(text: str) -> str:
    return " ".join(text.lower().split())


@dataclass(frozen=True)
class Calendar:
    """Moments map keys such as "begroting 2028" to the date of the meeting that handles them."""

    moments: Mapping[str, dt.date] = field(default_factory=lambda: MappingProxyType({}))
    source: Path | None = None
    asap_days: int = DEFAULT_ASAP_DAYS

    @classmethod
    def empty(cls, asap_days: int = DEFAULT_ASAP_DAYS) -> Calendar:
        return cls(asap_days=asap_days)

    def names(self) -> frozenset[str]:
        """Moment names without their year: "begroting 2028" gives "begroting"."""
        return frozenset(key.rsplit(" ", 1)[0] for key in self.moments)

    def missing(self, key: str) -> str:
        """Why `key` has no date: the Dutch reason names the calendar file or its absence."""
        if self.source is None:
            return f"er is geen organisatiekalender ingesteld (SAMENSPEL_CALENDAR), dus '{key}' is onbekend"
        return f"'{key}' staat niet in de kalender {self.source}"


def load_calendar(path: str | Path, asap_days: int = DEFAULT_ASAP_DAYS) -> Calendar:
    source = Path(path)
    try:
        data = load_yaml(source.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CalendarError(f"Kalender {source} is niet te lezen: {exc}") from exc
    raw = data.get("momenten") if isinstance(data, dict) else None
    if not isinstance(raw, dict):
        raise CalendarError(f"Kalender {source} heeft geen sectie 'momenten:'")
    moments = {moment_key(str(key)): _as_date(value, key, source) for key, value in raw.items()}
    return Calendar(MappingProxyType(moments), source, asap_days)


def _as_date(value: object, key: object, source: Path) -> dt.date:
    # YAML already turns 2027-07-08 into a date; a quoted value arrives as a string.
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise CalendarError(
            f"Kalender {source}: '{key}' heeft geen datum als JJJJ-MM-DD maar '{value}'"
        ) from exc
