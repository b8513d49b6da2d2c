"""What the core needs from the outside world, as Protocols; storage and bot/ implement them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from types import TracebackType
from collections.abc import Collection, Iterator, Sequence
from typing import Any, Generic, Protocol, Self, TypeVar

from handlers.domain.agenda import AgendaPunt, Soort, Uitkomst, Vergadering
from handlers.domain.audit import AuditEntry
from handlers.domain.followup import FollowUp, Page, Scope
from handlers.domain.lobby import LobbyActie, LobbyContact, LobbyStatus
from handlers.domain.people import Person, Rol
from handlers.domain.permissions import ReadScope
from handlers.domain.followed import Followed, Status
from handlers.domain.motie import Motie
from handlers.domain.registry.info import RegisterInfo, ReplaceResult
from handlers.domain.registry.model import Register
from handlers.domain.ronde import Ronde, RondeItem
from handlers.domain.toezegging import Toezegging
from handlers.listening.kanaal import BewaardVerslag, Luisterkanaal
from handlers.messages import Notification, OutgoingReply
from handlers.reminders.outbox import OutboxEntry, Planned


T = TypeVar("T")


@dataclass(frozen=True)
class ListPage(Generic[T]):
    """One page of a list query: its rows, how many the reader may see in all, and how many are hidden."""

    items: list[T]
    total: int
    hidden: int  # confidential matches this reader may not see here
    overdue: int = 0  # of `total`: open and past their date
    # Counted up to this many (Window.count_up_to): a count above it means "meer dan counted_up_to", not that
    # number. None: every count is exact.
    counted_up_to: int | None = None


class ListOrder(StrEnum):
    """The orders a list can be read in; every list and digest uses TERMIJN (the most urgent first)."""

    TERMIJN = "termijn"  # deadline ascending, no deadline last, then nummer
    TERMIJN_AFLOPEND = "termijn-aflopend"  # the furthest deadline first, no deadline last
    NUMMER = "nummer"


@dataclass(frozen=True)
class Window:
    """Which rows of a list to read: filtered by who reads, counted and limited in SQL."""

    scope: ReadScope
    offset: int
    limit: int
    today: dt.date
    order: ListOrder = ListOrder.TERMIJN
    # Count at most this many (and at least to the end of this page, so whether a next page exists is known):
    # a chat list of a million items says "meer dan 1.000" at the cost of 1,000 index entries, not 1,000,000.
    # None counts exactly (an export must know its size).
    count_up_to: int | None = None


class Clock(Protocol):
    def now(self) -> dt.datetime:
        """An aware datetime in Europe/Amsterdam."""
        ...


class PeopleRepository(Protocol):
    def add(self, person: Person) -> Person: ...
    def get(self, person_id: int) -> Person | None: ...
    def by_email(self, email: str) -> Person | None: ...
    def by_platform_id(self, platform: str, user_id: str) -> Person | None: ...
    def link_platform(self, person_id: int, platform: str, user_id: str) -> None: ...
    def ambtelijk_opdrachtgever(self, person_id: int) -> Person | None:
        """The one person this person's work escalates to; None when the registry does not say."""
        ...
    def set_opdrachtgever(self, person_id: int, opdrachtgever_id: int | None) -> None: ...
    def all(self) -> list[Person]: ...
    def directory(self) -> list[tuple[int, str, str]]:
        """(id, name, e-mail) of everyone: what finding a person by name compares."""
        ...
    def by_ids(self, ids: Collection[int]) -> dict[int, Person]:
        """The people a page of items names, in one query."""
        ...
    def with_role(self, role: Rol) -> list[Person]: ...
    def count(self) -> int: ...
    def names(self, person_ids: Collection[int]) -> dict[int, str]:
        """The names of these people, in one query: a list page names each owner once."""
        ...


