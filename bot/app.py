"""Composition root: everything is built here from Settings, nothing at import time."""
from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.agenda_config import agenda_instellingen
from bot.clock import SystemClock
from bot.dispatcher import Dispatcher
from bot.settings import Settings
from handlers.commands import build_router
from handlers.core import Core
from handlers.deadlines import Calendar, load_calendar
from handlers.ports import Clock
from storage.database import Database
from storage.unit_of_work import SqlUnitOfWorkFactory

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    database: Database
    uow_factory: SqlUnitOfWorkFactory
    clock: Clock
    calendar: Calendar
    core: Core
    dispatcher: Dispatcher

    def close(self) -> None:
        self.database.close()


def build_app(settings: Settings, clock: Clock | None = None) -> App:
    database = Database(settings.database_url)
    clock = clock or SystemClock()
    calendar = (
        load_calendar(settings.calendar_path, asap_days=settings.asap_days)
        if settings.calendar_path
        else Calendar.empty(asap_days=settings.asap_days)
    )
    core = Core(build_router(agenda_instellingen(settings)), database.uow_factory, clock, calendar)
    return App(settings, database, database.uow_factory, clock, calendar, core, Dispatcher(core))


def open_app(settings: Settings, clock: Clock | None = None) -> App:
    """A ready app: built, migrated and (on an empty database) seeded."""
    app = build_app(settings, clock)
    prepare_database(app, werk=True)
    return app


def prepare_database(app: App, *, werk: bool = False) -> None:
    """Migrate, and on an empty database seed the fictional demo organisation (when enabled).

    `werk`: also a motie, a lobby action and an agenda point, so a first `make run` shows every list.
    """
    app.database.migrate()
    if not app.settings.demo:
        return
    with app.uow_factory() as uow:
        empty = uow.people.count() == 0
    if empty:
        from bot.demo.seed import seed_demo

        seed_demo(app, werk=werk)
        log.info("demo-organisatie geladen (zet SAMENSPEL_DEMO=false om dat te voorkomen)")
