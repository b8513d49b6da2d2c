"""Run Alembic migrations from code: `samenspel migrate`, `make run` and the tests all come through here.

Only `samenspel migrate` (and the embedded SQLite of `run`/`chat`) migrates; `serve` and `worker` only ask
`schema_state` whether the database is at head and refuse to start when it is not. On PostgreSQL the upgrade
holds a session advisory lock, so two `migrate` processes started at once (two deploy jobs, two replicas'
init containers) run one after the other: the second finds the schema at head and does nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# pg_advisory_lock takes a bigint; any constant no other application on the server uses ("samenspl").
ADVISORY_LOCK_KEY = 0x73616D656E73706C


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def upgrade(engine: Engine, revision: str = "heads") -> None:
    """Bring the database to the newest schema. 'heads': an area may add its own branch before a merge."""
    if engine.dialect.name != "postgresql":
        command.upgrade(alembic_config(engine), revision)
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as lock:
        lock.execute(text("SELECT pg_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY})
        try:
            command.upgrade(alembic_config(engine), revision)
        finally:
            lock.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY})


@dataclass(frozen=True)
class SchemaState:
    current: frozenset[str]
    heads: frozenset[str]

    @property
    def at_head(self) -> bool:
        return self.current == self.heads

    @property
    def empty(self) -> bool:
        return not self.current


def schema_state(engine: Engine) -> SchemaState:
    """Where the database stands against the migrations shipped with this code (raises when unreachable)."""
    heads = ScriptDirectory.from_config(alembic_config(engine)).get_heads()
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_heads()
    return SchemaState(frozenset(current), frozenset(heads))
