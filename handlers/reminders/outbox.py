"""The values that go in and out of the notification outbox (the ReminderRepository port)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any


class Channel(StrEnum):
    """Why a notification exists; also the first part of its delivery key."""

    REMINDER = "herinnering"
    ESCALATION = "escalatie"
    DIGEST = "overzicht"
    LATER = "later"
    RONDE = "ronde"  # a stand-van-zakenronde message (handlers/commands/ronde/vragen.py)


class Priority(IntEnum):
    """Claim order when more is due than the platforms take at once: the lowest goes first.

    On Monday morning thousands of weekoverzichten wait behind the platforms' limits; a deadline that is
    today, one that has passed, and an escalation must not wait behind them.
    """

    DEADLINE = 0  # on or past its deadline (z.s.m. included), escalations, and the lists that fold them
    SOON = 1  # before its deadline, 'herinner me later', the stand-van-zakenronde
    DIGEST = 2  # weekoverzichten (also the moties digest)


BY_CHANNEL = {Channel.ESCALATION: Priority.DEADLINE, Channel.DIGEST: Priority.DIGEST}


class State(StrEnum):
    PENDING = "pending"  # waiting for its moment (or for a retry)
    SENDING = "sending"  # claimed by a worker until lease_until
    DELIVERED = "delivered"
    EXPIRED = "expired"  # kept failing until its expiry: given up, logged
    UNREACHABLE = "unreachable"  # the person has no platform we can reach
    FOLDED = "folded"  # too old to send late: listed in the next digest instead
    DIGESTED = "digested"  # a folded one that has been listed in a digest
    SUPERSEDED = "superseded"  # a 'remind me later' overtaken by a regular reminder; last week's unsent digest
    LISTED = "listed"  # told in a message that lists several items for one recipient (never sent itself)


@dataclass(frozen=True)
class Planned:
    delivery_key: str
    person_id: int
    channel: Channel
    item_kind: str  # "" for digests
    item_key: str
    reply: dict[str, Any]  # codec.reply_to_json
    not_before: dt.datetime
    expires_at: dt.datetime
    state: State = State.PENDING
    planned_at: dt.datetime | None = None  # when it was planned; None: at not_before
    priority: Priority | None = None  # None: what its channel usually gets (BY_CHANNEL, else SOON)

    @property
    def claim_order(self) -> Priority:
        return self.priority if self.priority is not None else BY_CHANNEL.get(self.channel, Priority.SOON)


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    delivery_key: str
    person_id: int
    channel: Channel
    item_kind: str
    item_key: str
    reply: dict[str, Any]
    attempts: int
    expires_at: dt.datetime
    # True when an earlier claim's lease ran out: a send may already have happened (crash after
    # send, before record), so the notifier should check before sending again where it can.
    uncertain: bool = False
