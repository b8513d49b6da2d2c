"""Each person's last list, for paging on with 'volgende', 'vorige' or 'pagina N'."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete
from sqlalchemy.orm import Session

from handlers.ports import LastList
from storage.models import LaatsteLijstRow
from storage.repositories.upsert import dialect_insert


class SqlLastListRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def remember(self, person_id: int, last: LastList, at: dt.datetime) -> None:
        # Upsert: two lists from one person at once must not collide; the later one wins.
        values = {"persoon_id": person_id, "opdracht": last.command, "pagina": last.page, "paginas": last.pages, "op": at}
        statement = dialect_insert(self._session, LaatsteLijstRow).values(**values)
        changed = {name: statement.excluded[name] for name in ("opdracht", "pagina", "paginas", "op")}
        self._session.execute(statement.on_conflict_do_update(index_elements=["persoon_id"], set_=changed))

    def forget(self, person_id: int) -> None:
        self._session.execute(delete(LaatsteLijstRow).where(LaatsteLijstRow.persoon_id == person_id))

    def last(self, person_id: int) -> LastList | None:
        row = self._session.get(LaatsteLijstRow, person_id)
        return LastList(row.opdracht, row.pagina, row.paginas) if row is not None else None
