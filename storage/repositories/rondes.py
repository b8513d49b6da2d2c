"""Stand-van-zakenrondes in the database; a change reads its row under a lock (storage/repositories/locking.py)."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from handlers.domain.followed import Followed
from handlers.domain.ronde import Akkoord, Antwoord, Besluit, Ronde, RondeItem, RondeStatus
from storage.models import MotieRow, RondeItemRow, RondeRow, ToezeggingRow
from storage.repositories.locking import for_change
from storage.repositories.moties import to_motie
from storage.repositories.toezeggingen import to_toezegging

CHUNK = 500


def _ronde(row: RondeRow) -> Ronde:
    return Ronde(row.id, row.doel, row.scope, row.sluit_op, row.gestart_op, row.gestart_door_id,
                 RondeStatus(row.status), row.extra_herinneringen)


def _actief(ronde: Ronde) -> bool | None:
    return None if ronde.status is RondeStatus.VASTGESTELD else True


def _item(row: RondeItemRow) -> RondeItem:
    return RondeItem(
        row.ronde_id, row.kind, row.nummer, row.eigenaar_id, row.portefeuillehouder_id,
        Antwoord(row.antwoord) if row.antwoord else None, row.beantwoord_op, row.beantwoord_door_id,
        Akkoord(row.akkoord) if row.akkoord else None, row.akkoord_reden,
        Besluit(row.besluit) if row.besluit else None, row.besluit_reden,
    )


def _item_values(item: RondeItem) -> dict[str, object]:
    return {
        "kind": item.kind, "eigenaar_id": item.eigenaar_id, "portefeuillehouder_id": item.portefeuillehouder_id,
        "antwoord": item.antwoord.value if item.antwoord else "", "beantwoord_op": item.beantwoord_op,
        "beantwoord_door_id": item.beantwoord_door_id, "akkoord": item.akkoord.value if item.akkoord else "",
        "akkoord_reden": item.akkoord_reden, "besluit": item.besluit.value if item.besluit else "",
        "besluit_reden": item.besluit_reden,
    }


class SqlRondeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def current(self) -> Ronde | None:
        # Not locked: every answer reads the round, and answers must not queue behind each other.
        query = select(RondeRow).where(RondeRow.status != "vastgesteld").order_by(RondeRow.id.desc()).limit(1)
        row = self._session.scalars(query).first()
        return _ronde(row) if row else None

    def lock(self, ronde_id: int) -> Ronde | None:
        row = self._session.scalars(for_change(select(RondeRow).where(RondeRow.id == ronde_id))).first()
        return _ronde(row) if row else None

    def get(self, ronde_id: int) -> Ronde | None:
        row = self._session.get(RondeRow, ronde_id)
        return _ronde(row) if row else None

    def add(self, ronde: Ronde, items: Sequence[RondeItem]) -> Ronde:
        row = RondeRow(doel=ronde.doel, scope=ronde.scope, sluit_op=ronde.sluit_op, gestart_op=ronde.gestart_op,
                       gestart_door_id=ronde.gestart_door_id, status=ronde.status.value,
                       extra_herinneringen=ronde.extra_herinneringen, actief=_actief(ronde))
        self._session.add(row)
        self._session.flush()
        ronde.id = row.id
        for item in items:
            item.ronde_id = row.id
        self.add_items(items)
        return ronde

    def save(self, ronde: Ronde) -> None:
        row = self._session.scalars(for_change(select(RondeRow).where(RondeRow.id == ronde.id))).one()
        row.doel, row.scope, row.sluit_op = ronde.doel, ronde.scope, ronde.sluit_op
        row.status, row.extra_herinneringen = ronde.status.value, ronde.extra_herinneringen
        row.actief = _actief(ronde)
        self._session.flush()

    def all(self) -> list[Ronde]:
        """Every round, the newest first: a few a year, so no paging."""
        return [_ronde(row) for row in self._session.scalars(select(RondeRow).order_by(RondeRow.id.desc()))]

    def lopend(self) -> list[Ronde]:
        rows = self._session.scalars(select(RondeRow).where(RondeRow.status == "lopend").order_by(RondeRow.id))
        return [_ronde(row) for row in rows]

    def items(self, ronde_id: int) -> list[RondeItem]:
        query = select(RondeItemRow).where(RondeItemRow.ronde_id == ronde_id).order_by(RondeItemRow.nummer)
        return [_item(row) for row in self._session.scalars(query)]

    def item(self, ronde_id: int, nummer: str) -> RondeItem | None:
        query = select(RondeItemRow).where(RondeItemRow.ronde_id == ronde_id, RondeItemRow.nummer == nummer)
        row = self._session.scalars(for_change(query)).first()
        return _item(row) if row else None

    def add_items(self, items: Sequence[RondeItem]) -> None:
        if items:
            self._session.add_all(
                RondeItemRow(ronde_id=item.ronde_id, nummer=item.nummer, **_item_values(item)) for item in items)
            self._session.flush()

    def save_item(self, item: RondeItem) -> None:
        row = self._session.get(RondeItemRow, (item.ronde_id, item.nummer))
        if row is None:
            raise LookupError(item.nummer)
        for name, value in _item_values(item).items():
            setattr(row, name, value)
        self._session.flush()

    def remove_item(self, ronde_id: int, nummer: str) -> bool:
        result = self._session.execute(
            delete(RondeItemRow).where(RondeItemRow.ronde_id == ronde_id, RondeItemRow.nummer == nummer))
        return bool(getattr(result, "rowcount", 0))

    def followed(self, nummers: Sequence[str]) -> dict[str, Followed]:
        """The toezeggingen and moties with these numbers, in a few queries rather than one per item."""
        wanted = sorted(set(nummers))
        found: dict[str, Followed] = {}
        for start in range(0, len(wanted), CHUNK):
            chunk = wanted[start:start + CHUNK]
            found.update((r.nummer, to_toezegging(r)) for r in self._session.scalars(
                select(ToezeggingRow).where(ToezeggingRow.nummer.in_(chunk))))
            found.update((r.nummer, to_motie(r)) for r in self._session.scalars(
                select(MotieRow).where(MotieRow.nummer.in_(chunk))))
        return found
