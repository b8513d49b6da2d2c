"""People and their roles."""
from __future__ import annotations

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from handlers.domain.people import Person, Rol
from storage.models import PersonRoleRow, PersonRow


def to_person(row: PersonRow) -> Person:
    return Person(
        id=row.id,
        name=row.naam,
        email=row.email,
        function=row.functie,
        roles=frozenset(Rol(r.rol) for r in row.rollen),
        slack_user_id=row.slack_user_id,
        teams_aad_id=row.teams_aad_id,
        opdrachtgever_id=row.opdrachtgever_id,
    )


class SqlPeopleRepository:
    def __init__(self, session: Session) -> None:
        self._session = session
        # The session's identity map holds rows weakly; a list of 1,000 items names the same few people,
        # so keep the rows looked up by id for this unit of work instead of querying them each time.
        self._by_id: dict[int, PersonRow] = {}

    def add(self, person: Person) -> Person:
        row = PersonRow(
            naam=person.name,
            email=person.email.lower(),
            functie=person.function,
            slack_user_id=person.slack_user_id,
            teams_aad_id=person.teams_aad_id,
            opdrachtgever_id=person.opdrachtgever_id,
            rollen=[PersonRoleRow(rol=role.value) for role in sorted(person.roles)],
        )
        self._session.add(row)
        self._session.flush()
        return to_person(row)

    def get(self, person_id: int) -> Person | None:
        row = self._by_id.get(person_id) or self._session.get(PersonRow, person_id)
        if row is None:
            return None
        self._by_id[person_id] = row
        return to_person(row)

    def by_email(self, email: str) -> Person | None:
        row = self._session.scalar(select(PersonRow).where(PersonRow.email == email.strip().lower()))
        return to_person(row) if row else None

    def by_platform_id(self, platform: str, user_id: str) -> Person | None:
        column = PersonRow.slack_user_id if platform == "slack" else PersonRow.teams_aad_id
        row = self._session.scalar(select(PersonRow).where(column == user_id))
        return to_person(row) if row else None

    def link_platform(self, person_id: int, platform: str, user_id: str) -> None:
        """Idempotent: two first messages of one person at once both write the same value; the second waits."""
        column = PersonRow.slack_user_id if platform == "slack" else PersonRow.teams_aad_id
        self._session.execute(
            update(PersonRow).where(PersonRow.id == person_id, or_(column.is_(None), column != user_id))
            .values({column: user_id}).execution_options(synchronize_session="fetch")
        )

    def ambtelijk_opdrachtgever(self, person_id: int) -> Person | None:
        row = self._session.get(PersonRow, person_id)
        if row is None or row.opdrachtgever_id is None:
            return None
        return self.get(row.opdrachtgever_id)

    def set_opdrachtgever(self, person_id: int, opdrachtgever_id: int | None) -> None:
        self._session.get_one(PersonRow, person_id).opdrachtgever_id = opdrachtgever_id
        self._session.flush()

    def all(self) -> list[Person]:
        return [to_person(r) for r in self._session.scalars(select(PersonRow).order_by(PersonRow.naam))]

    def with_role(self, role: Rol) -> list[Person]:
        query = select(PersonRow).join(PersonRow.rollen).where(PersonRoleRow.rol == role.value)
        return [to_person(r) for r in self._session.scalars(query.order_by(PersonRow.naam))]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(PersonRow)) or 0
