"""Plain values that cross the boundary between the platform adapters and the core.

Nothing here knows Slack, Teams or the console: an adapter translates its own payload into an
`IncomingCommand` and renders an `OutgoingReply` the way its users expect.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlencode


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
    # A yes/no question: a switch where the platform has one; the command gets 'ja' or 'nee'.
    toggle: bool = False


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
class Section:
    """One entry of a menu (the sections of 'help'). Where there are buttons, a platform shows the title as a
    button that runs `command` (which shows the section) with the `summary` beside it; a platform without
    buttons may print `contents` in full instead, so the whole menu fits on one screen of text."""

    title: str
    summary: str
    command: str
    contents: str


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


@dataclass(frozen=True)
class Page:
    """Where a long list stands: which page this is, how many there are, and the commands for the pages beside it.

    Adapters offer them their own way (*Vorige* and *Volgende* buttons, `meer` in the console).
    """

    number: int
    size: int
    total: int
    next_command: str = ""  # empty on the last page
    previous_command: str = ""  # empty on the first page

    @classmethod
    def at(cls, number: int, size: int, total: int, command: Callable[[int], str]) -> Page:
        """Page `number` of `total` items; `command(n)` is what shows page n (the same text a user types)."""
        pages = max(1, -(-total // size))
        return cls(number, size, total, command(number + 1) if number < pages else "",
                   command(number - 1) if 1 < number <= pages else "")

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def following(self) -> int:
        """How many items the next page holds."""
        return max(0, min(self.size, self.total - self.number * self.size))


class ReplyKind(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class ListLink:
    """The same list as a web page: its kind and the filter in the page's own query keys (docs/web.md#lijsten).
    Set by a list command only when the page shows exactly the same items; an adapter links to it where the web
    has a public address."""

    soort: str
    filters: tuple[tuple[str, str], ...] = ()
    # Where the web is (SAMENSPEL_WEB_ADRES): filled in by the adapter; empty, no link is shown.
    base: str = ""

    @property
    def path(self) -> str:
        return f"/{self.soort}" + ("?" + urlencode(self.filters) if self.filters else "")

    @property
    def url(self) -> str:
        return self.base.rstrip("/") + self.path if self.base else ""


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
    # Set on a list reply that holds one page of a longer list.
    page: Page | None = None
    # A menu: the sections a reply offers to show one at a time (see Section).
    sections: tuple[Section, ...] = ()
    # A list reply: the same list on the web.
    web_list: ListLink | None = None

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
