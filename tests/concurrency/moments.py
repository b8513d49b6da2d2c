from __future__ import annotations

import datetime as dt

from bot.clock import TIMEZONE

# Monday 30 November 2026, 9:00: the PO of today and the GS of tomorrow are both due to be announced.
MONDAY_MORNING = dt.datetime(2026, 11, 30, 9, 0, tzinfo=TIMEZONE)
