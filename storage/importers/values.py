"""One cell to one typed value: dates in the source's order, Dutch deadlines, statuses, uitslagen.

Each function raises ValueError with a Dutch message naming the cell's text; the importer adds the row.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

from handlers.deadlines import Calendar, Deadline, DeadlineKind, Precision, parse_deadline
from handlers.domain.followed import Status
from handlers.domain.motie import Uitslag, parse_uitslag
from storage.importers.mapping import key

# What lists write in a date cell that has no date yet.
EMPTY = frozenset({"", "p m", "pm", "n t b", "ntb", "nvt", "n v t", "onbekend", "geen", "nog niet bekend"})
_LINK_SPLIT = re.compile(r"[\n|]+|;\s*|\s+(?=https?://)")
_NUMERIC = re.compile(r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})$")
STATUS_WORDS: dict[str, Status] = {
    **{key(s.value): s for s in Status},
    "open": Status.OPENSTAAND, "lopend": Status.OPENSTAAND, "in behandeling": Status.OPENSTAAND,
    "in uitvoering": Status.OPENSTAAND, "nog niet afgedaan": Status.OPENSTAAND, "niet afgedaan": Status.OPENSTAAND,
    "voorstel tot afdoening": Status.AFDOENING_VOORGESTELD, "ter afdoening": Status.AFDOENING_VOORGESTELD,
    "voorgesteld af te doen": Status.AFDOENING_VOORGESTELD, "afdoeningsvoorstel": Status.AFDOENING_VOORGESTELD,
    "afgehandeld": Status.AFGEDAAN, "gereed": Status.AFGEDAAN, "uitgevoerd": Status.AFGEDAAN,
    "voldaan": Status.AFGEDAAN, "afgerond": Status.AFGEDAAN, "deels afgedaan": Status.DEELS_VOLDAAN,
    "gedeeltelijk voldaan": Status.DEELS_VOLDAAN, "gedeeltelijk uitgevoerd": Status.DEELS_VOLDAAN,
    "niet uitvoeren": Status.NIET_UITGEVOERD, "wordt niet uitgevoerd": Status.NIET_UITGEVOERD,
    "komt te vervallen": Status.VERVALLEN,
}


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    return str(value).strip()


def day(value: Any, date_format: str) -> dt.date | None:
    """A calendar day from a date cell or text; `date_format` says how '03/04/2026' is meant."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    written = text(value)
    if not written or key(written) in EMPTY:
        return None
    numeric = _numeric(written, date_format)
    if numeric is not None:
        return numeric
    deadline = parse_deadline(written, dt.date(2000, 1, 1))
    if deadline.kind is DeadlineKind.DATE and deadline.precision is Precision.DAY and deadline.due:
        return deadline.due
    raise ValueError(f"'{written}' is geen datum (verwacht bijvoorbeeld 12-11-2026)")


def numeric_parts(written: str) -> tuple[int, int] | None:
    """The first two numbers of a date written as '3/19/2019' or '19-3-2019'; None for ISO or anything else."""
    match = _NUMERIC.match(written.strip())
    if not match or len(match.group(1)) == 4:
        return None
    return int(match.group(1)), int(match.group(2))


def _numeric(written: str, date_format: str) -> dt.date | None:
    match = _NUMERIC.match(written)
    if not match:
        return None
    a, b, c = (int(g) for g in match.groups())
    if len(match.group(1)) == 4:
        year, month, dom = a, b, c  # ISO order is never ambiguous
    elif date_format == "MDY":
        month, dom, year = a, b, c
    else:
        dom, month, year = a, b, c
    year = year + 2000 if year < 100 else year
    try:
        return dt.date(year, month, dom)
    except ValueError:
        raise ValueError(f"'{written}' is geen bestaande datum (datumnotatie {date_format})") from None


def _iso(written: str) -> bool:
    match = _NUMERIC.match(written)
    return bool(match) and len(match.group(1)) == 4  # type: ignore[union-attr]


def deadline(value: Any, date_format: str, today: dt.date, calendar: Calendar) -> Deadline:
    """Empty, 'P.M.', 'n.t.b.' → unknown; a date cell → that day; otherwise the Dutch deadline layer."""
    if isinstance(value, (dt.date, dt.datetime)) or _NUMERIC.match(text(value)):
        due = day(value, date_format)
        assert due is not None
        # Day first ('04-03-2027'), never echoed as the sheet's '03/04/2027': a Dutch reader takes that for April.
        written = text(value)
        dmy = not isinstance(value, (dt.date, dt.datetime)) and (date_format == "DMY" or _iso(written))
        return Deadline(written if dmy else f"{due:%d-%m-%Y}", DeadlineKind.DATE, due, Precision.DAY)
    written = text(value)
    if not written:
        return Deadline("", DeadlineKind.UNKNOWN)
    parsed = parse_deadline(written, today, calendar)
    if parsed.kind is DeadlineKind.ERROR:
        raise ValueError(f"termijn '{written}': {parsed.message}")
    return parsed


def status(value: Any) -> Status:
    written = key(text(value))
    if not written:
        return Status.OPENSTAAND
    if written in STATUS_WORDS:
        return STATUS_WORDS[written]
    # Free text in a status cell ('Afgedaan met RIB 2023-12', 'In behandeling; brief volgt'): its opening words.
    for word in sorted(STATUS_WORDS, key=len, reverse=True):
        if written.startswith(word + " "):
            return STATUS_WORDS[word]
    raise ValueError(f"status '{text(value)}' ken ik niet (bijvoorbeeld: openstaand, afdoening voorgesteld, afgedaan)")


def uitslag(value: Any) -> Uitslag:
    written = text(value)
    if not written:
        return Uitslag.AANGENOMEN  # lists of moties to follow are lists of adopted moties
    found = parse_uitslag(key(written))
    if found is None:
        raise ValueError(f"uitslag '{written}' ken ik niet ({', '.join(u.value for u in Uitslag)})")
    return found


def yes_no(value: Any) -> bool:
    return key(text(value)) in {"ja", "j", "x", "yes", "true", "1", "vertrouwelijk"}


def links(value: Any) -> tuple[str, ...]:
    """Bijlagen as a list writes them: one per line, or separated by ';' or '|', or URLs one after another."""
    return tuple(part.strip() for part in _LINK_SPLIT.split(text(value)) if part.strip())
