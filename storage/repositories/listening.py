"""Listening channels, the count of suggestions made (for the rate limit), and long verslagen kept for a week."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from handlers.listening.kanaal import BEWAAR_VERSLAG, BewaardVerslag, Luisterkanaal
from storage.models import BewaardVerslagRow, LuisterkanaalRow, LuistervoorstelRow
from storage.repositories.upsert import dialect_insert


class SqlListeningRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def kanaal(self, platform: str, kanaal: str) -> Luisterkanaal | None:
        row = self._session.get(LuisterkanaalRow, (platform, kanaal))
        if row is None:
            return None
        return Luisterkanaal(row.platform, row.kanaal, row.vertrouwelijk, row.aangezet_door_id, row.aangezet_op)

    def aan(self, kanaal: Luisterkanaal) -> None:
        row = self._session.get(LuisterkanaalRow, (kanaal.platform, kanaal.kanaal), with_for_update=True)
        if row is None:
            row = LuisterkanaalRow(platform=kanaal.platform, kanaal=kanaal.kanaal)
            self._session.add(row)
        row.vertrouwelijk = kanaal.vertrouwelijk
        row.aangezet_door_id = kanaal.aangezet_door_id
        row.aangezet_op = kanaal.aangezet_op
        self._session.flush()

    def uit(self, platform: str, kanaal: str) -> bool:
        result = self._session.execute(
            delete(LuisterkanaalRow).where(LuisterkanaalRow.platform == platform, LuisterkanaalRow.kanaal == kanaal)
        )
        return bool(getattr(result, "rowcount", 0))

    def voorstellen_sinds(self, platform: str, kanaal: str, gebruiker: str, sinds: dt.datetime) -> tuple[int, int]:
        """(suggestions in this channel, suggestions to this user there) since `sinds`."""
        recent = (LuistervoorstelRow.platform == platform, LuistervoorstelRow.kanaal == kanaal,
                  LuistervoorstelRow.op >= sinds)
        in_channel = self._session.scalar(select(func.count()).select_from(LuistervoorstelRow).where(*recent)) or 0
        to_user = self._session.scalar(
            select(func.count()).select_from(LuistervoorstelRow).where(*recent, LuistervoorstelRow.gebruiker == gebruiker)
        ) or 0
        return int(in_channel), int(to_user)

    def voorstel_gedaan(self, platform: str, kanaal: str, gebruiker: str, op: dt.datetime) -> None:
        self._session.add(LuistervoorstelRow(platform=platform, kanaal=kanaal, gebruiker=gebruiker, op=op))
        # The rate limit only looks back an hour; older rows have no use.
        self._session.execute(delete(LuistervoorstelRow).where(LuistervoorstelRow.op < op - dt.timedelta(days=1)))
        self._session.flush()

    def bewaar_verslag(self, persoon_id: int, tekst: str, op: dt.datetime) -> None:
        # Upsert: two verslagen from one person at once must not collide; the later one wins.
        statement = dialect_insert(self._session, BewaardVerslagRow).values(persoon_id=persoon_id, tekst=tekst, gelezen_op=op)
        self._session.execute(statement.on_conflict_do_update(
            index_elements=["persoon_id"], set_={"tekst": statement.excluded.tekst, "gelezen_op": statement.excluded.gelezen_op}))
        # Nobody reads on in a verslag after a week; keeping it longer would only keep its text.
        self._session.execute(delete(BewaardVerslagRow).where(BewaardVerslagRow.gelezen_op < op - BEWAAR_VERSLAG))
        self._session.flush()

    def vergeet_verslag(self, persoon_id: int) -> None:
        self._session.execute(delete(BewaardVerslagRow).where(BewaardVerslagRow.persoon_id == persoon_id))

    def bewaard_verslag(self, persoon_id: int, sinds: dt.datetime) -> BewaardVerslag | None:
        row = self._session.get(BewaardVerslagRow, persoon_id)
        if row is None or row.gelezen_op < sinds:
            return None
        return BewaardVerslag(row.tekst, row.gelezen_op)
