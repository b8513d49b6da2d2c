"""The shape every recogniser has: a full-match regex and a handler that builds the due date."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from handlers.deadlines.calendar import Calendar
from handlers.deadlines.model import Precision

# Two-digit years ('27, 27) are allowed wherever a year may follow a name.
YEAR = r"(?P<y>\d{4}|'?\d{2})"
LONG_YEAR = r"(?P<y>\d{4})"


class Hit(NamedTuple):
    due: dt.date
    precision: Precision


@dataclass(frozen=True)
class Context:
    today: dt.date
    calendar: Calendar


Handler = Callable[[re.Match[str], Context], Hit | None]


@dataclass(frozen=True)
class Rule:
    pattern: re.Pattern[str]
    handle: Handler


def rule(registry: list[Rule], pattern: str) -> Callable[[Handler], Handler]:
    """Register `handler` for phrases that match `pattern` as a whole."""

    def register(handler: Handler) -> Handler:
        registry.append(Rule(re.compile(pattern), handler))
        return handler

    return register


def first_hit(rules: list[Rule], text: str, context: Context) -> Hit | None:
    for candidate in rules:
        found = candidate.pattern.fullmatch(text)
        if found:
            hit = candidate.handle(found, context)
            if hit is not None:
                return hit
    return None
