"""dateparser as the last resort, for shapes the Dutch layer does not know (mostly English)."""
from __future__ import annotations

import datetime as dt
import re

import dateparser

LANGUAGES = ["nl", "en"]


def settings(today: dt.date) -> dict[str, object]:
    return {
        "DATE_ORDER": "DMY",
        "RELATIVE_BASE": dt.datetime.combine(today, dt.time()),
        "PREFER_DATES_FROM": "future",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }


def parse_with_dateparser(text: str, today: dt.date) -> dt.date | None:
    # A bare number ("23") is read by dateparser as a day of this month; that is a guess, not a deadline.
    if not re.search(r"[a-z]{3}", text):
        return None
    try:
        found = dateparser.parse(text, languages=LANGUAGES, settings=settings(today))
    except Exception:  # noqa: BLE001 - a crash inside a heuristic parser means "not understood", never a crash here
        return None
    return found.date() if found else None
