"""One page of a list with the web's filters, and the whole filtered list for an export: both as the chat reads it.

The filters become the storage filters the chat list commands use (ToezeggingFilter, MotieFilter, LobbyFilter);
the reader's ReadScope (`read_scope`, private: a signed-in page is seen by one person) goes into the Window, so
counts, pages and exports hold only what this person may read: a confidential item is not even counted.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from handlers.browse.query import ListQuery, day_of, meeting_of, order_of
from handlers.commands.followed.render import status_text
from handlers.commands.lists import deadline_text
from handlers.commands.lobby.render import status_text as lobby_status
from handlers.commands.people import find_person
from handlers.context import Context
from handlers.domain.followed import Status
from handlers.domain.lobby import LobbyActie, LobbyStatus
from handlers.domain.permissions import read_scope
from handlers.domain.toezegging import Toezegging
from handlers.errors import UserError
from handlers.ports import ListPage, LobbyFilter, MotieFilter, ToezeggingFilter, Window
from handlers.texts import aantal, getal
from handlers.texts import web as t

PAGE_SIZE = 25
# An export is one request: bounded like every list (the benchmark's 10,000 rows in seconds).
EXPORT_MAX = 10_000


@dataclass(frozen=True)
class Row:
    """One line of a list page."""

    nummer: str
    titel: str
    status: str
    termijn: str
    eigenaar: str
    portefeuillehouder: str
    te_laat: bool
    vertrouwelijk: bool


@dataclass(frozen=True)
class Browsed:
    rows: tuple[Row, ...]
    total: int
    overdue: int
    page: int
    pages: int


def summary(query: ListQuery, found: Browsed) -> str:
    """'12 toezeggingen gevonden, waarvan 3 te laat.'"""
    wat = aantal(found.total, t.SINGULAR[query.soort], t.PLURAL[query.soort])
    if found.total == 0:
        return t.NONE_FOUND.format(meer=t.PLURAL[query.soort])
    if found.overdue and not query.te_laat:  # in a list of late ones, "waarvan 3 te laat" says nothing new
        return t.COUNT_LATE.format(wat=wat, n=found.overdue)
    return t.COUNT.format(wat=wat)


def browse(ctx: Context, query: ListQuery) -> Browsed:
    """The page the query names; a page past the end is a Dutch refusal that says how many there are."""
    ctx.require_person()
    found = _read(ctx, query, (max(1, query.pagina) - 1) * PAGE_SIZE, PAGE_SIZE)
    pages = max(1, -(-found.total // PAGE_SIZE))
    if query.pagina > pages:
        raise UserError(t.BAD_PAGE.format(number=query.pagina, pages=aantal(pages, "pagina", "pagina's")))
    names = ctx.uow.people.names({i for item in found.items for i in _people(item) if i is not None})
    rows = tuple(_row(ctx, item, names) for item in found.items)
    return Browsed(rows, found.total, found.overdue, max(1, query.pagina), pages)


def export_items(ctx: Context, query: ListQuery) -> Iterator[Any]:
    """Every item of the filtered list, in its order, for the Excel export: counted first (refused beyond the bound),
    then streamed from the database in batches, so an export's memory does not grow with its rows.
    Consume it inside the same read (the unit of work)."""
    ctx.require_person()
    source = _source(ctx, query, 0, EXPORT_MAX)
    total = source.page(replace(source.window, limit=0)).total
    if total > EXPORT_MAX:
        raise UserError(t.EXPORT_TOO_LARGE.format(n=getal(total), max=getal(EXPORT_MAX)))
    return source.stream(source.window)


def _read(ctx: Context, query: ListQuery, offset: int, limit: int) -> ListPage[Any]:
    source = _source(ctx, query, offset, limit)
    return source.page(source.window)


@dataclass(frozen=True)
class _Source:
    """One filtered list: its repository's filter and the window, to read a page of or to stream."""

    repository: Any  # ToezeggingRepository, MotieRepository or LobbyRepository
    criteria: Any  # the matching ToezeggingFilter, MotieFilter or LobbyFilter
    window: Window

    def page(self, window: Window) -> ListPage[Any]:
        return cast(ListPage[Any], self.repository.page(self.criteria, window))

    def stream(self, window: Window) -> Iterator[Any]:
        return cast(Iterator[Any], self.repository.stream(self.criteria, window))


