"""Opening a built app for use: migrate (SQLite), seed the demo into an empty database, refuse a stale schema.

Beside bot/app.py, not in it: the demo seeding needs the built app, so the app itself never imports the demo.
"""
from __future__ import annotations

import logging

from bot.app import App, build_app
from bot.demo.seed import seed_demo
from bot.settings import Settings
from handlers.ports import Clock
from storage.database import DatabaseUnreachable

log = logging.getLogger(__name__)


class NotReady(Exception):
    """The database cannot be used by serve/worker: unreachable, or not at the schema this code needs."""


def open_app(settings: Settings, clock: Clock | None = None, *, demo: bool = False, chat: bool = False) -> App:
    """A ready app for `run`, `chat` and the local tools.

    The embedded SQLite is migrated here (one command on a fresh clone). Only the chat (`chat`: `run` and
    `chat`) brings the demo organisation into an empty SQLite database; every other tool leaves an empty
    database empty, so that a refused `registry load` really changed nothing. A PostgreSQL database is
    migrated only by `samenspel migrate` and gets the demo only when asked for (`demo`, e.g. `run --demo`).
    """
    app = build_app(settings, clock)
    if app.database.dialect == "sqlite":
        app.database.migrate()
        if demo or (chat and app.settings.demo):
            seed_if_empty(app, werk=True)
        return app
    _at_head_or_closed(app)
    if demo:
        seed_if_empty(app, werk=True)
    return app


def open_running_app(settings: Settings, clock: Clock | None = None) -> App:
    """The app for `serve` and `worker`: never migrates, never seeds; refuses a database not at head."""
    app = build_app(settings, clock)
    _at_head_or_closed(app)
    return app


def _at_head_or_closed(app: App) -> None:
    """require_head, closing the app's database when it refuses (the caller never gets the app to close)."""
    try:
        require_head(app)
    except NotReady:
        app.close()
        raise


def require_head(app: App) -> None:
    try:
        state = app.database.schema_state()
    except DatabaseUnreachable as error:
        raise NotReady(f"De database is niet bereikbaar ({error}). Controleer DATABASE_URL.") from error
    if state.empty:
        raise NotReady("De database heeft nog geen schema. Draai eerst `samenspel migrate` (met dezelfde DATABASE_URL).")
    if not state.at_head:
        raise NotReady(
            f"De database staat op schema {', '.join(sorted(state.current))}, deze versie heeft "
            f"{', '.join(sorted(state.heads))} nodig. Draai eerst `samenspel migrate` (met dezelfde DATABASE_URL)."
        )


def prepare_database(app: App, *, werk: bool = False) -> None:
    """Migrate, and on an empty database seed the fictional demo organisation (when enabled).

    `werk`: also a motie, a lobby action and an agenda point, so a first `make run` shows every list.
    """
    app.database.migrate()
    if app.settings.demo:
        seed_if_empty(app, werk=werk)


def seed_if_empty(app: App, *, werk: bool) -> bool:
    """The demo organisation, only into a database without people (never over an organisation's own data)."""
    with app.uow_factory() as uow:
        empty = uow.people.count() == 0
    if empty:
        seed_demo(app, werk=werk)
        log.info("demo-organisatie geladen (zet SAMENSPEL_DEMO=false om dat te voorkomen)")
    return empty
