"""One transaction per command: everything a command changes, including its audit, commits together."""
from __future__ import annotations

from types import TracebackType
from collections.abc import Sequence
from typing import Self

from sqlalchemy.orm import Session, sessionmaker

from handlers.errors import Conflict, UserError
from handlers.ports import FollowUpRepository
from handlers.texts.invoer import UNSTORABLE
from storage.conflicts import is_race, is_unstorable

from storage.repositories.agenda import SqlAgendaRepository
from storage.repositories.audit import SqlAuditRepository, SqlRequestLog
from storage.repositories.moties import SqlMotieRepository
from storage.repositories.people import SqlPeopleRepository
from storage.repositories.planning import SqlPlanningRepository
from storage.repositories.teams import SqlTeamsReferenceRepository
from storage.repositories.registry import SqlRegistryRepository
from storage.repositories.reminders import SqlReminderRepository
from storage.repositories.listening import SqlListeningRepository
from storage.repositories.rondes import SqlRondeRepository
from storage.repositories.lijsten import SqlLastListRepository
from storage.repositories.lobby import SqlLobbyRepository
from storage.repositories.toezeggingen import SqlToezeggingRepository


class SqlUnitOfWork:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._session_factory = session_factory

    def __enter__(self) -> Self:
        self.session = self._session_factory()
        self.people = SqlPeopleRepository(self.session)
        self.toezeggingen = SqlToezeggingRepository(self.session)
        self.moties = SqlMotieRepository(self.session)
        self.lobby = SqlLobbyRepository(self.session)
        self.agenda = SqlAgendaRepository(self.session)
        self.audit = SqlAuditRepository(self.session)
        self.requests = SqlRequestLog(self.session)
        self.teams_references = SqlTeamsReferenceRepository(self.session)
        self.registry = SqlRegistryRepository(self.session)
        self.reminders = SqlReminderRepository(self.session)
        self.planning = SqlPlanningRepository(self.session)
        self.listening = SqlListeningRepository(self.session)
        self.rondes = SqlRondeRepository(self.session)
        self.last_lists = SqlLastListRepository(self.session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # Whatever was not committed explicitly is thrown away: no half-written records.
        self.session.rollback()
        self.session.close()
        # Raising here replaces the database's exception with the core's own, chained to it.
        if exc is not None and is_race(exc):
            raise Conflict(type(exc).__name__) from exc
        if exc is not None and is_unstorable(exc):
            raise UserError(UNSTORABLE) from exc

    def commit(self) -> None:
        self.session.commit()

    def rollback(self) -> None:
        self.session.rollback()

    def followup_sources(self) -> Sequence[FollowUpRepository]:
        return (self.toezeggingen, self.moties, self.lobby)


class SqlUnitOfWorkFactory:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self.session_factory = session_factory

    def __call__(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.session_factory)
