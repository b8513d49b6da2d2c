"""Meetings, agenda points, outcomes and the announcement log."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from typing import Any

from sqlalchemy import CursorResult, and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from handlers.domain.agenda import GEPLAND, INGETROKKEN, AgendaPunt, Fase, Soort, Uitkomst, UitkomstSoort, Vergadering, punt_nummer
from storage.models import AankondigingRow, AgendaPuntRow, UitkomstRow, VergaderingRow
from storage.repositories.locking import for_change
from storage.repositories.numbering import allocate
from storage.repositories.upsert import insert_new


def to_vergadering(row: VergaderingRow) -> Vergadering:
    return Vergadering(
        id=row.id, soort=Soort(row.soort), naam=row.naam, datum=row.datum, tijd=row.tijd, sleutel=row.sleutel,
        stukken_deadline=row.stukken_deadline, portefeuillehouder_id=row.portefeuillehouder_id,
        oorspronkelijke_datum=row.oorspronkelijke_datum, bron=row.bron,
    )


def to_punt(row: AgendaPuntRow) -> AgendaPunt:
    return AgendaPunt(
        id=row.id, nummer=row.nummer, vergadering_id=row.vergadering_id, onderwerp=row.onderwerp,
        fase=Fase(row.fase), created_at=row.created_at, stukken_deadline=row.stukken_deadline,
        created_by_id=row.created_by_id, portefeuillehouder_id=row.portefeuillehouder_id,
        opdrachtnemer_id=row.opdrachtnemer_id, inbrenger_id=row.inbrenger_id, documenten=row.documenten,
        vertrouwelijk=row.vertrouwelijk, ingetrokken=row.status == INGETROKKEN,
    )


def _copy_vergadering(row: VergaderingRow, v: Vergadering) -> None:
    row.soort, row.naam, row.datum, row.tijd = v.soort.value, v.naam, v.datum, v.tijd
    row.stukken_deadline, row.oorspronkelijke_datum = v.stukken_deadline, v.oorspronkelijke_datum
    row.portefeuillehouder_id, row.bron = v.portefeuillehouder_id, v.bron


def _copy_punt(row: AgendaPuntRow, p: AgendaPunt) -> None:
    row.vergadering_id, row.onderwerp, row.fase = p.vergadering_id, p.onderwerp, p.fase.value
    row.portefeuillehouder_id, row.opdrachtnemer_id, row.inbrenger_id = (
        p.portefeuillehouder_id, p.opdrachtnemer_id, p.inbrenger_id,
    )
    row.stukken_deadline, row.documenten, row.vertrouwelijk = p.stukken_deadline, p.documenten, p.vertrouwelijk
    row.status = INGETROKKEN if p.ingetrokken else GEPLAND


class SqlAgendaRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def ensure(self, vergadering: Vergadering, *, update: bool = False) -> Vergadering:
        row = self._by_sleutel(vergadering.sleutel)
        if row is None:
            row = VergaderingRow(sleutel=vergadering.sleutel)
            _copy_vergadering(row, vergadering)
            try:
                # Two requests may plan the same week at once: the unique sleutel decides, the loser reads.
                with self._session.begin_nested():
                    self._session.add(row)
            except IntegrityError:
                found = self._by_sleutel(vergadering.sleutel)
                assert found is not None
                row = found
        elif update:
            _copy_vergadering(row, vergadering)
        self._session.flush()
        return to_vergadering(row)

    def _by_sleutel(self, sleutel: str) -> VergaderingRow | None:
        return self._session.scalar(select(VergaderingRow).where(VergaderingRow.sleutel == sleutel))

    def vergadering(self, vergadering_id: int) -> Vergadering | None:
        row = self._session.get(VergaderingRow, vergadering_id)
        return to_vergadering(row) if row else None

    def vergaderingen(self, van: dt.date, tot: dt.date, soort: Soort | None = None) -> list[Vergadering]:
        query = select(VergaderingRow).where(VergaderingRow.datum >= van, VergaderingRow.datum <= tot)
        if soort is not None:
            query = query.where(VergaderingRow.soort == soort.value)
        query = query.order_by(VergaderingRow.datum, VergaderingRow.tijd, VergaderingRow.naam)
        return [to_vergadering(row) for row in self._session.scalars(query)]

    def next_punt_nummer(self, jaar: int) -> str:
        return punt_nummer(jaar, allocate(self._session, "agendapunt", jaar))

    def add_punt(self, punt: AgendaPunt) -> AgendaPunt:
        _prefix, jaar, volg = punt.nummer.split("-")
        row = AgendaPuntRow(
            nummer=punt.nummer, jaar=int(jaar), volgnummer=int(volg),
            created_by_id=punt.created_by_id, created_at=punt.created_at,
        )
        _copy_punt(row, punt)
        self._session.add(row)
        self._session.flush()
        punt.id = row.id
        return punt

    def punt(self, nummer: str) -> AgendaPunt | None:
        row = self._punt_row(nummer)
        return to_punt(row) if row else None

    def save_punt(self, punt: AgendaPunt) -> None:
        row = self._punt_row(punt.nummer)
        if row is None:
            raise LookupError(punt.nummer)
        _copy_punt(row, punt)
        self._session.flush()

    def punten(self, vergadering_ids: Sequence[int]) -> list[AgendaPunt]:
        if not vergadering_ids:
            return []
        # A withdrawn point is off the agenda: not shown, not announced (it stays findable by its number).
        query = select(AgendaPuntRow).where(
            AgendaPuntRow.vergadering_id.in_(list(vergadering_ids)), AgendaPuntRow.status != INGETROKKEN
        )
        return [to_punt(row) for row in self._session.scalars(query.order_by(AgendaPuntRow.id))]

    def add_uitkomst(self, uitkomst: Uitkomst) -> Uitkomst:
        row = UitkomstRow(
            vergadering_id=uitkomst.vergadering_id, soort=uitkomst.soort.value, tekst=uitkomst.tekst,
            referentie=uitkomst.referentie, eigenaar_id=uitkomst.eigenaar_id, vertrouwelijk=uitkomst.vertrouwelijk,
            created_by_id=uitkomst.created_by_id, created_at=uitkomst.created_at,
        )
        self._session.add(row)
        self._session.flush()
        return _to_uitkomst(row)

    def uitkomsten(self, vergadering_id: int) -> list[Uitkomst]:
        query = select(UitkomstRow).where(UitkomstRow.vergadering_id == vergadering_id).order_by(UitkomstRow.id)
        return [_to_uitkomst(row) for row in self._session.scalars(query)]

    def claim_announcement(self, key: str, at: dt.datetime, lease_until: dt.datetime) -> bool:
        values = {"key": key, "at": at, "lease_until": lease_until, "sent_at": None}
        if insert_new(self._session, AankondigingRow, values, ["key"]):
            return True
        # Taking over a dead sender's claim is one conditional UPDATE: of two sweeps, one wins the row.
        result: CursorResult[Any] = self._session.execute(  # type: ignore[assignment]
            update(AankondigingRow)
            .where(AankondigingRow.key == key, _unsent, AankondigingRow.lease_until <= at)
            .values(at=at, lease_until=lease_until)
        )
        return bool(result.rowcount)

    def announcement_sent(self, key: str, at: dt.datetime) -> None:
        self._session.execute(update(AankondigingRow).where(AankondigingRow.key == key).values(sent_at=at))

    def release_announcement(self, key: str) -> None:
        self._session.execute(delete(AankondigingRow).where(AankondigingRow.key == key, _unsent))

    def announcement_times(self, keys: Sequence[str], now: dt.datetime | None = None) -> dict[str, dt.datetime]:
        if not keys:
            return {}
        query = select(AankondigingRow).where(AankondigingRow.key.in_(list(keys)))
        if now is not None:
            query = query.where(or_(~_unsent, AankondigingRow.lease_until > now))
        return {row.key: row.at for row in self._session.scalars(query)}

    def _punt_row(self, nummer: str) -> AgendaPuntRow | None:
        return self._session.scalar(for_change(select(AgendaPuntRow).where(AgendaPuntRow.nummer == nummer)))


# Rows from before leases have neither a lease nor a sent time: they went out.
_unsent = and_(AankondigingRow.sent_at.is_(None), AankondigingRow.lease_until.is_not(None))


def _to_uitkomst(row: UitkomstRow) -> Uitkomst:
    return Uitkomst(
        id=row.id, vergadering_id=row.vergadering_id, soort=UitkomstSoort(row.soort), tekst=row.tekst,
        created_at=row.created_at, created_by_id=row.created_by_id, referentie=row.referentie,
        eigenaar_id=row.eigenaar_id, vertrouwelijk=row.vertrouwelijk,
    )
