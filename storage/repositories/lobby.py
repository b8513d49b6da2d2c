"""Lobby actions: numbering per year, lookup, the list queries and the contact log."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from handlers.domain.followup import FollowUp
from handlers.domain.lobby import OPEN_STATUSES, LobbyActie, LobbyContact, LobbyStatus, lobby_nummer
from handlers.ports import ListPage, LobbyFilter, Window
from storage.models import LobbyActieRow, LobbyContactRow
from storage.repositories.columns import deadline_from
from storage.repositories.locking import for_change
from storage.repositories.numbering import allocate
from storage.repositories.paging import (
    PageStatements, matching, overdue, page_statements, run_page, stream_rows, urgency, visible,
)

# Nearest moment first (a passed one at the top); no moment last.
_URGENCY = urgency(LobbyActieRow.moment_due, LobbyActieRow.nummer)


def to_actie(row: LobbyActieRow) -> LobbyActie:
    return LobbyActie(
        id=row.id, nummer=row.nummer, dossier=row.dossier, doel=row.doel, target=row.target,
        moment=deadline_from(row.moment_tekst, row.moment_kind, row.moment_due, row.moment_precision),
        created_at=row.created_at, created_by_id=row.created_by_id, eigenaar_id=row.eigenaar_id,
        bestuurder_id=row.bestuurder_id, partners=row.partners, status=LobbyStatus(row.status),
        stand=row.stand, opbrengst=row.opbrengst, vertrouwelijk=row.vertrouwelijk,
    )


def _copy_into(row: LobbyActieRow, a: LobbyActie) -> None:
    row.dossier, row.doel, row.target = a.dossier, a.doel, a.target
    row.moment_tekst, row.moment_kind, row.moment_due = a.moment.text, a.moment.kind.value, a.moment.due
    row.moment_precision = a.moment.precision.value if a.moment.precision else None
    row.eigenaar_id, row.bestuurder_id, row.partners = a.eigenaar_id, a.bestuurder_id, a.partners
    row.status, row.stand, row.opbrengst, row.vertrouwelijk = a.status.value, a.stand, a.opbrengst, a.vertrouwelijk


class SqlLobbyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def next_nummer(self, jaar: int) -> str:
        return lobby_nummer(jaar, allocate(self._session, "lobby", jaar))

    def add(self, actie: LobbyActie) -> LobbyActie:
        _prefix, jaar, volg = actie.nummer.split("-")
        row = LobbyActieRow(
            nummer=actie.nummer, jaar=int(jaar), volgnummer=int(volg),
            created_by_id=actie.created_by_id, created_at=actie.created_at,
        )
        _copy_into(row, actie)
        self._session.add(row)
        self._session.flush()
        actie.id = row.id
        return actie

    def get(self, nummer: str) -> LobbyActie | None:
        row = self._row(nummer)
        return to_actie(row) if row else None

    def save(self, actie: LobbyActie) -> None:
        row = self._row(actie.nummer)
        if row is None:
            raise LookupError(actie.nummer)
        _copy_into(row, actie)
        self._session.flush()

    def find(self, criteria: LobbyFilter) -> list[LobbyActie]:
        query = _filtered(select(LobbyActieRow), criteria).order_by(*_URGENCY)
        return [to_actie(row) for row in self._session.scalars(query)]

    def page(self, criteria: LobbyFilter, window: Window) -> ListPage[LobbyActie]:
        return run_page(self._session, _statements(criteria, window), window, to_actie)

    def stream(self, criteria: LobbyFilter, window: Window) -> Iterator[LobbyActie]:
        return stream_rows(self._session, _statements(criteria, window).rows, to_actie)

    def add_contact(self, nummer: str, contact: LobbyContact) -> None:
        row = self._row(nummer)
        if row is None:
            raise LookupError(nummer)
        self._session.add(LobbyContactRow(actie_id=row.id, at=contact.at, door=contact.door, verslag=contact.verslag))
        self._session.flush()

    def contacts(self, nummer: str) -> list[LobbyContact]:
        query = (
            select(LobbyContactRow).join(LobbyActieRow, LobbyActieRow.id == LobbyContactRow.actie_id)
            .where(LobbyActieRow.nummer == nummer).order_by(LobbyContactRow.at, LobbyContactRow.id)
        )
        return [LobbyContact(r.at, r.door, r.verslag) for r in self._session.scalars(query)]

    def open_followups(self, due_until: dt.date | None = None) -> list[FollowUp]:
        return [a.as_followup() for a in self.find(LobbyFilter(moment_until=due_until))]

    def _row(self, nummer: str) -> LobbyActieRow | None:
        return self._session.scalar(for_change(select(LobbyActieRow).where(LobbyActieRow.nummer == nummer)))


def _filtered(query: Select[tuple[LobbyActieRow]], c: LobbyFilter) -> Select[tuple[LobbyActieRow]]:
    if c.open_only:
        query = query.where(LobbyActieRow.status.in_([s.value for s in OPEN_STATUSES]))
    if c.dossier:
        query = query.where(func.lower(LobbyActieRow.dossier).contains(c.dossier.lower(), autoescape=True))
    if c.zonder_eigenaar:
        query = query.where(LobbyActieRow.eigenaar_id.is_(None))
    if c.bestuurder_id is not None:
        query = query.where(LobbyActieRow.bestuurder_id == c.bestuurder_id)
    if c.moment_from is not None:
        query = query.where(LobbyActieRow.moment_due >= c.moment_from)
    if c.moment_until is not None:
        query = query.where(LobbyActieRow.moment_due <= c.moment_until)
    if c.eigenaar_id is not None:
        query = query.where(LobbyActieRow.eigenaar_id == c.eigenaar_id)
    if c.status is not None:
        query = query.where(LobbyActieRow.status == c.status.value)
    if c.overdue_on is not None:
        query = query.where(LobbyActieRow.moment_due < c.overdue_on)
    if c.tekst.strip():
        r = LobbyActieRow
        query = query.where(matching(c.tekst, r.nummer, r.dossier, r.doel, r.target, r.stand))
    return query


def _statements(criteria: LobbyFilter, window: Window) -> PageStatements:
    """A page of lobby actions: the reader's rule (bestuurder in the portefeuillehouder's place), late by moment."""
    r = LobbyActieRow
    shown = visible(window.scope, r.vertrouwelijk, (r.eigenaar_id, r.bestuurder_id, r.created_by_id))
    late = overdue(r.status.in_([s.value for s in OPEN_STATUSES]), r.moment_due, window.today, criteria.open_only)
    return page_statements(_filtered(select(r), criteria), shown, late, lambda a: (a.moment_due, a.nummer), window)
