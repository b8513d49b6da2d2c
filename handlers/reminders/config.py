"""The reminder policy as data: configurable per kind of item, with the defaults the issue names."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_DAYS_BEFORE: tuple[int, ...] = (10, 2)


@dataclass(frozen=True)
class ReminderConfig:
    # Working days before the due date at which the owner hears about it, per kind ("toezegging",
    # "motie", "lobby"); kinds not named use `days_before`.
    days_before: tuple[int, ...] = DEFAULT_DAYS_BEFORE
    days_before_per_kind: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    on_due_date: bool = True
    overdue_every_days: int = 7
    escalate_after_working_days: int = 10
    # A reminder whose day is more than this many working days ago is not sent late any more; it
    # is folded into the recipient's next digest instead.
    catch_up_working_days: int = 5
    work_start: dt.time = dt.time(8, 30)
    work_end: dt.time = dt.time(17, 30)
    digest_weekday: int = 0  # Monday
    # A notification that could not be delivered within this time is given up (state 'expired').
    expire_after: dt.timedelta = dt.timedelta(days=3)
    # A weekoverzicht counts like 'overzicht' (Settings.count_up_to): "meer dan 1.000" beyond it. None: exact.
    count_up_to: int | None = None

    def before(self, kind: str) -> tuple[int, ...]:
        """Days before for this kind; for "" the widest of all kinds (how far ahead to look)."""
        if not kind:
            return tuple(sorted({n for days in (self.days_before, *self.days_before_per_kind.values()) for n in days},
                                reverse=True))
        return tuple(sorted(self.days_before_per_kind.get(kind, self.days_before), reverse=True))


def parse_days(text: str) -> tuple[int, ...]:
    """'10,2' -> (10, 2); '' -> () (no reminders before the due date)."""
    return tuple(int(part) for part in text.replace(";", ",").split(",") if part.strip())


def parse_per_kind(text: str) -> dict[str, tuple[int, ...]]:
    """'motie=5,1 lobby=3' -> {'motie': (5, 1), 'lobby': (3,)}."""
    result: dict[str, tuple[int, ...]] = {}
    for part in text.split():
        kind, _, days = part.partition("=")
        if not days:
            raise ValueError(f"'{part}' is geen <soort>=<werkdagen>, bijv. motie=5,1")
        result[kind.strip().lower()] = parse_days(days)
    return result
