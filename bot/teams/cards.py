"""The neutral reply as an Adaptive Card (schema 1.5: Teams desktop, web and mobile render it).

Buttons become Action.Submit; a button with a form becomes Action.ShowCard with the inputs and an
Action.Submit whose data carries the form's command template and which input fills which {placeholder}.
"""
from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from handlers.messages import Button, ButtonStyle, Field, Form, Item, OutgoingReply, ReplyKind
from handlers.texts import teams as t

CARD_VERSION = "1.5"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
_COLOURS = {ReplyKind.ERROR: "Attention", ReplyKind.WARNING: "Warning"}
_STYLES = {ButtonStyle.PRIMARY: "positive", ButtonStyle.DANGER: "destructive"}

Json = dict[str, Any]


def card(reply: OutgoingReply, action_key: str) -> Json:
    ids = (f"veld{n}" for n in itertools.count(1))  # input ids must be unique in the whole card
    heading: Json = {"type": "TextBlock", "text": reply.text, "wrap": True, "weight": "Bolder", "size": "Medium"}
    if reply.kind in _COLOURS:
        heading["color"] = _COLOURS[reply.kind]
    body: list[Json] = [heading]
    body.extend(_item(item, ids, action_key) for item in reply.items)
    if reply.fields:
        body.append(_facts(reply.fields))
    body.extend(_note(note) for note in reply.notes)
    content: Json = {
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": CARD_VERSION,
        "body": body,
        "msteams": {"width": "Full"},
    }
    if reply.buttons:
        content["actions"] = [_action(b, ids, action_key) for b in reply.buttons]
    return content


def _item(item: Item, ids: Iterator[str], action_key: str) -> Json:
    marks = [t.CONFIDENTIAL_MARK] * item.confidential + [t.OVERDUE_MARK] * item.overdue
    parts: list[Json] = [
        {"type": "TextBlock", "text": item.title, "wrap": True, "weight": "Bolder",
         **({"color": "Attention"} if item.overdue else {})},
    ]
    if marks:
        parts.append({"type": "TextBlock", "text": " · ".join(marks), "isSubtle": True, "size": "Small", "spacing": "None"})
    if item.fields:
        parts.append(_facts(item.fields))
    if item.buttons:
        parts.append({"type": "ActionSet", "actions": [_action(b, ids, action_key) for b in item.buttons]})
    return {"type": "Container", "separator": True, "spacing": "Medium", "id": f"item-{item.key}", "items": parts}


def _facts(fields: tuple[Field, ...]) -> Json:
    return {"type": "FactSet", "facts": [{"title": f.label, "value": f.value} for f in fields]}


def _note(note: str) -> Json:
    return {"type": "TextBlock", "text": note, "wrap": True, "isSubtle": True, "size": "Small"}


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
