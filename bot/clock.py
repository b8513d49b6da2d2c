"""The real clock; tests inject a fixed one instead."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

TIMEZONE = ZoneInfo("Europe/Amsterdam")


class SystemClock:
    def now(self) -> dt.datetime:
        return dt.datetime.now(TIMEZONE)


class FixedClock:
    """A clock that stands still until moved: for tests, `worker --once --now` and demos."""

    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment if moment.tzinfo else moment.replace(tzinfo=TIMEZONE)

    def now(self) -> dt.datetime:
        return self.moment

    def advance(self, delta: dt.timedelta) -> None:
        self.moment = self.moment + delta
