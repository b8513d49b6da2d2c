"""Composition of the reminder engine: config from Settings, the notifier chain, the scheduler."""
from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import Protocol, TextIO

from bot.app import App
from bot.agenda_config import agenda_instellingen
from bot.notifiers import ChannelRouter, ConsoleNotifier, LogChannel, LogNotifier, RoutingNotifier
from bot.settings import Settings
from handlers.commands.ronde.jagen import run_sweep
from handlers.domain.ronde import RondeConfig
from handlers.domain.people import Person
from handlers.ports import Budget, ChannelNotifier, Notifier, RateBudgets
from handlers.reminders.config import ReminderConfig, parse_days, parse_per_kind
from scheduler.engine import DeliveryConfig, ReminderEngine
from scheduler.pacing import BudgetsOf, LocalBudgets, PacedNotifier
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import BaseScheduler

from scheduler.agenda import run_agenda_sweep
from scheduler.housekeeping import EVERY as HOUSEKEEPING_EVERY, forget_handled_requests
from scheduler.jobs import Intervals, Job, add_jobs, start_async
from scheduler.lock import AlreadyRunning, SingleWorkerLock

log = logging.getLogger(__name__)


class _TrackedEngine:
    """The engine as the scheduler sees it: plan and deliver counted while they run."""

    def __init__(self, engine: ReminderEngine, track: Callable[[Callable[[], object]], Callable[[], object]]) -> None:
        self.plan = track(engine.plan)
        self.deliver = track(engine.deliver)


def reminder_config(settings: Settings) -> ReminderConfig:
    return ReminderConfig(
        days_before=parse_days(settings.reminder_days_before),
        days_before_per_kind=parse_per_kind(settings.reminder_days_before_per_kind),
        on_due_date=settings.reminder_on_due_date,
        overdue_every_days=settings.reminder_overdue_every_days,
        escalate_after_working_days=settings.escalate_after_working_days,
        catch_up_working_days=settings.catch_up_working_days,
        work_start=settings.work_start,
        work_end=settings.work_end,
        digest_weekday=settings.digest_weekday,
        expire_after=dt.timedelta(hours=settings.notification_expire_hours),
        count_up_to=settings.count_up_to,
    )


def delivery_config(settings: Settings) -> DeliveryConfig:
    return DeliveryConfig(
        lease=dt.timedelta(seconds=settings.delivery_lease_seconds),
        batch=settings.delivery_batch,
        concurrency=settings.delivery_concurrency,
        retry_base=dt.timedelta(seconds=settings.retry_base_seconds),
        retry_max=dt.timedelta(seconds=settings.retry_max_seconds),
    )


def intervals(settings: Settings) -> Intervals:
    return Intervals(dt.timedelta(seconds=settings.plan_interval_seconds),
                     dt.timedelta(seconds=settings.deliver_interval_seconds))


class PlatformNotifier(Notifier, ChannelNotifier, Protocol):
    """A platform that reaches both people and channels (the Teams notifier)."""


def per_conversation(shared: Budget, conversations: str, per_second: float,
                     platform_id: Callable[[Person], str | None]) -> BudgetsOf:
    """A message to someone: the shared budget (tenant or workspace) and that one conversation's."""
    def of(person: Person) -> list[Budget]:
        user = platform_id(person)
        return [shared, Budget(f"{conversations}:{user}", per_second)] if user else []

    return of


def slack_budgets(settings: Settings) -> BudgetsOf:
    """chat.postMessage's two limits: the workspace's, and the DM channel's."""
    return per_conversation(Budget("slack:workspace", settings.slack_workspace_per_second), "slack:channel",
                            settings.slack_channel_per_second, lambda person: person.slack_user_id)


def teams_budgets(settings: Settings) -> BudgetsOf:
    """The app's budget in the organisation's tenant, and the personal chat's.

    Several configured tenants share one budget: that keeps each under its own limit (if more slowly).
    """
    tenants = sorted(settings.teams_tenant_ids)
    tenant = f"teams:tenant:{settings.microsoft_app_id or ''}:{tenants[0] if len(tenants) == 1 else '*'}"
    return per_conversation(Budget(tenant, settings.teams_tenant_per_second), "teams:conversation",
                            settings.teams_conversation_per_second, lambda person: person.teams_aad_id)