@dataclass(frozen=True)
class ToezeggingFilter:
    open_only: bool = True
    eigenaar_id: int | None = None
    portefeuillehouder_id: int | None = None
    # Either owner or portefeuillehouder: "mijn toezeggingen".
    betrokkene_id: int | None = None
    overdue_on: dt.date | None = None
    due_until: dt.date | None = None
    zonder_eigenaar: bool = False
    # Imported without portefeuillehouder or ambtelijk eigenaar: the concernadviseurs complete these.
    onvolledig: bool = False
    # One status (the web list's filter); with open_only=False to reach a closed one.
    status: Status | None = None
    due_from: dt.date | None = None
    # Words in the number, omschrijving, text or stand van zaken (case-insensitive).
    tekst: str = ""
    # Where it was promised: words in the gremium (the commissie, raad or Staten) and the meeting's day.
    commissie: str = ""
    vergaderdatum: dt.date | None = None


@dataclass(frozen=True)
class HolderTally:
    """The overview's counts for one portefeuillehouder (None: nobody named): open, of those late, afgedaan this year."""

    holder_id: int | None
    open: int
    late: int
    done: int


@dataclass(frozen=True)
class MonthTally:
    """How many open items have their termijn in one calendar month."""

    year: int
    month: int
    count: int


class Tallied(Protocol):
    """What the overview counts, under the reader's scope (storage/repositories/tallies.py)."""

    def holder_tallies(self, scope: ReadScope, today: dt.date, year: int) -> list[HolderTally]: ...
    def month_tallies(self, scope: ReadScope, first: dt.date, until: dt.date) -> list[MonthTally]: ...


class RecentlyChanged(Protocol, Generic[T]):
    """Items by their latest audit entry since `since`, newest first, under the reader's scope (the public feed)."""

    def recently_changed(self, entity: str, scope: ReadScope, since: dt.datetime,
                         limit: int) -> list[tuple[T, dt.datetime]]: ...


class FollowUpRepository(Protocol):
    def open_followups(self, due_until: dt.date | None = None) -> list[FollowUp]:
        """Open items that are followed up; with `due_until`, only those with a due date up to then."""
        ...


class ToezeggingRepository(FollowUpRepository, Tallied, RecentlyChanged[Toezegging], Protocol):
    def next_nummer(self, jaar: int) -> str: ...
    def add(self, toezegging: Toezegging) -> Toezegging: ...
    def get(self, nummer: str) -> Toezegging | None: ...
    def save(self, toezegging: Toezegging) -> None: ...
    def find(self, criteria: ToezeggingFilter) -> list[Toezegging]: ...
    def page(self, criteria: ToezeggingFilter, window: Window) -> ListPage[Toezegging]: ...
    def stream(self, criteria: ToezeggingFilter, window: Window) -> Iterator[Toezegging]:
        """The rows `page` reads for this window, fetched in batches (an export's memory stays flat)."""
        ...
    def by_vingerafdruk(self, vingerafdruk: str) -> Toezegging | None: ...


@dataclass(frozen=True)
class MotieFilter:
    # Open means: adopted or taken over, and not yet done.
    open_only: bool = True
    status: Status | None = None
    zonder_eigenaar: bool = False
    portefeuillehouder_id: int | None = None
    betrokkene_id: int | None = None
    overdue_on: dt.date | None = None
    due_until: dt.date | None = None
    eigenaar_id: int | None = None
    due_from: dt.date | None = None
    # Words in the number, titel, dictum or stand van zaken (case-insensitive).
    tekst: str = ""
    # Where it was submitted: words in the vergadering (the commissie, raad or Staten) and the motie's day.
    commissie: str = ""
    vergaderdatum: dt.date | None = None


