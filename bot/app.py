"""Composition root: everything is built here from Settings, nothing at import time.

Opening a built app for use (migrating, the demo, the schema check) is bot/startup.py.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from bot.agenda_config import agenda_instellingen
from bot.clock import SystemClock
from bot.dispatcher import Dispatcher
from bot.inflight import InFlight
from bot.settings import Settings
from handlers.commands import build_router
from handlers.core import Core
from handlers.deadlines import Calendar, load_calendar
from handlers.deadlines.workdays import set_extra_days_off
from handlers.ports import Clock
from storage.database import Database
from storage.unit_of_work import SqlUnitOfWorkFactory


@dataclass
class App:
    settings: Settings
    database: Database
    uow_factory: SqlUnitOfWorkFactory
    clock: Clock
    calendar: Calendar
    core: Core
    dispatcher: Dispatcher
    # Accepted work a graceful stop waits for (see bot/inflight.py).
    inflight: InFlight = field(default_factory=InFlight)

    def close(self) -> None:
        self.database.close()


DEMO_CALENDAR = Path(__file__).parent / "demo" / "kalender.yaml"


def build_app(settings: Settings, clock: Clock | None = None) -> App:
    set_extra_days_off(settings.extra_non_working_days)
    database = Database(settings.database_url)
    clock = clock or SystemClock()
    # The demo ships its organisation's calendar, so calendar deadlines in the examples work out of the box.
    path = settings.calendar_path or (DEMO_CALENDAR if settings.demo else None)
    calendar = load_calendar(path, asap_days=settings.asap_days) if path else Calendar.empty(asap_days=settings.asap_days)
    core = Core(build_router(agenda_instellingen(settings)), database.uow_factory, clock, calendar, settings.count_up_to)
    return App(settings, database, database.uow_factory, clock, calendar, core, Dispatcher(core))
