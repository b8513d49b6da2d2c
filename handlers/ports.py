"""What the core needs from the outside world, as Protocols; storage and bot/ implement them."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import TracebackType
from collections.abc import Sequence
from typing import Protocol, Self

from handlers.domain.agenda import AgendaPunt, Soort, Uitkomst, Vergadering
from handlers.domain.audit import AuditEntry
from handlers.domain.followup import FollowUp
from handlers.domain.lobby import LobbyActie, LobbyContact
from handlers.domain.people import Person, Rol
from handlers.domain.toezegging import Toezegging
from handlers.messages import Notification, OutgoingReply


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
class LobbyFilter:
    open_only: bool = True
    dossier: str | None = None  # a part of the dossier name, case-insensitive
    bestuurder_id: int | None = None
    moment_from: dt.date | None = None
    moment_until: dt.date | None = None


class LobbyRepository(FollowUpRepository, Protocol):
    def next_nummer(self, jaar: int) -> str: ...
    def add(self, actie: LobbyActie) -> LobbyActie: ...
    def get(self, nummer: str) -> LobbyActie | None: ...
    def save(self, actie: LobbyActie) -> None: ...
    def find(self, criteria: LobbyFilter) -> list[LobbyActie]: ...
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
    def claim_announcement(self, key: str, at: dt.datetime) -> bool:
        """Claims an announcement key; False when it was announced (or claimed) before."""
        ...
    def release_announcement(self, key: str) -> None: ...
    def announcement_times(self, keys: Sequence[str]) -> dict[str, dt.datetime]:
        """When each of these announcements was claimed; keys never announced are absent."""
        ...


class AuditRepository(Protocol):
    def record(self, entry: AuditEntry) -> None: ...
    def history(self, entity: str, key: str) -> list[AuditEntry]: ...


class RequestLog(Protocol):
    def first_time(self, key: str, at: dt.datetime) -> bool:
        """Claims a platform request id; False when it was seen before (a retry)."""
        ...


class UnitOfWork(Protocol):
    people: PeopleRepository
    toezeggingen: ToezeggingRepository
    lobby: LobbyRepository
    agenda: AgendaRepository
    audit: AuditRepository
    requests: RequestLog

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