def rate_budgets(app: App) -> RateBudgets:
    """Shared by every worker on PostgreSQL; in this process's memory on SQLite (one process sends there)."""
    return app.database.shared_budgets() or LocalBudgets()


class Platforms:
    """The configured platforms' notifiers, built once: person DMs (paced, see scheduler/pacing.py) and channel posts."""

    def __init__(self, app: App, teams: PlatformNotifier | None = None) -> None:
        settings = app.settings
        self.people: dict[str, Notifier] = {}
        self.channels: dict[str, ChannelNotifier] = {}
        self.budgets = rate_budgets(app)
        # A paced send waits at most a quarter of its claim's lease; later than that it goes back to the outbox.
        max_wait = settings.delivery_lease_seconds / 4
        if settings.slack_bot_token:
            from bot.slack.notifier import SlackChannelNotifier, SlackNotifier, make_client
            from bot.slack.translate import render_blocks

            client = make_client(settings.slack_bot_token, settings.slack_api_url)
            dms = make_client(settings.slack_bot_token, settings.slack_api_url, retry_rate_limits=False)
            self.people["slack"] = PacedNotifier(
                SlackNotifier(dms, render_blocks), slack_budgets(settings), self.budgets, max_wait)
            self.channels["slack"] = SlackChannelNotifier(client, render_blocks)
        # In local development mode (no app id) the worker sends anonymously to the stored serviceUrl, as the
        # Bot Framework Emulator (and the loopback connector of tests and benchmarks) expects.
        if teams is None and settings.teams_mounted:
            from bot.teams import build_notifier as build_teams_notifier

            teams = build_teams_notifier(app)
        if teams is not None:
            self.people["teams"] = PacedNotifier(teams, teams_budgets(settings), self.budgets, max_wait)
            self.channels["teams"] = teams


def build_notifier(app: App, console: TextIO | None = None, platforms: Platforms | None = None,
                   console_user: str = "") -> Notifier:
    """`console`: the chat of `console_user`, where their own meldingen are printed (the rest is logged)."""
    fallback: Notifier = ConsoleNotifier(console, console_user) if console is not None else LogNotifier()
    return RoutingNotifier((platforms or Platforms(app)).people, fallback)


def build_channel_notifier(app: App, console: TextIO | None = None, platforms: Platforms | None = None) -> ChannelNotifier:
    return ChannelRouter((platforms or Platforms(app)).channels, LogChannel(console))


def agenda_job(app: App, notifier: Notifier, channel: ChannelNotifier) -> Job:
    """The announcement sweep: agendas to the channel, stukken reminders to the opdrachtnemers."""
    instellingen = agenda_instellingen(app.settings)

    def announce() -> None:
        run_agenda_sweep(app.uow_factory, app.clock, channel, notifier, instellingen)

    return Job("agenda.announce", announce, dt.timedelta(seconds=app.settings.plan_interval_seconds))


def ronde_config(settings: Settings) -> RondeConfig:
    return RondeConfig(parse_days(settings.ronde_herinnering_werkdagen), settings.work_start)


def ronde_job(app: App) -> Job:
    """The stand-van-zakenronde sweep: chase before the close, escalate and ask akkoord at the close."""
    config = ronde_config(app.settings)

    def sweep() -> None:
        run_sweep(app.uow_factory, app.clock, config)

    return Job("ronde.sweep", sweep, dt.timedelta(seconds=app.settings.plan_interval_seconds))


def housekeeping_job(app: App, budgets: RateBudgets | None = None) -> Job:
    """Old handled-request keys out (see scheduler/housekeeping.py), idle send budgets (one per conversation
    messaged) dropped, and the planner's statistics refreshed."""
    def run() -> None:
        forget_handled_requests(app.uow_factory, app.clock)
        if budgets is not None:
            budgets.forget_idle(HOUSEKEEPING_EVERY.total_seconds())
        app.database.refresh_statistics()

    return Job("housekeeping.requests", run, HOUSEKEEPING_EVERY)


def build_engine(app: App, notifier: Notifier) -> ReminderEngine:
    return ReminderEngine(app.uow_factory, app.clock, notifier, reminder_config(app.settings),
                          delivery_config(app.settings))


