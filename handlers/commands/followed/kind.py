"""A followed kind as the shared commands see it: how to find, store, show and audit one item."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from handlers.context import Context
from handlers.domain.followed import Followed
from handlers.messages import Field, Item

T = TypeVar("T", bound=Followed)


@dataclass(frozen=True)
class Kind(Generic[T]):
    entity: str  # the word users type and the audit trail uses: "toezegging", "motie"
    load: Callable[[Context, str], tuple[T, str]]
    save: Callable[[Context, T], None]
    title: Callable[[T], str]
    snapshot: Callable[[Context, T], dict[str, str | None]]
    item: Callable[[Context, T], Item]
    details: Callable[[Context, T], tuple[Field, ...]]
    field_labels: Mapping[str, str]
    action_labels: Mapping[str, str]