class MotieRepository(FollowUpRepository, Tallied, RecentlyChanged[Motie], Protocol):
    def add(self, motie: Motie) -> Motie: ...
    def get(self, nummer: str) -> Motie | None: ...
    def save(self, motie: Motie) -> None: ...
    def for_toezegging(self, toezegging_nummer: str) -> Motie | None: ...
    def find(self, criteria: MotieFilter) -> list[Motie]: ...
    def page(self, criteria: MotieFilter, window: Window) -> ListPage[Motie]: ...
    def stream(self, criteria: MotieFilter, window: Window) -> Iterator[Motie]:
        """The rows `page` reads for this window, fetched in batches (an export's memory stays flat)."""
        ...
    def by_vingerafdruk(self, vingerafdruk: str) -> Motie | None: ...
    def changes_since(self, since: dt.datetime) -> list[AuditEntry]:
        """Audit entries of moties from `since` on, oldest first: the digest's 'what changed'."""
        ...
    def subscribe(self, person_id: int, at: dt.datetime) -> bool: ...
    def unsubscribe(self, person_id: int) -> bool: ...
    def subscribers(self) -> list[int]:
        """Person ids subscribed to the weekly moties digest."""
        ...


class RegistryRepository(Protocol):
    def info(self) -> RegisterInfo | None:
        """The date and version of the loaded registry; None before any registry was loaded."""
        ...
    def snapshot(self, for_change: bool = False) -> Register:
        """The whole registry; `for_change` first locks it, so two changes at once run one after the other."""
        ...
    def replace(
        self, register: Register, opdrachtgevers: dict[str, str | None], info: RegisterInfo, now: dt.datetime
    ) -> ReplaceResult:
        """Writes a validated registry, keeping existing people (by e-mail) and their ids."""
        ...


@dataclass(frozen=True)
class LobbyFilter:
    open_only: bool = True
    dossier: str | None = None  # a part of the dossier name, case-insensitive
    bestuurder_id: int | None = None
    zonder_eigenaar: bool = False
    moment_from: dt.date | None = None
    moment_until: dt.date | None = None
    eigenaar_id: int | None = None
    status: LobbyStatus | None = None
    overdue_on: dt.date | None = None
    # Words in the number, dossier, doel, target or stand (case-insensitive).
    tekst: str = ""


class LobbyRepository(FollowUpRepository, Protocol):
    def next_nummer(self, jaar: int) -> str: ...
    def add(self, actie: LobbyActie) -> LobbyActie: ...
    def get(self, nummer: str) -> LobbyActie | None: ...
    def save(self, actie: LobbyActie) -> None: ...
    def find(self, criteria: LobbyFilter) -> list[LobbyActie]: ...
    def page(self, criteria: LobbyFilter, window: Window) -> ListPage[LobbyActie]: ...
    def stream(self, criteria: LobbyFilter, window: Window) -> Iterator[LobbyActie]:
        """The rows `page` reads for this window, fetched in batches (an export's memory stays flat)."""
        ...
    def add_contact(self, nummer: str, contact: LobbyContact) -> None: ...
    def contacts(self, nummer: str) -> list[LobbyContact]: ...


class AgendaRepository(Protocol):
    def ensure(self, vergadering: Vergadering, *, update: bool = False) -> Vergadering:
        """The stored meeting with this sleutel; added when new, its date/time refreshed with `update`."""
        ...
    def vergadering(self, vergadering_id: int) -> Vergadering | None: ...
    def vergaderingen(self, van: dt.date, tot: dt.date, soort: Soort | None = None) -> list[Vergadering]: ...
    def next_punt_nummer(self, jaar: int) -> str: ...
    def add_punt(self, punt: AgendaPunt) -> AgendaPunt: ...
    def punt(self, nummer: str) -> AgendaPunt | None: ...
    def save_punt(self, punt: AgendaPunt) -> None: ...
    def punten(self, vergadering_ids: Sequence[int]) -> list[AgendaPunt]: ...
    def add_uitkomst(self, uitkomst: Uitkomst) -> Uitkomst: ...
    def uitkomsten(self, vergadering_id: int) -> list[Uitkomst]: ...
    def claim_announcement(self, key: str, at: dt.datetime, lease_until: dt.datetime) -> bool:
        """Claims an announcement key until `lease_until`; False when it was sent, or another sender's lease
        still runs. A claim whose lease ran out without being marked sent (its sender died) is taken over."""
        ...
    def announcement_sent(self, key: str, at: dt.datetime) -> None: ...
    def release_announcement(self, key: str) -> None: ...
    def announcement_times(self, keys: Sequence[str], now: dt.datetime | None = None) -> dict[str, dt.datetime]:
        """When each of these announcements was claimed; keys never announced are absent, and with `now`
        also claims whose sender died (lease over, never sent): those are due again."""
        ...


