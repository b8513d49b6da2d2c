"""Everything one command needs while it runs: the request, the open unit of work, the clock."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from handlers.deadlines import Calendar
from handlers.domain.audit import AuditEntry, Changes
from handlers.domain.people import Person, Rol
from handlers.errors import UserError
from handlers.messages import IncomingCommand
from handlers.ports import Clock, UnitOfWork
from handlers import texts


@dataclass
class Context:
    command: IncomingCommand
    uow: UnitOfWork
    clock: Clock
    person: Person | None
    calendar: Calendar = field(default_factory=Calendar.empty)
    count_up_to: int | None = None  # how far lists and overviews count exactly (Settings.count_up_to)

    @property
    def now(self) -> dt.datetime:
        return self.clock.now()

    @property
    def today(self) -> dt.date:
        return self.clock.now().date()

    @property
    def private(self) -> bool:
        return self.command.address.private

    def require_person(self) -> Person:
        if self.person is None:
            beheerders = texts.een_van([p.name for p in self.uow.people.with_role(Rol.CONCERNADVISEUR)])
            raise UserError(texts.unknown_person(self.command.actor.email, beheerders))
        return self.person

    def record(self, entity: str, key: str, action: str, changes: Changes, reason: str = "") -> None:
        """Audit in the same transaction as the change itself."""
        person = self.person
        self.uow.audit.record(
            AuditEntry(
                entity=entity,
                key=key,
                action=action,
                actor_id=person.id if person else None,
                actor_name=person.name if person else (self.command.actor.name or self.command.actor.user_id),
                at=self.now,
                changes=changes,
                reason=reason,
            )
        )