def sqlite_lock(app: App) -> SingleWorkerLock | None:
    """The lock that keeps SQLite to one process with reminders; None on PostgreSQL."""
    if app.database.dialect != "sqlite":
        return None
    database = app.database.engine.url.database
    if not database or database == ":memory:":
        return None
    return SingleWorkerLock(database)


class RunningReminders:
    """The scheduler inside `run`/`serve`: started with the app, stopped with it.

    On SQLite, when another process already holds the reminders, this one chats/serves without
    them (and says so) rather than refusing to start: only `samenspel worker` refuses.
    """

    def __init__(self, app: App, console: TextIO | None = None, teams: PlatformNotifier | None = None,
                 console_user: str = "") -> None:
        self.app = app
        self.console = console
        self.console_user = console_user
        self.teams = teams
        self.extra: list[Job] = []
        self.engine: ReminderEngine | None = None
        self.scheduler: BaseScheduler | None = None
        self.lock: SingleWorkerLock | None = None
        self.elsewhere = False
        self._busy = threading.Condition()
        self._running = 0

    def _prepare(self) -> ReminderEngine | None:
        # APScheduler narrates every tick at INFO; the chat must stay readable.
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
        if not self.app.settings.scheduler_in_server:
            return None
        self.lock = sqlite_lock(self.app)
        if self.lock is not None:
            try:
                self.lock.acquire()
            except AlreadyRunning as error:
                log.warning("%s Herinneringen lopen hier dus niet.", error)
                self.lock = None
                self.elsewhere = True
                return None
        platforms = Platforms(self.app, self.teams)
        notifier = build_notifier(self.app, self.console, platforms, self.console_user)
        self.extra = [
            agenda_job(self.app, notifier, build_channel_notifier(self.app, self.console, platforms)),
            housekeeping_job(self.app, platforms.budgets),
            ronde_job(self.app),
        ]
        self.engine = build_engine(self.app, notifier)
        return self.engine

    def _tracked(self, job: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            with self._busy:
                self._running += 1
            try:
                return job()
            finally:
                with self._busy:
                    self._running -= 1
                    self._busy.notify_all()

        return run

    def _jobs(self, engine: ReminderEngine) -> tuple[_TrackedEngine, list[Job]]:
        """The jobs, each counted while it runs, so a stop can wait for the running sweep."""
        tracked = _TrackedEngine(engine, self._tracked)
        return tracked, [Job(j.id, self._tracked(j.run), j.every) for j in self.extra]

    def status(self) -> str:
        """For /readyz: running, off (SAMENSPEL_SCHEDULER=false), elders (SQLite: another process) or stopped."""
        if not self.app.settings.scheduler_in_server:
            return "off"
        if self.scheduler is None:
            return "elders" if self.elsewhere else "stopped"
        return "running" if self.scheduler.running else "stopped"

    def start_background(self) -> None:
        """For the console chat (no event loop): APScheduler's BackgroundScheduler thread."""
        # In the chat the notifications themselves are printed; the engine's bookkeeping would only clutter it.
        logging.getLogger("scheduler").setLevel(logging.WARNING)
        engine = self._prepare()
        if engine is not None:
            self.scheduler = BackgroundScheduler(timezone="Europe/Amsterdam")
            tracked, extra = self._jobs(engine)
            add_jobs(self.scheduler, tracked, intervals(self.app.settings), extra)
            self.scheduler.start()

    def start_async(self) -> None:
        """For `serve`: AsyncIOScheduler on the server's own loop."""
        engine = self._prepare()
        if engine is not None:
            tracked, extra = self._jobs(engine)
            self.scheduler = start_async(tracked, intervals(self.app.settings), extra)

    def stop(self, grace: float | None = None) -> None:
        """Start no new sweep, let the running one finish (it records every claim it holds), then stop.

        Safe to call from a thread other than the scheduler's loop: only the waiting happens here.
        """
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.pause()
        if self.engine is not None:
            self.engine.stop()
        with self._busy:
            if not self._busy.wait_for(lambda: self._running == 0, timeout=grace):
                log.warning("stoppen: herinneringsronde niet klaar binnen %ss; de lease geeft hem later vrij", grace)
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.shutdown(wait=False)
        if self.engine is not None:
            self.engine.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None