class AuditRepository(Protocol):
    def record(self, entry: AuditEntry) -> None: ...
    def history(self, entity: str, key: str) -> list[AuditEntry]: ...


class RequestLog(Protocol):
    def first_time(self, key: str, at: dt.datetime) -> bool:
        """Claims a platform request id; False when it was seen before (a retry)."""
        ...
    def forget_before(self, moment: dt.datetime) -> int:
        """Deletes request ids handled before `moment`; returns how many."""
        ...


class TeamsReferenceRepository(Protocol):
    """Teams conversation references (JSON as botbuilder serialises them), by scope "person" or "channel"."""

    def save(self, scope: str, key: str, reference: dict[str, Any], at: dt.datetime) -> None: ...
    def get(self, scope: str, key: str) -> dict[str, Any] | None: ...
    def refresh_service_url(self, scope: str, key: str, service_url: str, at: dt.datetime) -> bool:
        """Teams may move a tenant to another serviceUrl: True when the stored one changed."""
        ...
    def remove(self, scope: str, key: str) -> bool: ...
class ListeningRepository(Protocol):
    """Channels where the bot listens for promises, how many suggestions it made there lately, and long verslagen
    kept for reading on."""

    def kanaal(self, platform: str, kanaal: str) -> Luisterkanaal | None: ...
    def aan(self, kanaal: Luisterkanaal) -> None: ...
    def uit(self, platform: str, kanaal: str) -> bool: ...
    def voorstellen_sinds(self, platform: str, kanaal: str, gebruiker: str, sinds: dt.datetime) -> tuple[int, int]: ...
    def voorstel_gedaan(self, platform: str, kanaal: str, gebruiker: str, op: dt.datetime) -> None: ...
    def bewaar_verslag(self, persoon_id: int, tekst: str, op: dt.datetime) -> None:
        """Keeps this person's latest long verslag (replacing the one before) and forgets everyone's older ones."""
        ...
    def vergeet_verslag(self, persoon_id: int) -> None:
        """A new verslag that fits one answer replaces the kept one: 'verslag pagina 2' must not read an older one."""
        ...
    def bewaard_verslag(self, persoon_id: int, sinds: dt.datetime) -> BewaardVerslag | None:
        """This person's kept verslag, if it was handed over after `sinds`."""
        ...


