"""The platform-neutral core: one IncomingCommand in, one OutgoingReply out, in one transaction."""
from __future__ import annotations

import dataclasses
import logging
import random
import time
from collections.abc import Callable
from typing import TypeVar

from handlers.commands.luisteren import meeluisteren
from handlers.context import Context
from handlers.deadlines import Calendar
from handlers.domain.people import Person
from handlers import texts
from handlers.errors import Conflict, IdentityRefused, UserError
from handlers.invoer import clean_message
from handlers.messages import Actor, Address, IncomingCommand, OutgoingReply
from handlers.ports import Clock, UnitOfWork, UnitOfWorkFactory
from handlers.router import Router
from handlers.suggestions import PERSON, suggest_people
from handlers.texts import unknown_command
from handlers.texts.invoer import CONFLICT

log = logging.getLogger(__name__)
T = TypeVar("T")
# A race is retried on the new state a few times; more is no longer a race but a hot spot, so say so.
ATTEMPTS = 5
# A verslag of a long council meeting runs to a few hundred thousand characters; a book does not belong here.
MAX_DOCUMENT = 1_000_000


class Core:
    def __init__(
        self, router: Router, uow_factory: UnitOfWorkFactory, clock: Clock, calendar: Calendar,
        count_up_to: int | None = None,
    ) -> None:
        self.router = router
        self.count_up_to = count_up_to
        self.uow_factory = uow_factory
        self.clock = clock
        self.calendar = calendar

    def handle(self, incoming: IncomingCommand) -> OutgoingReply | None:
        """The reply, or None when this exact request was handled before (a platform retry).

        Raises UserError for a user's mistake; the dispatcher turns it into a friendly answer.
        Nothing is committed unless the command returns normally. When another transaction changed the
        same row or took the same key first, nothing was written and the command runs again on the new
        state: commands only return their reply, so a second run is safe.
        """
        return self._retrying(dataclasses.replace(incoming, text=clean_message(incoming.text)))

    def handle_document(self, incoming: IncomingCommand, document: str) -> OutgoingReply | None:
        """A verslag handed over as a file: read as 'verslag <text>', with room for a whole document."""
        text = "verslag\n" + clean_message(document, limit=MAX_DOCUMENT)
        return self._retrying(dataclasses.replace(incoming, text=text))

    def _retrying(self, incoming: IncomingCommand) -> OutgoingReply | None:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                return self._handle_once(incoming)
            except Conflict as conflict:
                log.info("gelijktijdige wijziging (%s), poging %d van %d", conflict, attempt, ATTEMPTS)
                # A little jitter, so two retrying requests do not meet again in lockstep.
                time.sleep(random.uniform(0, 0.02 * attempt))
        raise UserError(CONFLICT)

    def _handle_once(self, incoming: IncomingCommand) -> OutgoingReply | None:
        with self.uow_factory() as uow:
            if incoming.request_id and not uow.requests.first_time(
                f"{incoming.actor.platform}:{incoming.request_id}", self.clock.now()
            ):
                return None
            person = resolve_person(uow, incoming.actor)
            found = self.router.match(incoming.text)
            if found is None:
                raise UserError(unknown_command(incoming.text.strip(), self.router.suggestions(incoming.text)))
            command, rest = found
            ctx = Context(incoming, uow, self.clock, person, self.calendar, self.count_up_to)
            if command.needs_person:
                ctx.require_person()
            reply = command.run(ctx, rest)
            uow.commit()
            return reply


    def listen(self, incoming: IncomingCommand, source: str = "") -> OutgoingReply | None:
        """A channel message nobody addressed to the bot: a suggestion for its author, or None.

        Nothing about the message is stored unless a suggestion is made (then only that it was made).
        """
        incoming = dataclasses.replace(incoming, text=clean_message(incoming.text))
        with self.uow_factory() as uow:
            address = incoming.address
            # Most channels do not listen: they cost one read and write nothing.
            if address.private or uow.listening.kanaal(address.platform, address.conversation_id) is None:
                return None
            if incoming.request_id and not uow.requests.first_time(
                f"{incoming.actor.platform}:{incoming.request_id}", self.clock.now()
            ):
                return None
            person = resolve_person(uow, incoming.actor)
            reply = meeluisteren(Context(incoming, uow, self.clock, person, self.calendar, self.count_up_to), source)
            uow.commit()
            return reply

    def view(self, actor: Actor, address: Address, read: Callable[[Context], T]) -> T:
        """What a page shows (a list, an item), read the way a command reads: the person resolved from the
        registry, the same Context and rules. Nothing is written: the unit of work is never committed.

        Raises UserError for a user's mistake (an unknown name, a bad date), like a command."""
        with self.uow_factory() as uow:
            person = resolve_person(uow, actor)
            incoming = IncomingCommand(actor, address, "", self.clock.now())
            return read(Context(incoming, uow, self.clock, person, self.calendar, self.count_up_to))

    def suggest(self, actor: Actor, kind: str, typed: str) -> list[tuple[str, str]]:
        """Choices for a form field while typing; nothing for someone the registry does not know."""
        with self.uow_factory() as uow:
            try:
                if kind != PERSON or resolve_person(uow, actor) is None:
                    return []
            except IdentityRefused:
                return []
            return suggest_people(uow.people.all(), typed)


def resolve_person(uow: UnitOfWork, actor: Actor) -> Person | None:
    """Platform id first (cheap, stable); else e-mail, and remember the platform id for next time."""
    if actor.platform in {"slack", "teams"}:
        person = uow.people.by_platform_id(actor.platform, actor.user_id)
        if person is not None:
            return person
    if not actor.email:
        return None
    person = uow.people.by_email(actor.email)
    if person is not None and person.id is not None and actor.platform in {"slack", "teams"}:
        linked = person.slack_user_id if actor.platform == "slack" else person.teams_aad_id
        if linked and linked != actor.user_id:
            # Someone else claims this person's e-mail: never replace the link, never act as them.
            log.warning("beveiliging: %s-id %s meldt zich als persoon %s, die al gekoppeld is aan %s-id %s; geweigerd",
                        actor.platform, actor.user_id, person.id, actor.platform, linked)
            raise IdentityRefused(texts.IDENTITY_REFUSED)
        uow.people.link_platform(person.id, actor.platform, actor.user_id)
    return person