def _source(ctx: Context, query: ListQuery, offset: int, limit: int) -> _Source:
    window = Window(read_scope(ctx.person, private=True), offset, limit, ctx.today, order_of(query))
    holder = _person_id(ctx, query.portefeuillehouder)
    owner = _person_id(ctx, query.eigenaar)
    due_from = day_of(ctx, query.termijn_van, t.FILTER_LABELS["termijn_van"])
    due_until = day_of(ctx, query.termijn_tot, t.FILTER_LABELS["termijn_tot"])
    late = ctx.today if query.te_laat else None
    tekst = query.tekst.strip()
    gremium, day = meeting_of(ctx, query.vergadering)
    commissie = " ".join((query.commissie.strip(), gremium)).strip()
    if query.soort == "lobby":
        if query.vergadering.strip() or query.commissie.strip():
            raise UserError(t.LOBBY_NO_MEETING)
        lobby_status_, open_only = _status(query, LobbyStatus)
        lobby = LobbyFilter(open_only=open_only, bestuurder_id=holder, eigenaar_id=owner, status=lobby_status_,
                            moment_from=due_from, moment_until=due_until, overdue_on=late, tekst=tekst)
        return _Source(ctx.uow.lobby, lobby, window)
    status, open_only = _status(query, Status)
    if query.soort == "moties":
        motie = MotieFilter(open_only=open_only, status=status, portefeuillehouder_id=holder, eigenaar_id=owner,
                            overdue_on=late, due_from=due_from, due_until=due_until, tekst=tekst,
                            commissie=commissie, vergaderdatum=day)
        return _Source(ctx.uow.moties, motie, window)
    toezegging = ToezeggingFilter(open_only=open_only, status=status, portefeuillehouder_id=holder, eigenaar_id=owner,
                                  overdue_on=late, due_from=due_from, due_until=due_until, tekst=tekst,
                                  commissie=commissie, vergaderdatum=day)
    return _Source(ctx.uow.toezeggingen, toezegging, window)


def status_choices(soort: str) -> tuple[str, ...]:
    """What the status filter offers: open (the default), everything, and each status of the kind."""
    statuses: Sequence[str] = [s.value for s in (LobbyStatus if soort == "lobby" else Status)]
    return (t.STATUS_OPEN, t.STATUS_ALLE, *statuses)


def _status(query: ListQuery, kind: Any) -> tuple[Any, bool]:
    """(one status or None, open only); one status reaches the closed ones too."""
    wanted = " ".join(query.status.lower().split())
    if wanted in ("", t.STATUS_OPEN):
        return None, True
    if wanted == t.STATUS_ALLE:
        return None, False
    try:
        return kind(wanted), False
    except ValueError:
        raise UserError(t.BAD_STATUS.format(tekst=query.status[:40], meer=t.PLURAL[query.soort],
                                            keuzes=", ".join(status_choices(query.soort)))) from None


def _person_id(ctx: Context, text: str) -> int | None:
    """A name as the chat reads it ('De Vries', 'anna.devries@…', 'ik'); unknown or ambiguous is a Dutch refusal."""
    if not text.strip():
        return None
    return find_person(ctx.uow, text, speaker=ctx.person).id


def _people(item: Any) -> tuple[int | None, int | None]:
    if isinstance(item, LobbyActie):
        return item.eigenaar_id, item.bestuurder_id
    return item.eigenaar_id, item.portefeuillehouder_id


def _row(ctx: Context, item: Any, names: dict[int, str]) -> Row:
    owner, holder = _people(item)

    def name(person_id: int | None) -> str:
        return names.get(person_id, t.NOBODY) if person_id is not None else t.NOBODY

    if isinstance(item, LobbyActie):
        return Row(item.nummer, f"{item.dossier}: {item.doel}", lobby_status(item, ctx), deadline_text(item.moment),
                   name(owner), name(holder), item.is_overdue(ctx.today), item.vertrouwelijk)
    titel = item.omschrijving if isinstance(item, Toezegging) else item.titel
    return Row(item.nummer, titel, status_text(item, ctx.today), deadline_text(item.deadline), name(owner), name(holder),
               item.is_overdue(ctx.today), item.vertrouwelijk)
