"""Turning 'Naam (e-mail)' in a rendered message into the platform's own @-mention."""
from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from handlers.messages import Mention


# Button payloads carry commands, not prose: a mention there would change what the button does.
PAYLOAD_KEYS = frozenset({"value", "data", "private_metadata", "action_id", "block_id", "id"})


def replace_texts(value: Any, replacements: Mapping[str, str]) -> Any:
    """Every prose string inside a rendered JSON message, with each key replaced by its value."""
    if not replacements:
        return value
    if isinstance(value, str):
        for old, new in replacements.items():
            value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [replace_texts(v, replacements) for v in value]
    if isinstance(value, dict):
        return {k: v if k in PAYLOAD_KEYS else replace_texts(v, replacements) for k, v in value.items()}
    return value


def mention_map(mentions: tuple[Mention, ...], render: Callable[[Mention], str | None]) -> dict[str, str]:
    """'Naam (e-mail)' → the platform form, for the people the platform knows."""
    found: dict[str, str] = {}
    for mention in mentions:
        rendered = render(mention)
        if rendered:
            found[mention.written] = rendered
    return found
