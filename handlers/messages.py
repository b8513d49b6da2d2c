"""Plain values that cross the boundary between the platform adapters and the core.

Nothing here knows Slack, Teams or the console: an adapter translates its own payload into an
`IncomingCommand` and renders an `OutgoingReply` the way its users expect.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


@dataclass(frozen=True)
class Actor:
    """Who typed the command, as the platform knows them; the core resolves the person."""

    platform: str
    user_id: str
    email: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Address:
    """Where a reply goes. `private` is true for a DM/personal chat/console, false in a channel."""

    platform: str
    conversation_id: str
    private: bool
    thread_id: str | None = None


@dataclass(frozen=True)
class IncomingCommand:
    actor: Actor
    address: Address
    text: str
    received_at: dt.datetime
    # The platform's id for this request, used to ignore retries (Slack event_id, Teams activity.id).
    request_id: str | None = None


@dataclass(frozen=True)
class Field:
    label: str
    value: str


@dataclass(frozen=True)
class FormField:
    name: str
    label: str
    required: bool = True
    multiline: bool = False
    placeholder: str = ""
    initial: str = ""
    # "persoon": the field names a person; platforms that can offer a picker ask Core.suggest for choices.
    suggest: str = ""


@dataclass(frozen=True)
class Form:
    """A small form; on submit the adapter fills `submit_command` ({name} per field) and dispatches it."""

    title: str
    fields: tuple[FormField, ...]
    submit_command: str
    submit_label: str = "Opslaan"


class ButtonStyle(StrEnum):
    DEFAULT = "default"
    PRIMARY = "primary"
    DANGER = "danger"


@dataclass(frozen=True)
class Button:
    """An action. Either runs `command` at once, or first asks for input through `form`."""

    label: str
    command: str = ""
    form: Form | None = None
    style: ButtonStyle = ButtonStyle.DEFAULT


@dataclass(frozen=True)
class Item:
    """One record in a list (a toezegging, motie, ...), renderable as a card or a block."""

    key: str
    title: str
    fields: tuple[Field, ...] = ()
    buttons: tuple[Button, ...] = ()
    confidential: bool = False
    overdue: bool = False
    # The read-only command that shows this item alone ('toezegging T-2026-001'): a Teams card re-runs it
    # for each viewer (Universal Actions refresh), so what a viewer sees is what that viewer may read now.
    show: str = ""


@dataclass(frozen=True)
class Mention:
    """A person a reply names as 'Naam (e-mail)'; adapters turn that into a real @-mention where they can."""

    name: str
    email: str
    slack_user_id: str | None = None
    teams_aad_id: str | None = None

    @property
    def written(self) -> str:
        return f"{self.name} ({self.email})"


class ReplyKind(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class OutgoingReply:
    text: str
    items: tuple[Item, ...] = ()
    fields: tuple[Field, ...] = ()
    buttons: tuple[Button, ...] = ()
    notes: tuple[str, ...] = ()
    kind: ReplyKind = ReplyKind.INFO
    # True when the reply shows anything confidential: adapters may only show it privately.
    confidential: bool = False
    # The people the reply names, so Slack and Teams can render them as mentions.
    mentions: tuple[Mention, ...] = ()

    @property
    def shows_confidential(self) -> bool:
        return self.confidential or any(item.confidential for item in self.items)


@dataclass(frozen=True)
class Notification:
    """A message the bot starts itself (reminder, digest), addressed to a person, not a conversation."""

    person_id: int
    reply: OutgoingReply
    delivery_key: str
    created_at: dt.datetime
    extra: dict[str, str] = field(default_factory=dict)