class ReminderRepository(Protocol):
    """The notification outbox: what is planned, claimed, delivered; and snoozes."""

    def known_keys(self, keys: Collection[str]) -> set[str]: ...
    def enqueue(self, planned: Sequence[Planned]) -> set[str]:
        """Adds the ones whose delivery key is new (a unique key settles races); returns their keys."""
        ...
    def release(self, planned: Planned) -> None:
        """A `listed` item row becomes a message of its own after all (its recipient had only this one)."""
        ...
    def claim(self, now: dt.datetime, lease_until: dt.datetime, limit: int) -> list[OutboxEntry]:
        """Due entries, locked for this worker until `lease_until` (SKIP LOCKED on PostgreSQL)."""
        ...
    def delivered(self, ids: Collection[int], at: dt.datetime) -> None: ...
    def failed(self, entry_id: int, error: str, retry_at: dt.datetime | None) -> None:
        """Back to pending until `retry_at`; None: expired."""
        ...
    def unreachable(self, entry_id: int, at: dt.datetime) -> None: ...
    def unreachable_people(self, since: dt.datetime) -> list[int]: ...
    def folded_for(self, person_ids: Collection[int]) -> dict[int, list[OutboxEntry]]:
        """Per person, the reminders folded for their next digest (one query for all)."""
        ...
    def mark_digested(self, ids: Collection[int], at: dt.datetime) -> None:
        """Folded reminders listed in the digest planned `at` (so a digest that is replaced can give them back)."""
        ...
    def supersede_digests(self, planned_before: dt.datetime, now: dt.datetime) -> None:
        """Digests of an earlier week that never went out are replaced by this week's, never sent beside it.

        Waiting ones and ones whose claim ran out (a worker died); the reminders they listed fold back in.
        """
        ...
    def snooze(self, item_kind: str, item_key: str, person_id: int, until: dt.datetime) -> int:
        """Remembers the snooze and moves this person's pending reminders for the item to `until`."""
        ...
    def snoozed_until(self, now: dt.datetime) -> dict[tuple[str, str, int], dt.datetime]: ...
    def supersede_later(self, item_kind: str, item_key: str, person_id: int) -> None: ...


class PlanningRepository(Protocol):
    """What the reminder planner reads: only what became due or changed since its last sweep."""

    def mark(self) -> dt.date | None:
        """The last day fully planned; None before the first sweep."""
        ...
    def set_mark(self, day: dt.date) -> None: ...
    def take_changes(self) -> set[tuple[str, str]]:
        """(kind, key) of items added or changed since the last sweep; consumed when the sweep commits."""
        ...
    def earliest_due(self) -> dt.date | None: ...
    def due_in(self, ranges: Sequence[tuple[dt.date, dt.date]]) -> list[FollowUp]:
        """Open items with a due date within one of the (first, last) ranges."""
        ...
    def of_kind(self, deadline_kind: str, due_until: dt.date) -> list[FollowUp]: ...
    def by_keys(self, keys: Collection[tuple[str, str]]) -> list[FollowUp]:
        """The open ones among these items."""
        ...
    def page(self, scope: Scope, limit: int, count_up_to: int | None = None) -> Page:
        """Counted and limited in the database: digests and 'overzicht' never read every open item; with
        `count_up_to` a section counts at most that many (and one more, to know there are more)."""
        ...


class RondeRepository(Protocol):
    """Stand-van-zakenrondes and their items."""

    def current(self) -> Ronde | None:
        """The round not yet vastgesteld (at most one runs at a time); None when there is none."""
        ...
    def get(self, ronde_id: int) -> Ronde | None: ...
    def lock(self, ronde_id: int) -> Ronde | None:
        """The round read under a row lock: who closes it is decided once."""
        ...
    def add(self, ronde: Ronde, items: Sequence[RondeItem]) -> Ronde: ...
    def save(self, ronde: Ronde) -> None:
        """Writes the round's own fields; the row is read under a lock first (concurrent changes queue)."""
        ...
    def lopend(self) -> list[Ronde]: ...
    def all(self) -> list[Ronde]:
        """Every round, the newest first."""
        ...
    def items(self, ronde_id: int) -> list[RondeItem]: ...
    def item(self, ronde_id: int, nummer: str) -> RondeItem | None: ...
    def add_items(self, items: Sequence[RondeItem]) -> None: ...
    def save_item(self, item: RondeItem) -> None: ...
    def remove_item(self, ronde_id: int, nummer: str) -> bool: ...
    def followed(self, nummers: Sequence[str]) -> dict[str, Followed]:
        """The toezeggingen and moties with these numbers, loaded together (a round holds thousands)."""
        ...


@dataclass(frozen=True)
class LastList:
    """The list someone saw last: its command without a page ('toezeggingen verlopen'), and where they were."""

    command: str
    page: int
    pages: int


class LastListRepository(Protocol):
    def remember(self, person_id: int, last: LastList, at: dt.datetime) -> None:
        """Replaces what was remembered for this person."""
    def last(self, person_id: int) -> LastList | None: ...
    def forget(self, person_id: int) -> None: ...


