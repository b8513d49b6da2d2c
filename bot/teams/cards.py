"""The neutral reply as an Adaptive Card (schema 1.5: Teams desktop, web and mobile render it).

Buttons become Action.Submit; a button with a form becomes Action.ShowCard with the inputs and an
Action.Submit whose data carries the form's command template and which input fills which {placeholder}.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Any

from handlers.messages import Button, ButtonStyle, Field, Form, Item, OutgoingReply, Page, ReplyKind
from handlers.texts import lists as list_texts
from handlers.texts import teams as t

CARD_VERSION = "1.5"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
_COLOURS = {ReplyKind.ERROR: "Attention", ReplyKind.WARNING: "Warning"}
_STYLES = {ButtonStyle.PRIMARY: "positive", ButtonStyle.DANGER: "destructive"}
# Teams refuses an activity past about 28 KB (HTTP 413, and the user sees nothing). The card gets this much;
# the rest of the activity (envelope, summary, mention entities) stays well under the difference.
CARD_BUDGET = 22_000
HEADING_CAP = 8_000
_TEXT_CAP = 2_000  # one text or fact value; the single-item view is where long texts are read in full

Json = dict[str, Any]


def safe(text: str, cap: int = _TEXT_CAP) -> str:
    """Text as Teams' markdown shows it literally: '<naam>' is not an HTML tag, and a line break stays one.

    Teams (and the Agents Playground) drop anything that looks like an HTML tag, and join single line breaks.
    """
    capped = text if len(text) <= cap else text[: cap - 1] + "…"
    return capped.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "\n\n")


def size(content: Json) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode())


def card(reply: OutgoingReply, action_key: str) -> Json:
    """The card within CARD_BUDGET: items that do not fit are left off with a note that says how many."""
    ids = (f"veld{n}" for n in itertools.count(1))  # input ids must be unique in the whole card
    heading: Json = {"type": "TextBlock", "text": safe(reply.text, HEADING_CAP), "wrap": True, "weight": "Bolder", "size": "Medium"}
    if reply.kind in _COLOURS:
        heading["color"] = _COLOURS[reply.kind]
    body: list[Json] = [heading]
    tail: list[Json] = [_facts(reply.fields)] if reply.fields else []
    tail.extend(_note(note) for note in reply.notes)
    used = size({"body": [heading, *tail], "actions": [_action(b, ids, action_key) for b in reply.buttons]}) + 600
    left_off = 0
    for item in reply.items:
        rendered = _item(item, ids, action_key)
        cost = size(rendered) + 1
        if left_off or used + cost > CARD_BUDGET:
            left_off += 1
            continue
        body.append(rendered)
        used += cost
    body.extend(tail)
    if left_off:
        body.append(_note(t.LEFT_OFF.format(n=left_off)))
    content: Json = {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": body,
        "msteams": {"width": "Full"},
    }
    buttons = reply.buttons + _next(reply.page)
    if buttons:
        content["actions"] = [_action(b, ids, action_key) for b in buttons]
    return content


def _next(page: Page | None) -> tuple[Button, ...]:
    if page is None or not page.next_command:
        return ()
    return (Button(list_texts.NEXT_BUTTON, command=page.next_command, style=ButtonStyle.PRIMARY),)


def _item(item: Item, ids: Iterator[str], action_key: str) -> Json:
    if not (item.fields or item.buttons):
        return _line(item)
    marks = [t.CONFIDENTIAL_MARK] * item.confidential + [t.OVERDUE_MARK] * item.overdue
    parts: list[Json] = [
        {"type": "TextBlock", "text": safe(item.title), "wrap": True, "weight": "Bolder",
         **({"color": "Attention"} if item.overdue else {})},
    ]
    if marks:
        parts.append({"type": "TextBlock", "text": " · ".join(marks), "isSubtle": True, "size": "Small", "spacing": "None"})
    if item.fields:
        parts.append(_facts(item.fields))
    if item.buttons:
        parts.append({"type": "ActionSet", "actions": [_action(b, ids, action_key) for b in item.buttons]})
    return {"type": "Container", "separator": True, "spacing": "Medium", "id": f"item-{item.key}", "items": parts}


def _line(item: Item) -> Json:
    """A compact list line: one TextBlock, red when overdue."""
    mark = f"{t.CONFIDENTIAL_MARK} · " if item.confidential else ""
    line: Json = {"type": "TextBlock", "text": safe(mark + item.title), "wrap": True, "spacing": "Small"}
    if item.overdue:
        line["color"] = "Attention"
    return line


def _facts(fields: tuple[Field, ...]) -> Json:
    return {"type": "FactSet", "facts": [{"title": safe(f.label), "value": safe(f.value)} for f in fields]}


def _note(note: str) -> Json:
    return {"type": "TextBlock", "text": safe(note), "wrap": True, "isSubtle": True, "size": "Small"}


def _action(button: Button, ids: Iterator[str], action_key: str) -> Json:
    if button.form is None:
        action: Json = {"type": "Action.Submit", "title": button.label, "data": {action_key: {"command": button.command}}}
    else:
        action = {"type": "Action.ShowCard", "title": button.label, "card": _form(button.form, ids, action_key)}
    if button.style in _STYLES:
        action["style"] = _STYLES[button.style]
    return action


def _form(form: Form, ids: Iterator[str], action_key: str) -> Json:
    inputs = {field.name: next(ids) for field in form.fields}
    body: list[Json] = [{"type": "TextBlock", "text": form.title, "wrap": True, "weight": "Bolder"}]
    for field in form.fields:
        entry: Json = {
            "type": "Input.Text", "id": inputs[field.name], "label": field.label, "isRequired": field.required,
            "isMultiline": field.multiline, "errorMessage": t.REQUIRED_FIELD.format(label=field.label),
        }
        entry.update({k: v for k, v in (("placeholder", field.placeholder), ("value", field.initial)) if v})
        body.append(entry)
    submit = {
        "type": "Action.Submit", "title": form.submit_label, "style": "positive",
        "data": {action_key: {"template": form.submit_command, "inputs": inputs}},
    }
    return {"type": "AdaptiveCard", "version": CARD_VERSION, "body": body, "actions": [submit]}
