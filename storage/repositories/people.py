"""People and their roles."""
from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, func, or_, select, true, update
from sqlalchemy.orm import Session, joinedload

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


# One round trip for a person and their roles (the relationship's own selectin load costs a second one); every
# command looks up who typed it and the people it names.
_WITH_ROLES = (joinedload(PersonRow.rollen),)


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
        row = self._by_id.get(person_id) or self._session.get(PersonRow, person_id, options=_WITH_ROLES)
        if row is None:
            return None
        self._by_id[person_id] = row
        return to_person(row)

    def by_email(self, email: str) -> Person | None:
        query = select(PersonRow).options(*_WITH_ROLES).where(PersonRow.email == email.strip().lower())
        row = self._session.scalars(query).unique().first()
        return to_person(row) if row else None

    def by_platform_id(self, platform: str, user_id: str) -> Person | None:
        column = PersonRow.slack_user_id if platform == "slack" else PersonRow.teams_aad_id
        row = self._session.scalars(select(PersonRow).options(*_WITH_ROLES).where(column == user_id)).unique().first()
        return to_person(row) if row else None

    def link_platform(self, person_id: int, platform: str, user_id: str) -> None:
        """Idempotent: two first messages of one person at once both write the same value; the second waits."""
        column = PersonRow.slack_user_id if platform == "slack" else PersonRow.teams_aad_id
        self._session.execute(
            update(PersonRow).where(PersonRow.id == person_id, or_(column.is_(None), column != user_id))
            .values({column: user_id}).execution_options(synchronize_session="fetch")
        )

    def ambtelijk_opdrachtgever(self, person_id: int) -> Person | None:
        row = self._session.get(PersonRow, person_id, options=_WITH_ROLES)
        if row is None or row.opdrachtgever_id is None:
            return None
        return self.get(row.opdrachtgever_id)

    def set_opdrachtgever(self, person_id: int, opdrachtgever_id: int | None) -> None:
        self._session.get_one(PersonRow, person_id).opdrachtgever_id = opdrachtgever_id
        self._session.flush()

    def all(self) -> list[Person]:
        # Finding a person by name or listing everyone reads all people: plain rows, not ORM entities.
        return list(self._plain(true()).values())

    def directory(self) -> list[tuple[int, str, str]]:
        # Three plain columns, no Person per row: only the one found becomes a Person.
        query = select(PersonRow.id, PersonRow.naam, PersonRow.email).order_by(PersonRow.naam)
        return [(pid, naam, email) for pid, naam, email in self._session.execute(query).tuples()]

    def by_ids(self, ids: Collection[int]) -> dict[int, Person]:
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        return self._plain(PersonRow.id.in_(wanted))

    def _plain(self, condition: ColumnElement[bool]) -> dict[int, Person]:
        """The people meeting `condition`, by name, with their roles, in one round trip of plain rows: ORM entities
        with their roles loaded per entity cost more than the rest of a list page or digest together."""
        query = (
            select(PersonRow.id, PersonRow.naam, PersonRow.email, PersonRow.functie, PersonRow.slack_user_id,
                   PersonRow.teams_aad_id, PersonRow.opdrachtgever_id, PersonRoleRow.rol)
            .outerjoin(PersonRoleRow, PersonRoleRow.persoon_id == PersonRow.id).where(condition)
            .order_by(PersonRow.naam, PersonRow.id)
        )
        found: dict[int, Person] = {}
        for pid, naam, email, functie, slack, teams, boss, rol in self._session.execute(query).tuples():
            person = found.get(pid) or found.setdefault(pid, Person(pid, naam, email, functie, frozenset(), slack, teams, boss))
            if rol is not None:
                person.roles = person.roles | {Rol(rol)}
        return found

    def with_role(self, role: Rol) -> list[Person]:
        query = select(PersonRow).join(PersonRow.rollen).where(PersonRoleRow.rol == role.value)
        return [to_person(r) for r in self._session.scalars(query.order_by(PersonRow.naam))]

    def count(self) -> int:
        return self._session.scalar(select(func.count()).select_from(PersonRow)) or 0

    def names(self, person_ids: Collection[int]) -> dict[int, str]:
        wanted = set(person_ids)
        if not wanted:
            return {}
        query = select(PersonRow.id, PersonRow.naam).where(PersonRow.id.in_(wanted))
        return {person_id: naam for person_id, naam in self._session.execute(query)}