class UnitOfWork(Protocol):
    """One transaction; the repositories are read-only attributes (each implementation has its own)."""

    @property
    def people(self) -> PeopleRepository: ...
    @property
    def toezeggingen(self) -> ToezeggingRepository: ...
    @property
    def moties(self) -> MotieRepository: ...
    @property
    def lobby(self) -> LobbyRepository: ...
    @property
    def agenda(self) -> AgendaRepository: ...
    @property
    def audit(self) -> AuditRepository: ...
    @property
    def requests(self) -> RequestLog: ...
    @property
    def teams_references(self) -> TeamsReferenceRepository: ...
    @property
    def registry(self) -> RegistryRepository: ...
    @property
    def reminders(self) -> ReminderRepository: ...
    @property
    def planning(self) -> PlanningRepository: ...
    @property
    def listening(self) -> ListeningRepository: ...
    @property
    def rondes(self) -> RondeRepository: ...
    @property
    def last_lists(self) -> LastListRepository: ...

    def __enter__(self) -> Self: ...
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...
    def commit(self) -> None: ...
    def rollback(self) -> None: ...
    def followup_sources(self) -> Sequence[FollowUpRepository]:
        """Every repository whose items get reminders and appear in digests."""
        ...


class UnitOfWorkFactory(Protocol):
    def __call__(self) -> UnitOfWork: ...


class Unreachable(Exception):
    """The person cannot be reached on this platform (yet): e.g. no stored Teams conversation."""


class RateLimited(Exception):
    """The platform said "too many requests" (HTTP 429): nothing was sent; try again after `retry_after` seconds."""

    def __init__(self, retry_after: float, detail: str = "") -> None:
        super().__init__(f"te veel verzoeken; opnieuw over {retry_after:.1f} s" + (f" ({detail})" if detail else ""))
        self.retry_after = retry_after


HEADROOM = 0.95


@dataclass(frozen=True)
class Budget:
    """How fast one thing may be sent to: a platform's tenant or workspace, or one conversation on it."""

    key: str  # e.g. "teams:tenant:<app>:<tenant>", "slack:channel:U0123"
    per_second: float

    @property
    def step(self) -> float:
        """Seconds between two sends: evenly spaced, never in a burst, at 95% of the limit. A send leaves a
        few milliseconds before or after its moment (threads, the network), and at exactly the limit two of
        them then land in one second of the platform's count (measured: 3% of the sends answered 429)."""
        return 1.0 / (self.per_second * HEADROOM)


class RateBudgets(Protocol):
    """Send budgets shared by every process that delivers (PostgreSQL), or by the one process (SQLite)."""

    def reserve(self, budgets: Sequence[Budget], within: float) -> float:
        """Takes the next free moment in all these budgets at once, if it is at most `within` seconds away;
        returns how many seconds from now it is (when more than `within`, nothing was taken)."""
        ...

    def pause(self, keys: Sequence[str], seconds: float) -> None:
        """Nobody sends through these budgets for `seconds` (the platform answered 429 with Retry-After)."""
        ...

    def paused(self, keys: Sequence[str]) -> float:
        """How many seconds a pause on any of these budgets still lasts; 0 when none does."""
        ...

    def forget_idle(self, seconds: float) -> int:
        """Budgets nobody used for `seconds` are dropped (one per conversation would otherwise pile up)."""
        ...


class Notifier(Protocol):
    """Delivers a notification to a person on their platform.

    Raises Unreachable when the person cannot be reached there; any other exception is a failed
    attempt that may be retried.
    """

    def deliver(self, person: Person, notification: Notification) -> None: ...


class ChannelNotifier(Protocol):
    """Posts to a shared channel (agenda announcements). `channel` is "<platform>:<id>", e.g. "slack:C0123"."""

    def post(self, channel: str, reply: OutgoingReply) -> None: ...
