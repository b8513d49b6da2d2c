"""The database as the rest of the app sees it: a unit-of-work factory, migrations, and closing."""
from __future__ import annotations

from storage.engine import make_engine, make_session_factory
from storage.migrate import upgrade
from storage.unit_of_work import SqlUnitOfWorkFactory


class Database:
    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)
        self.uow_factory = SqlUnitOfWorkFactory(make_session_factory(self.engine))

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def migrate(self) -> None:
        upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()
