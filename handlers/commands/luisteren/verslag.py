"""verslag: the toezeggingen, moties and actiepunten in a verslag or besluitenlijst, each to confirm or drop.

A long verslag is answered a page at a time, like every list. The next page needs the text again, and a chat
button cannot carry a whole verslag: so a verslag that does not fit one page is kept for whoever handed it
over, for a week at most ('verslag pagina 2' reads on). One that fits one page is never kept.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from handlers.commands.luisteren.eigenaar import Eigenaren
from handlers.commands.luisteren.voorstel import Herkomst, aanvulling, item, voorstel
from handlers.commands.lists import paged
from handlers.context import Context
from handlers.deadlines import Calendar, DeadlineKind, Precision, parse_deadline
from handlers.domain.people import Person
from handlers.errors import UserError
from handlers.listening.kanaal import BEWAAR_VERSLAG
from handlers.listening.recogniser import DOCUMENT_THRESHOLD, Candidate, recognise
from handlers.listening.sentences import sentences
from handlers.messages import OutgoingReply
from handlers.texts import aantal, vorm
from handlers.texts import lists as list_texts
from handlers.texts import luisteren as t

# Five proposals, each with its buttons and its form, is what one Teams card holds (Teams refuses a message past
# about 28 KB); Slack and the console could show more, but a page is the same everywhere.
PAGE_SIZE = 5
VERSLAG = "verslag"
PAGE_COMMAND = VERSLAG + " pagina {n}"
_PAGINA = re.compile(r"^\s*pagina\s+(?P<n>\d{1,5})\s*$", re.IGNORECASE)
# "Besluitenlijst PO Mobiliteit 10 december 2026", "Verslag van de commissie Ruimte d.d. 12-11-2026"
_ORIGIN = re.compile(
    r"^\s*(?:concept[- ])?(?:verslag|besluitenlijst|notulen|actielijst)\s+(?:van\s+)?(?:de\s+|het\s+)?"
    r"(?P<gremium>[^\n]*?)\s*(?:van|d\.d\.|op|,|-)?\s*"
    r"(?P<datum>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[a-z]+\.?\s+\d{4})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _origin(text: str) -> re.Match[str] | None:
    return _ORIGIN.search("\n".join(text.splitlines()[:15]))


def vergadering_uit(text: str) -> str:
    """The meeting a document reports on, as 'toezegging nieuw' takes it ('commissie Ruimte 12-11-2026')."""
    match = _origin(text)
    if match is None:
        return ""
    return f"{match.group('gremium').strip(' ,-')} {match.group('datum')}".strip()


def vergaderdatum(text: str, today: dt.date, calendar: Calendar | None = None) -> dt.date | None:
    """The day the meeting was held, from the document's heading; None when the heading does not say."""
    match = _origin(text)
    if match is None:
        return None
    day = parse_deadline(match.group("datum"), today, calendar)
    return day.due if day.kind is DeadlineKind.DATE and day.precision is Precision.DAY else None


def kandidaten(text: str, gezegd: dt.date, people: Sequence[Person], calendar: Calendar | None) -> list[Candidate]:
    """What the verslag proposes; relative termijnen count from `gezegd`, the day the words were said."""
    found = recognise(text, gezegd, people, calendar)
    return [c for c in found if c.confidence >= DOCUMENT_THRESHOLD]


def verslag(ctx: Context, args: str) -> OutgoingReply:
    person = ctx.require_person()
    # The text as it came, line breaks and all: the router's args are for one-line commands.
    parts = ctx.command.text.split(None, 1)
    text = parts[1] if len(parts) > 1 else args
    wanted = _PAGINA.match(text)
    if wanted is not None:
        kept = ctx.uow.listening.bewaard_verslag(person.id or 0, ctx.now - BEWAAR_VERSLAG)
        if kept is None:
            raise UserError(t.VERSLAG_NIET_BEWAARD, examples=(t.VOORBEELD_VERSLAG,))
        return _page(ctx, kept.tekst, kept.gelezen_op.astimezone(ctx.now.tzinfo).date(), int(wanted.group("n")))
    if not text.strip():
        raise UserError(t.VERSLAG_LEEG, examples=(t.VOORBEELD_VERSLAG,))
    reply = _page(ctx, text, ctx.today, 1)
    if person.id is not None:
        if reply.page is not None and reply.page.next_command:
            ctx.uow.listening.bewaar_verslag(person.id, text, ctx.now)
        else:
            # One page is all there is, and it is not kept: there is nothing to page on in.
            ctx.uow.listening.vergeet_verslag(person.id)
            ctx.uow.last_lists.forget(person.id)
    return reply


def _page(ctx: Context, text: str, gelezen: dt.date, number: int) -> OutgoingReply:
    people = ctx.uow.people.all()
    gezegd = vergaderdatum(text, gelezen, ctx.calendar) or gelezen
    found = kandidaten(text, gezegd, people, ctx.calendar)
    if not found:
        return OutgoingReply(text=t.VERSLAG_GEEN.format(zinnen=len(sentences(text))))
    pages = paged(ctx, number, PAGE_SIZE, len(found), VERSLAG)
    if number > pages.pages:
        raise UserError(list_texts.PAGE_TOO_FAR.format(
            number=number, zijn="is" if pages.pages == 1 else "zijn", pages=aantal(pages.pages, "pagina", "pagina's"),
            command=PAGE_COMMAND.format(n=1)))
    first = (number - 1) * PAGE_SIZE
    herkomst = Herkomst(vergadering=vergadering_uit(text))
    eigenaren = Eigenaren(ctx, people)
    shown = [voorstel(c, gezegd, ctx.calendar, eigenaren) for c in found[first:first + PAGE_SIZE]]
    notes = [t.VERSLAG_BEWAARD] if pages.pages > 1 else []
    example = next((a for a in (aanvulling(v, herkomst) for v in shown) if a), "")
    if example:
        notes.append(t.AANVULLEN.format(voorbeeld=example))
    return OutgoingReply(
        text=t.VERSLAG_GEVONDEN.format(
            n=len(found), wat=vorm(len(found), "mogelijk punt", "mogelijke punten"),
            uit=t.VERSLAG_UIT.format(vergadering=herkomst.vergadering) if herkomst.vergadering else "",
            pagina=" " + list_texts.PAGE.format(number=number, pages=pages.pages) if pages.pages > 1 else ""),
        items=tuple(item(first + i, v, herkomst) for i, v in enumerate(shown, 1)),
        notes=tuple(notes),
        page=pages,
    )
