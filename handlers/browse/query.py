"""What a list page asks for, as typed in its filter form (or kept in a link's query string)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from handlers.commands.deadline_input import read_day
from handlers.commands.toezeggingen.registreren import read_meeting
from handlers.context import Context
from handlers.errors import UserError
from handlers.ports import ListOrder
from handlers.texts import web as t

KINDS = ("toezeggingen", "moties", "lobby")


@dataclass(frozen=True)
class ListQuery:
    """One list page: the kind, the filters as text (names and dates as people write them), the order, the page."""

    soort: str
    portefeuillehouder: str = ""
    eigenaar: str = ""
    status: str = ""  # "" or "open": open items; "alle"; or one status of the kind
    te_laat: bool = False
    termijn_van: str = ""
    termijn_tot: str = ""
    tekst: str = ""
    vergadering: str = ""  # the meeting it came from: 'raad 12-11-2026' or a day
    commissie: str = ""  # the gremium it came from: 'Ruimte', 'Staten'
    sorteer: str = ""
    pagina: int = 1

    def __post_init__(self) -> None:
        if self.soort not in KINDS:
            raise UserError(t.BAD_KIND)


def order_of(query: ListQuery) -> ListOrder:
    try:
        return ListOrder(query.sorteer or ListOrder.TERMIJN.value)
    except ValueError:
        raise UserError(t.BAD_SORT.format(tekst=query.sorteer[:40], keuzes=", ".join(o.value for o in ListOrder))) from None


def day_of(ctx: Context, text: str, veld: str) -> dt.date | None:
    """A date from the form: the browser's own date field sends 2026-12-01, a person types 1-12-2026."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return read_day(ctx, text)
    except UserError:
        raise UserError(t.BAD_DATE.format(tekst=text[:40], veld=veld.lower())) from None


def meeting_of(ctx: Context, text: str) -> tuple[str, dt.date | None]:
    """The vergadering filter, read like the chat's 'vergadering: raad 12-11-2026': the gremium's words and the day.
    A meeting is one day; without one it is a Dutch refusal that points to the commissie filter."""
    text = text.strip()
    if not text:
        return "", None
    try:
        return "", dt.date.fromisoformat(text)  # the browser's own date field
    except ValueError:
        pass
    gremium, day = read_meeting(ctx, text)
    if day is None:
        raise UserError(t.BAD_MEETING.format(tekst=text[:60]))
    return gremium, day
