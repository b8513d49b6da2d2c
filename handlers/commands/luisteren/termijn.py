"""A termijn as a proposed command carries it: what it meant on the day it was said, whenever it is registered.

"Binnen zes weken" in a verslag of 2 December means 13 January; pasted into 'toezegging nieuw' a month later
it would mean mid-February. So a phrase whose meaning moves with the day it is read becomes fixed: with its
year where the parser keeps the wording ("voor de zomer 2027"), else as the date itself ("13 januari 2027").
"""
from __future__ import annotations

import datetime as dt

from handlers.deadlines import Calendar, parse_deadline
from handlers.deadlines.finder import FoundTermijn
from handlers.texts import dag

# Days after the day it was said on which a fixed phrase must still mean the same: the next day catches
# "binnen zes weken", half a year "voor de zomer", more than a year "eind maart".
_LATER = (1, 183, 400)


def vaste_termijn(termijn: FoundTermijn, gezegd: dt.date, calendar: Calendar | None = None) -> str:
    """The termijn to put in the command: the phrase when it is fixed already, else a fixed form of it."""
    due = termijn.deadline.due
    if due is None:  # doorlopend, P.M.: nothing to anchor
        return termijn.phrase
    for text in (termijn.phrase, f"{termijn.phrase} {due.year}"):
        if _fixed(text, due, gezegd, calendar):
            return text
    return dag(due)


def _fixed(text: str, due: dt.date, gezegd: dt.date, calendar: Calendar | None) -> bool:
    days = (gezegd, *(gezegd + dt.timedelta(days=n) for n in _LATER))
    return all(parse_deadline(text, day, calendar).due == due for day in days)
