"""verslag: the toezeggingen, moties and actiepunten in a verslag or besluitenlijst, each to confirm or drop."""
from __future__ import annotations

import re

from handlers.commands.luisteren.voorstel import item
from handlers.context import Context
from handlers.errors import UserError
from handlers.listening.recogniser import DOCUMENT_THRESHOLD, Candidate, recognise
from handlers.listening.sentences import sentences
from handlers.messages import OutgoingReply
from handlers.texts import luisteren as t

# "Besluitenlijst PO Mobiliteit 10 december 2026", "Verslag van de commissie Ruimte d.d. 12-11-2026"
_ORIGIN = re.compile(
    r"^\s*(?:concept[- ])?(?:verslag|besluitenlijst|notulen|actielijst)\s+(?:van\s+)?(?:de\s+|het\s+)?"
    r"(?P<gremium>[^\n]*?)\s*(?:van|d\.d\.|op|,|-)?\s*"
    r"(?P<datum>\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|\d{1,2}\s+[a-z]+\.?\s+\d{4})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def vergadering_uit(text: str) -> str:
    """The meeting a document reports on, as 'toezegging nieuw' takes it ('commissie Ruimte 12-11-2026')."""
    match = _ORIGIN.search("\n".join(text.splitlines()[:15]))
    if match is None:
        return ""
    return f"{match.group('gremium').strip(' ,-')} {match.group('datum')}".strip()


def kandidaten(ctx: Context, text: str) -> list[Candidate]:
    found = recognise(text, ctx.today, ctx.uow.people.all(), ctx.calendar)
    return [c for c in found if c.confidence >= DOCUMENT_THRESHOLD]


def verslag(ctx: Context, args: str) -> OutgoingReply:
    ctx.require_person()
    text = ctx.command.text.split(None, 1)[1] if len(ctx.command.text.split(None, 1)) > 1 else args
    if not text.strip():
        raise UserError(t.VERSLAG_LEEG, examples=(t.VOORBEELD_VERSLAG,))
    found = kandidaten(ctx, text)
    if not found:
        return OutgoingReply(text=t.VERSLAG_GEEN.format(zinnen=len(sentences(text))))
    vergadering = vergadering_uit(text)
    vertrouwelijk = False
    wat = "punten" if len(found) != 1 else "punt"
    return OutgoingReply(
        text=t.VERSLAG_GEVONDEN.format(n=len(found), wat=wat,
                                       uit=t.VERSLAG_UIT.format(vergadering=vergadering) if vergadering else ""),
        items=tuple(item(i, c, vergadering=vergadering, vertrouwelijk=vertrouwelijk) for i, c in enumerate(found, 1)),
    )
