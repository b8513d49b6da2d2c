"""Finding the meeting or agenda point a command is about: '3', 'volgende PO', 'GS 1-12-2026', 'A-2026-001'."""
from __future__ import annotations

import datetime as dt
import re

from handlers.agenda.schedule import upcoming
from handlers.commands.deadline_input import read_day
from handlers.commands.permission import ensure_may_read
from handlers.context import Context
from handlers.domain.agenda import AgendaInstellingen, AgendaPunt, Soort, Vergadering, has_started, parse_punt_nummer
from handlers.errors import NotFound, UserError
from handlers.invoer import MAX_ID, bounded_int
from handlers.router import normalise
from handlers.texts import agenda as t

_NEXT = re.compile(r"^(?:eerst)?volgend[e]?\s+(?P<wie>.+)$")
_DATED = re.compile(r"^(?P<wie>.+?)\s+(?:van\s+)?(?P<datum>\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}\s+\w+(?:\s+\d{4})?)$")


def find_vergadering(ctx: Context, instellingen: AgendaInstellingen, text: str) -> Vergadering:
    wanted = text.strip()
    if not wanted:
        raise UserError(t.NEED_VERGADERING, examples=t.VERGADERING_VOORBEELDEN)
    if wanted.isdigit():
        found = ctx.uow.agenda.vergadering(bounded_int(wanted, 1, MAX_ID, "een vergaderingnummer"))
        if found is None:
            raise NotFound(t.VERGADERING_UNKNOWN.format(wat=wanted), examples=t.VERGADERING_VOORBEELDEN)
        return found
    # Also puts the schedule in the database, so a dated reference finds its meeting.
    meetings = upcoming(ctx.uow, instellingen, ctx.today)
    nxt = _NEXT.match(normalise(wanted))
    if nxt:
        # 'Volgende' is the first one that has not begun yet: after Monday's PO, next week's.
        matching = [v for v in meetings if _is(v, nxt.group("wie")) and not _begun(v, ctx.now)]
        if matching:
            return matching[0]
    dated = _DATED.match(wanted)
    if dated:
        day = read_day(ctx, dated.group("datum"))
        matching = [v for v in ctx.uow.agenda.vergaderingen(day, day) if _is(v, dated.group("wie"))]
        if matching:
            return matching[0]
    raise NotFound(t.VERGADERING_UNKNOWN.format(wat=wanted), examples=t.VERGADERING_VOORBEELDEN)


def _begun(v: Vergadering, now: dt.datetime) -> bool:
    return has_started(v, now)


def _is(v: Vergadering, wie: str) -> bool:
    """'po', 'college', 'gs', 'b&w' or (the start of) the meeting's own name."""
    key = normalise(wie)
    if key in {"po", "portefeuillehoudersoverleg"}:
        return v.soort is Soort.PO
    if key in {"college", "gs", "b&w", "bw", "collegevergadering"} and v.soort is Soort.COLLEGE:
        return True
    return normalise(v.naam) == key or normalise(v.naam).startswith(key + " ")


def load_punt(ctx: Context, word: str) -> AgendaPunt:
    nummer = parse_punt_nummer(word)
    if nummer is None:
        raise UserError(t.PUNT_NEED_NUMMER, examples=(f"agendapunt {t.P}",))
    punt = ctx.uow.agenda.punt(nummer)
    if punt is None:
        raise NotFound(t.PUNT_NOT_FOUND.format(nummer=nummer))
    if punt.vertrouwelijk and not ctx.private:
        raise UserError(t.CONFIDENTIAL_HIDDEN.format(nummer=nummer))
    ensure_may_read(ctx, punt.stake, f"Agendapunt {nummer}")
    return punt
