"""parse_deadline: fixed phrases, then the Dutch recognisers, then alternatives, then dateparser."""
from __future__ import annotations

import datetime as dt

from handlers.deadlines.alternatives import later_alternative
from handlers.deadlines.calendar import Calendar
from handlers.deadlines.errors import NotUnderstood, error, unknown_words
from handlers.deadlines.fallback import parse_with_dateparser
from handlers.deadlines.fixed import STATUS_WORDS, fixed_kind
from handlers.deadlines.model import Deadline, DeadlineKind, Precision
from handlers.deadlines.normalise import basic, fixed_key, strip_fillers, without_fillers
from handlers.deadlines.rules import Context, Hit, recognise
from handlers.deadlines.vocabulary import KNOWN_WORDS

MAX_LENGTH = 200


def parse_deadline(text: str, today: dt.date, calendar: Calendar | None = None) -> Deadline:
    """The meaning of a Dutch deadline phrase on `today`; never raises, errors are a result."""
    try:
        return _parse(text, today, calendar or Calendar.empty())
    except NotUnderstood as exc:
        return error(text, exc.reason)
    except (ValueError, OverflowError, TypeError):
        # Dates far outside the calendar (year 9999 plus weeks) must still give an answer.
        return error(text, "die datum valt buiten de kalender")


def _parse(text: str, today: dt.date, calendar: Calendar) -> Deadline:
    if len(text) > MAX_LENGTH:
        # A deadline is a few words; a pasted paragraph would only make dateparser slow.
        return error(text, f"een termijn is hooguit {MAX_LENGTH} tekens")
    plain = basic(str(text))
    stripped = strip_fillers(plain)
    kind = fixed_kind(fixed_key(plain)) or fixed_kind(fixed_key(without_fillers(plain)))
    if kind is DeadlineKind.ASAP:
        due = today + dt.timedelta(days=calendar.asap_days)
        return Deadline(text, kind, due, Precision.ASAP)
    if kind is not None:
        return Deadline(text, kind)
    if stripped in STATUS_WORDS:
        return error(text, f"'{stripped}' is een status, geen termijn")
    hit = _date_hit(stripped, Context(today, calendar))
    if hit is None:
        return error(text, unknown_words(stripped, KNOWN_WORDS))
    return Deadline(text, DeadlineKind.DATE, hit.due, hit.precision)


def _date_hit(stripped: str, context: Context) -> Hit | None:
    if not stripped:
        return None
    hit = recognise(stripped, context) or later_alternative(stripped, context)
    if hit is not None:
        return hit
    due = parse_with_dateparser(stripped, context.today)
    return Hit(due, Precision.DAY) if due else None
