"""Teams activities for the tests, built from the recorded payloads, and helpers to read cards."""
from __future__ import annotations

import copy
import itertools
from typing import Any

from tests.adapters.teams.harness import payload

_ids = itertools.count(1)


def personal(text: str, **changes: Any) -> dict[str, Any]:
    """The recorded personal-chat message with other text and a fresh activity id."""
    activity = copy.deepcopy(payload("teams_message_personal.json"))
    activity.update(text=text, id=f"personal-{next(_ids)}", **changes)
    activity.pop("attachments", None)
    return activity


def channel(text: str) -> dict[str, Any]:
    """The recorded channel message that @mentions the bot, saying `text` after the mention."""
    activity = copy.deepcopy(payload("teams_message_channel_mention.json"))
    # The same person as in personal(): one Teams account per person (a second one is refused).
    activity.update(text=f"<at>ridotest</at> {text}", id=f"channel-{next(_ids)}", **{"from": same_person()})
    activity.pop("attachments", None)
    return activity


def same_person() -> dict[str, Any]:
    """The sender of the recorded personal message: the tests' one Teams user."""
    sender: dict[str, Any] = copy.deepcopy(payload("teams_message_personal.json")["from"])
    return sender


def execute(action: dict[str, Any], values: dict[str, str]) -> dict[str, Any]:
    """What Teams posts when someone fills a card form and presses its Action.Execute: an adaptiveCard/action
    invoke whose value.action.data is the action's data with every input merged in under its id."""
    card = action["card"]
    inputs = {item["label"]: item["id"] for item in card["body"] if item["type"] == "Input.Text"}
    [button] = card["actions"]
    assert button["type"] == "Action.Execute", button
    data = dict(button["data"])
    for label, value in values.items():
        data[inputs[label]] = value
    return _invoke({"action": {"type": "Action.Execute", "verb": button["verb"], "data": data}, "trigger": "manual"})


def press(action: dict[str, Any]) -> dict[str, Any]:
    """What Teams posts when someone presses a card's Action.Execute that asks for nothing."""
    assert action["type"] == "Action.Execute", action
    return _invoke({"action": {"type": "Action.Execute", "verb": action["verb"], "data": action["data"]},
                    "trigger": "manual"})


def _invoke(value: dict[str, Any], conversation: dict[str, Any] | None = None) -> dict[str, Any]:
    activity = copy.deepcopy(payload("teams_invoke_adaptive_card_action.json"))
    activity.update(id=f"invoke-{next(_ids)}", conversation=conversation or personal("")["conversation"],
                    **{"from": personal("")["from"]})
    activity["value"] = value
    return activity


def find_action(card: dict[str, Any], title: str, item_key: str | None = None) -> dict[str, Any]:
    """A button by its title, on the whole card or on one item's container."""
    scope: list[dict[str, Any]] = list(card.get("actions", []))
    for element in card["body"]:
        if item_key is None or element.get("id") == f"item-{item_key}":
            for part in element.get("items", []):
                scope.extend(part.get("actions", []))
    for action in scope:
        if action["title"] == title:
            return action
    raise AssertionError(f"no button {title!r} in {card}")


def card_text(card: dict[str, Any]) -> str:
    """Every text on a card (blocks, facts, button titles), for asserting what a user sees."""
    out: list[str] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("text", "title", "value", "label"):
                if isinstance(node.get(key), str):
                    out.append(node[key])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(card)
    return "\n".join(out)
