"""Small fakes for the notifier ports: they record what would have been sent."""
from __future__ import annotations

from dataclasses import dataclass, field

from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import Unreachable


@dataclass
class FakeChannelNotifier:
    posts: list[tuple[str, OutgoingReply]] = field(default_factory=list)
    fail: bool = False

    def post(self, channel: str, reply: OutgoingReply) -> None:
        if self.fail:
            raise ConnectionError("kanaal niet bereikbaar")
        self.posts.append((channel, reply))


@dataclass
class FakeNotifier:
    delivered: list[tuple[Person, Notification]] = field(default_factory=list)
    unreachable: set[str] = field(default_factory=set)  # e-mails that cannot be reached

    def deliver(self, person: Person, notification: Notification) -> None:
        if person.email in self.unreachable:
            raise Unreachable(person.email)
        self.delivered.append((person, notification))
