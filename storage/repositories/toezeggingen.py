"""Toezeggingen: numbering per year, lookup by number, and the list queries."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from handlers.domain.followup import FollowUp
from handlers.domain.toezegging import OPEN_STATUSES, PREFIX, Status, Toezegging, format_nummer
from handlers.ports import HolderTally, MonthTally, ListPage, ToezeggingFilter, Window
from storage.models import ToezeggingRow
from handlers.domain.listdetails import nummer_sleutel
from handlers.domain.toezegging import parse_nummer
from storage.repositories.columns import deadline_of, list_details_of, store_deadline, store_list_details
from storage.repositories.locking import for_change
from storage.repositories.numbering import allocate
from handlers.domain.permissions import ReadScope
from storage.repositories.recent import recently_changed
from storage.repositories.tallies import holder_tallies, month_tallies
from storage.repositories.paging import followed_page, followed_stream, involving, matching, urgency

# Most urgent first: the longest overdue at the top, then by deadline; no deadline last.
_URGENCY = urgency(ToezeggingRow.deadline_due, ToezeggingRow.nummer)


_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))


def to_toezegging(row: ToezeggingRow) -> Toezegging:
    return Toezegging(
        id=row.id,
        nummer=row.nummer,
        omschrijving=row.omschrijving,
        deadline=deadline_of(row),
        created_at=row.created_at,
        created_by_id=row.created_by_id,
        portefeuillehouder_id=row.portefeuillehouder_id,
        eigenaar_id=row.eigenaar_id,
        status=Status(row.status),
        gremium=row.gremium,
        vergaderdatum=row.vergaderdatum,
        aan=row.aan,
        stand_van_zaken=row.stand_van_zaken,
        afdoening_referentie=row.afdoening_referentie,
        afdoening_datum=row.afdoening_datum,
        vertrouwelijk=row.vertrouwelijk,
        **list_details_of(row),
    )


def _copy_into(row: ToezeggingRow, t: Toezegging) -> None:
    row.omschrijving = t.omschrijving
    row.portefeuillehouder_id = t.portefeuillehouder_id
    row.eigenaar_id = t.eigenaar_id
    row.gremium = t.gremium
    row.vergaderdatum = t.vergaderdatum
    row.aan = t.aan
    store_deadline(row, t.deadline)
    row.status = t.status.value
    row.stand_van_zaken = t.stand_van_zaken
    row.afdoening_referentie = t.afdoening_referentie
    row.afdoening_datum = t.afdoening_datum
    row.vertrouwelijk = t.vertrouwelijk
    store_list_details(row, t)


class SqlToezeggingRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def next_nummer(self, jaar: int) -> str:
        return format_nummer(PREFIX, jaar, allocate(self._session, "toezegging", jaar))

    def add(self, toezegging: Toezegging) -> Toezegging:
        # A list's own number ('22', 'ID 59') bypasses the allocator: it has no jaar/volgnummer of ours.
        ours = parse_nummer(toezegging.nummer) == toezegging.nummer
        _prefix, jaar, volg = toezegging.nummer.split("-") if ours else ("", None, None)
        row = ToezeggingRow(
            nummer=toezegging.nummer,
            sleutel=nummer_sleutel(toezegging.nummer),
            jaar=int(jaar) if jaar else None,
            volgnummer=int(volg) if volg else None,
            created_by_id=toezegging.created_by_id,
            created_at=toezegging.created_at,
        )
        _copy_into(row, toezegging)
        self._session.add(row)
        self._session.flush()
        toezegging.id = row.id
        return toezegging

    def get(self, nummer: str) -> Toezegging | None:
        row = self._row(nummer)
        return to_toezegging(row) if row else None

    def save(self, toezegging: Toezegging) -> None:
        row = self._row(toezegging.nummer)
        if row is None:
            raise LookupError(toezegging.nummer)
        _copy_into(row, toezegging)
        self._session.flush()

    def find(self, criteria: ToezeggingFilter) -> list[Toezegging]:
        query = _filtered(select(ToezeggingRow), criteria).order_by(*_URGENCY)
        return [to_toezegging(row) for row in self._session.scalars(query)]

    def page(self, criteria: ToezeggingFilter, window: Window) -> ListPage[Toezegging]:
        return followed_page(self._session, ToezeggingRow, _filtered, criteria, _OPEN, window, to_toezegging)

    def holder_tallies(self, scope: ReadScope, today: dt.date, year: int) -> list[HolderTally]:
        done = _filtered(select(ToezeggingRow), ToezeggingFilter(open_only=False, status=Status.AFGEDAAN))
        return holder_tallies(self._session, ToezeggingRow, _filtered(select(ToezeggingRow), ToezeggingFilter()), done, scope, today, year)

    def month_tallies(self, scope: ReadScope, first: dt.date, until: dt.date) -> list[MonthTally]:
        return month_tallies(self._session, ToezeggingRow, _filtered(select(ToezeggingRow), ToezeggingFilter()), scope, first, until)

    def recently_changed(self, entity: str, scope: ReadScope, since: dt.datetime,
                         limit: int) -> list[tuple[Toezegging, dt.datetime]]:
        return recently_changed(self._session, ToezeggingRow, entity, scope, since, limit, to_toezegging)

    def stream(self, criteria: ToezeggingFilter, window: Window) -> Iterator[Toezegging]:
        return followed_stream(self._session, ToezeggingRow, _filtered, criteria, _OPEN, window, to_toezegging)

    def open_followups(self, due_until: dt.date | None = None) -> list[FollowUp]:
        return [t.as_followup() for t in self.find(ToezeggingFilter(due_until=due_until))]

    def by_vingerafdruk(self, vingerafdruk: str) -> Toezegging | None:
        row = self._session.scalars(
            select(ToezeggingRow).where(ToezeggingRow.vingerafdruk == vingerafdruk).order_by(ToezeggingRow.id)
        ).first()
        return to_toezegging(row) if row else None

    def _row(self, nummer: str) -> ToezeggingRow | None:
        return self._session.scalar(for_change(select(ToezeggingRow).where(ToezeggingRow.sleutel == nummer_sleutel(nummer))))


def _filtered(query: Select[tuple[ToezeggingRow]], c: ToezeggingFilter) -> Select[tuple[ToezeggingRow]]:
    if c.open_only:
        query = query.where(ToezeggingRow.status.in_([s.value for s in OPEN_STATUSES]))
    if c.zonder_eigenaar:
        query = query.where(ToezeggingRow.eigenaar_id.is_(None))
    if c.eigenaar_id is not None:
        query = query.where(ToezeggingRow.eigenaar_id == c.eigenaar_id)
    if c.portefeuillehouder_id is not None:
        query = query.where(ToezeggingRow.portefeuillehouder_id == c.portefeuillehouder_id)
    if c.betrokkene_id is not None:
        query = query.where(or_(*involving(c.betrokkene_id, ToezeggingRow.eigenaar_id, ToezeggingRow.portefeuillehouder_id)))
    if c.onvolledig:
        query = query.where(or_(ToezeggingRow.portefeuillehouder_id.is_(None), ToezeggingRow.eigenaar_id.is_(None)))
    if c.overdue_on is not None:
        query = query.where(ToezeggingRow.deadline_due < c.overdue_on)
    if c.due_until is not None:
        query = query.where(ToezeggingRow.deadline_due <= c.due_until)
    if c.due_from is not None:
        query = query.where(ToezeggingRow.deadline_due >= c.due_from)
    if c.status is not None:
        query = query.where(ToezeggingRow.status == c.status.value)
    if c.tekst.strip():
        r = ToezeggingRow
        query = query.where(matching(c.tekst, r.nummer, r.omschrijving, r.tekst, r.stand_van_zaken))
    if c.commissie.strip():
        query = query.where(matching(c.commissie, ToezeggingRow.gremium))
    if c.vergaderdatum is not None:
        query = query.where(ToezeggingRow.vergaderdatum == c.vergaderdatum)
    return query
