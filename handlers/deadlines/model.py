"""The value every deadline phrase is turned into; shared by parser, commands and storage."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class DeadlineKind(StrEnum):
    DATE = "date"
    CONTINUOUS = "continuous"
    ASAP = "asap"
    UNKNOWN = "unknown"
    ERROR = "error"


class Precision(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"
    MOMENT = "moment"
    ASAP = "asap"


@dataclass(frozen=True)
class Deadline:
    """`due` is the LAST day that still meets the deadline; None for continuous/unknown/error."""

    text: str
    kind: DeadlineKind
    due: dt.date | None = None
    precision: Precision | None = None
    # For kind ERROR: a Dutch explanation naming what was not understood, with example phrases.
    message: str = ""
    examples: tuple[str, ...] = field(default=())

    @property
    def is_error(self) -> bool:
        return self.kind is DeadlineKind.ERROR

    def as_json(self) -> dict[str, str | None]:
        return {
            "text": self.text,
            "kind": self.kind.value,
            "due": self.due.isoformat() if self.due else None,
            "precision": self.precision.value if self.precision else None,
        }
