"""What the core needs from the outside world, as Protocols; storage and bot/ implement them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import TracebackType
from collections.abc import Collection, Sequence
from typing import Any, Protocol, Self

from handlers.domain.audit import AuditEntry
from handlers.domain.followup import FollowUp
from handlers.domain.people import Person, Rol
from handlers.domain.followed import Status
from handlers.domain.motie import Motie
from handlers.domain.registry.info import RegisterInfo, ReplaceResult
from handlers.domain.registry.model import Register
from handlers.domain.toezegging import Toezegging
from handlers.messages import Notification, OutgoingReply
from handlers.reminders.outbox import OutboxEntry, Planned


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
    def with_role(self, role: Rol) -> list[Person]: ...
    def count(self) -> int: ...


@dataclass(frozen=True)
class ToezeggingFilter:
    open_only: bool = True
    eigenaar_id: int | None = None
    portefeuillehouder_id: int | None = None
    # Either owner or portefeuillehouder: "mijn toezeggingen".
    betrokkene_id: int | None = None
    overdue_on: dt.date | None = None
    due_until: dt.date | None = None


class FollowUpRepository(Protocol):
    def open_followups(self, due_until: dt.date | None = None) -> list[FollowUp]:
        """Open items that are followed up; with `due_until`, only those with a due date up to then."""
        ...


class ToezeggingRepository(FollowUpRepository, Protocol):
    def next_nummer(self, jaar: int) -> str: ...
    def add(self, toezegging: Toezegging) -> Toezegging: ...
    def get(self, nummer: str) -> Toezegging | None: ...
    def save(self, toezegging: Toezegging) -> None: ...
    def find(self, criteria: ToezeggingFilter) -> list[Toezegging]: ...


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


class MotieRepository(FollowUpRepository, Protocol):
    def add(self, motie: Motie) -> Motie: ...
    def get(self, nummer: str) -> Motie | None: ...
    def save(self, motie: Motie) -> None: ...
    def for_toezegging(self, toezegging_nummer: str) -> Motie | None: ...
    def find(self, criteria: MotieFilter) -> list[Motie]: ...
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
    def snapshot(self) -> Register: ...
    def replace(
        self, register: Register, opdrachtgevers: dict[str, str | None], info: RegisterInfo, now: dt.datetime
    ) -> ReplaceResult:
        """Writes a validated registry, keeping existing people (by e-mail) and their ids."""
        ...


class AuditRepository(Protocol):
    def record(self, entry: AuditEntry) -> None: ...
    def history(self, entity: str, key: str) -> list[AuditEntry]: ...


class RequestLog(Protocol):
    def first_time(self, key: str, at: dt.datetime) -> bool:
        """Claims a platform request id; False when it was seen before (a retry)."""
        ...


class TeamsReferenceRepository(Protocol):
    """Teams conversation references (JSON as botbuilder serialises them), by scope "person" or "channel"."""

    def save(self, scope: str, key: str, reference: dict[str, Any], at: dt.datetime) -> None: ...
    def get(self, scope: str, key: str) -> dict[str, Any] | None: ...
    def refresh_service_url(self, scope: str, key: str, service_url: str, at: dt.datetime) -> bool:
        """Teams may move a tenant to another serviceUrl: True when the stored one changed."""
        ...
    def remove(self, scope: str, key: str) -> bool: ...
class ReminderRepository(Protocol):
    """The notification outbox: what is planned, claimed, delivered; and snoozes."""

    def known_keys(self, keys: Collection[str]) -> set[str]: ...
    def enqueue(self, planned: Sequence[Planned]) -> int:
        """Adds the ones whose delivery key is new (a unique key settles races); returns how many."""
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
    def folded_for(self, person_id: int) -> list[OutboxEntry]: ...
    def mark_digested(self, ids: Collection[int]) -> None: ...
    def snooze(self, item_kind: str, item_key: str, person_id: int, until: dt.datetime) -> int:
        """Remembers the snooze and moves this person's pending reminders for the item to `until`."""
        ...
    def snoozed_until(self, now: dt.datetime) -> dict[tuple[str, str, int], dt.datetime]: ...
    def supersede_later(self, item_kind: str, item_key: str, person_id: int) -> None: ...


class UnitOfWork(Protocol):
    people: PeopleRepository
    toezeggingen: ToezeggingRepository
    moties: MotieRepository
    audit: AuditRepository
    requests: RequestLog
    teams_references: TeamsReferenceRepository
    registry: RegistryRepository
    reminders: ReminderRepository

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


class Notifier(Protocol):
    """Delivers a notification to a person on their platform.

    Raises Unreachable when the person cannot be reached there; any other exception is a failed
    attempt that may be retried.
    """

    def deliver(self, person: Person, notification: Notification) -> None: ...


class ChannelNotifier(Protocol):
    """Posts to a shared channel (agenda announcements). `channel` is "<platform>:<id>", e.g. "slack:C0123"."""

    def post(self, channel: str, reply: OutgoingReply) -> None: ...
