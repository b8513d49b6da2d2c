"""Moties: lookup by the council's number, the lists concernadviseurs keep, the digest subscribers."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from handlers.domain.audit import AuditEntry
from handlers.domain.followed import OPEN_STATUSES, Status
from handlers.domain.followup import FollowUp
from handlers.domain.motie import FOLLOWED_UITSLAGEN, Motie, Uitslag
from handlers.ports import HolderTally, MonthTally, ListPage, MotieFilter, Window
from storage.models import AuditRow, MotieAbonnementRow, MotieRow
from storage.repositories.audit import to_entry
from handlers.domain.listdetails import nummer_sleutel
from storage.repositories.columns import deadline_of, list_details_of, store_deadline, store_list_details
from storage.repositories.locking import for_change
from storage.repositories.upsert import insert_new
from handlers.domain.permissions import ReadScope
from storage.repositories.recent import recently_changed
from storage.repositories.tallies import holder_tallies, month_tallies
from storage.repositories.paging import followed_page, followed_stream, involving, matching, urgency

# Most urgent first: the longest overdue at the top, then by deadline; no deadline last.
_URGENCY = urgency(MotieRow.deadline_due, MotieRow.nummer)

ENTITY = "motie"


_OPEN = tuple(sorted(s.value for s in OPEN_STATUSES))


def to_motie(row: MotieRow) -> Motie:
    return Motie(
        id=row.id, nummer=row.nummer, titel=row.titel, created_at=row.created_at, dictum=row.dictum,
        datum=row.datum, vergadering=row.vergadering, indieners=row.indieners, fracties=row.fracties,
        uitslag=Uitslag(row.uitslag), deadline=deadline_of(row), created_by_id=row.created_by_id,
        portefeuillehouder_id=row.portefeuillehouder_id, eigenaar_id=row.eigenaar_id, status=Status(row.status),
        stand_van_zaken=row.stand_van_zaken, afdoening_referentie=row.afdoening_referentie,
        afdoening_datum=row.afdoening_datum, vertrouwelijk=row.vertrouwelijk, toezegging_nummer=row.toezegging_nummer,
        **list_details_of(row),
    )


def _copy_into(row: MotieRow, m: Motie) -> None:
    for name in (
        "titel", "dictum", "datum", "vergadering", "indieners", "fracties", "portefeuillehouder_id", "eigenaar_id",
        "stand_van_zaken", "afdoening_referentie", "afdoening_datum", "vertrouwelijk", "toezegging_nummer",
    ):
        setattr(row, name, getattr(m, name))
    row.uitslag = m.uitslag.value
    row.status = m.status.value
    store_deadline(row, m.deadline)
    store_list_details(row, m)


class SqlMotieRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, motie: Motie) -> Motie:
        row = MotieRow(nummer=motie.nummer, sleutel=nummer_sleutel(motie.nummer), created_by_id=motie.created_by_id, created_at=motie.created_at)
        _copy_into(row, motie)
        self._session.add(row)
        self._session.flush()
        motie.id = row.id
        return motie

    def get(self, nummer: str) -> Motie | None:
        row = self._row(nummer)
        return to_motie(row) if row else None

    def save(self, motie: Motie) -> None:
        row = self._row(motie.nummer)
        if row is None:
            raise LookupError(motie.nummer)
        _copy_into(row, motie)
        self._session.flush()

    def for_toezegging(self, toezegging_nummer: str) -> Motie | None:
        row = self._session.scalar(select(MotieRow).where(MotieRow.toezegging_nummer == toezegging_nummer))
        return to_motie(row) if row else None

    def find(self, criteria: MotieFilter) -> list[Motie]:
        query = _filtered(select(MotieRow), criteria).order_by(*_URGENCY)
        return [to_motie(row) for row in self._session.scalars(query)]

    def page(self, criteria: MotieFilter, window: Window) -> ListPage[Motie]:
        return followed_page(self._session, MotieRow, _filtered, criteria, _OPEN, window, to_motie)

    def holder_tallies(self, scope: ReadScope, today: dt.date, year: int) -> list[HolderTally]:
        done = _filtered(select(MotieRow), MotieFilter(open_only=False, status=Status.AFGEDAAN))
        return holder_tallies(self._session, MotieRow, _filtered(select(MotieRow), MotieFilter()), done, scope, today, year)

    def month_tallies(self, scope: ReadScope, first: dt.date, until: dt.date) -> list[MonthTally]:
        return month_tallies(self._session, MotieRow, _filtered(select(MotieRow), MotieFilter()), scope, first, until)

    def recently_changed(self, entity: str, scope: ReadScope, since: dt.datetime,
                         limit: int) -> list[tuple[Motie, dt.datetime]]:
        return recently_changed(self._session, MotieRow, entity, scope, since, limit, to_motie)

    def stream(self, criteria: MotieFilter, window: Window) -> Iterator[Motie]:
        return followed_stream(self._session, MotieRow, _filtered, criteria, _OPEN, window, to_motie)

    def open_followups(self, due_until: dt.date | None = None) -> list[FollowUp]:
        return [m.as_followup() for m in self.find(MotieFilter(due_until=due_until))]

    def changes_since(self, since: dt.datetime) -> list[AuditEntry]:
        query = select(AuditRow).where(AuditRow.entity == ENTITY, AuditRow.at >= since).order_by(AuditRow.id)
        return [to_entry(row) for row in self._session.scalars(query)]

    def subscribe(self, person_id: int, at: dt.datetime) -> bool:
        """False when the person was already subscribed (also when a second 'abonneer' came in at once)."""
        return insert_new(self._session, MotieAbonnementRow, {"persoon_id": person_id, "since": at}, ["persoon_id"])

    def unsubscribe(self, person_id: int) -> bool:
        row = self._session.get(MotieAbonnementRow, person_id)
        if row is None:
            return False
        self._session.delete(row)
        self._session.flush()
        return True

    def subscribers(self) -> list[int]:
        return list(self._session.scalars(select(MotieAbonnementRow.persoon_id).order_by(MotieAbonnementRow.persoon_id)))

    def by_vingerafdruk(self, vingerafdruk: str) -> Motie | None:
        row = self._session.scalars(
            select(MotieRow).where(MotieRow.vingerafdruk == vingerafdruk).order_by(MotieRow.id)
        ).first()
        return to_motie(row) if row else None

    def _row(self, nummer: str) -> MotieRow | None:
        return self._session.scalar(for_change(select(MotieRow).where(MotieRow.sleutel == nummer_sleutel(nummer))))


def _filtered(query: Select[tuple[MotieRow]], c: MotieFilter) -> Select[tuple[MotieRow]]:
    if c.open_only:
        query = query.where(
            MotieRow.status.in_([s.value for s in OPEN_STATUSES]),
            MotieRow.uitslag.in_([u.value for u in FOLLOWED_UITSLAGEN]),
            # Taken over as a toezegging: the toezegging is followed, never both.
            MotieRow.toezegging_nummer.is_(None),
        )
    if c.status is not None:
        query = query.where(MotieRow.status == c.status.value)
    if c.zonder_eigenaar:
        query = query.where(MotieRow.eigenaar_id.is_(None))
    if c.portefeuillehouder_id is not None:
        query = query.where(MotieRow.portefeuillehouder_id == c.portefeuillehouder_id)
    if c.betrokkene_id is not None:
        query = query.where(or_(*involving(c.betrokkene_id, MotieRow.eigenaar_id, MotieRow.portefeuillehouder_id)))
    if c.overdue_on is not None:
        query = query.where(MotieRow.deadline_due < c.overdue_on)
    if c.due_until is not None:
        query = query.where(MotieRow.deadline_due <= c.due_until)
    if c.due_from is not None:
        query = query.where(MotieRow.deadline_due >= c.due_from)
    if c.eigenaar_id is not None:
        query = query.where(MotieRow.eigenaar_id == c.eigenaar_id)
    if c.tekst.strip():
        query = query.where(matching(c.tekst, MotieRow.nummer, MotieRow.titel, MotieRow.dictum, MotieRow.stand_van_zaken))
    if c.commissie.strip():
        query = query.where(matching(c.commissie, MotieRow.vergadering))
    if c.vergaderdatum is not None:
        query = query.where(MotieRow.datum == c.vergaderdatum)
    return query
