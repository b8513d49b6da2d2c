"""The neutral reply as an Adaptive Card (schema 1.5: Teams desktop, web and mobile render it).

Buttons become Action.Execute (Universal Actions): Teams sends an adaptiveCard/action invoke and shows the
card the bot answers with in place of the old one, so a card always shows the item's state after the action.
A button with a form becomes Action.ShowCard with the inputs and an Action.Execute whose data carries the
form's command template and which input fills which {placeholder}. Only a dialog (task module) card uses
Action.Submit: Teams does not support Action.Execute there.

A card about one item also carries a refresh: Teams re-runs the item's read-only `show` command for each
listed viewer when the card is displayed, as that viewer, so the core's visibility rule decides what they see.
"""
from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from bot.paging import page_buttons
from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item, OutgoingReply, ReplyKind, Section
from handlers.texts import teams as t

CARD_VERSION = "1.5"
CARD_CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
# An adaptiveCard/action answer of this type leaves the card as it is and shows the text to whoever pressed.
MESSAGE_CONTENT_TYPE = "application/vnd.microsoft.activity.message"
_COLOURS = {ReplyKind.ERROR: "Attention", ReplyKind.WARNING: "Warning"}
_STYLES = {ButtonStyle.PRIMARY: "positive", ButtonStyle.DANGER: "destructive"}
EXECUTE, SUBMIT = "Action.Execute", "Action.Submit"
ACTION_VERB, REFRESH_VERB = "samenspel", "refresh"
# Teams refreshes a card automatically for at most 60 listed users.
MAX_REFRESH_USERS = 60
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


def card(reply: OutgoingReply, action_key: str, viewers: tuple[str, ...] = (), *, dialog: bool = False,
         view: str | None = None, problem: OutgoingReply | None = None) -> Json:
    """The card within CARD_BUDGET: items that do not fit are left off with a note that says how many.

    `viewers`: the Teams user ids (29:…) whose client refreshes the card; `dialog`: a task module card.
    `view`: the read-only command that shows this card again (default: a one-item card's `show`); every button
    carries it, so a failed action can answer with this same card and the reason on top (`problem`).
    """
    render = _Render(action_key, SUBMIT if dialog else EXECUTE, _view_of(reply) if view is None else view)
    heading: Json = {"type": "TextBlock", "text": safe(reply.text, HEADING_CAP), "wrap": True, "weight": "Bolder", "size": "Medium"}
    if reply.kind in _COLOURS:
        heading["color"] = _COLOURS[reply.kind]
    body: list[Json] = ([_problem(problem)] if problem is not None else []) + [heading]
    body.extend(_section(section, render) for section in reply.sections)
    tail: list[Json] = [_facts(reply.fields)] if reply.fields else []
    tail.extend(_note(note) for note in reply.notes)
    buttons = reply.buttons + page_buttons(reply.page)
    used = size({"body": [*body, *tail], "actions": [render.action(b) for b in buttons]}) + 600
    left_off = 0
    for item in reply.items:
        rendered = _item(item, render)
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
    if buttons:
        content["actions"] = [render.action(b) for b in buttons]
    refresh = None if dialog else _refresh(reply, action_key, viewers)
    if refresh:
        content["refresh"] = refresh
    return content


def _view_of(reply: OutgoingReply) -> str:
    return reply.items[0].show if len(reply.items) == 1 else ""


def with_typed(reply: OutgoingReply, template: str, typed: dict[str, str]) -> OutgoingReply:
    """The reply with what the user typed back in the form whose command template is `template`."""
    def fill(button: Button) -> Button:
        form = button.form
        if form is None or form.submit_command != template:
            return button
        fields = tuple(replace(f, initial=typed.get(f.name, f.initial)) for f in form.fields)
        return replace(button, form=replace(form, fields=fields))

    items = tuple(replace(item, buttons=tuple(map(fill, item.buttons))) for item in reply.items)
    return replace(reply, items=items, buttons=tuple(map(fill, reply.buttons)))


def _problem(problem: OutgoingReply) -> Json:
    """Why the action failed, above everything else on the card, in the colour Teams uses for attention."""
    lines = [{"type": "TextBlock", "text": safe(problem.text, HEADING_CAP), "wrap": True, "weight": "Bolder",
              "color": _COLOURS.get(problem.kind, "Attention")}]
    lines.extend({"type": "TextBlock", "text": safe(note), "wrap": True, "spacing": "Small"} for note in problem.notes)
    return {"type": "Container", "style": "attention", "id": "probleem", "items": lines}


def _refresh(reply: OutgoingReply, action_key: str, viewers: tuple[str, ...]) -> Json | None:
    """Only a card about one item can be shown anew for another viewer; a list stays as it was sent."""
    if len(reply.items) != 1 or not reply.items[0].show or not viewers:
        return None
    data = {action_key: {"command": reply.items[0].show}}
    return {"action": {"type": EXECUTE, "verb": REFRESH_VERB, "data": data},
            "userIds": list(dict.fromkeys(viewers))[:MAX_REFRESH_USERS]}


@dataclass
class _Render:
    """What every action on one card shares: the data key, Execute or Submit, the card's view, unique input ids."""

    action_key: str
    kind: str
    view: str
    ids: Iterator[str] = field(default_factory=lambda: (f"veld{n}" for n in itertools.count(1)))

    def data(self, payload: Json) -> Json:
        return {self.action_key: {**payload, "view": self.view} if self.view else payload}

    def action(self, button: Button) -> Json:
        if button.form is None:
            action: Json = self.run(button.label, self.data({"command": button.command}))
        else:
            action = {"type": "Action.ShowCard", "title": button.label, "card": self.form(button.form)}
        if button.style in _STYLES:
            action["style"] = _STYLES[button.style]
        return action

    def run(self, title: str, data: Json) -> Json:
        action: Json = {"type": self.kind, "title": title, "data": data}
        if self.kind == EXECUTE:
            action["verb"] = ACTION_VERB
        return action

    def form(self, form: Form, intro: tuple[str, ...] = ()) -> Json:
        """A form as a card of its own: inside an Action.ShowCard, or (with Action.Submit) as a dialog."""
        inputs = {f.name: next(self.ids) for f in form.fields}
        body: list[Json] = [{"type": "TextBlock", "text": form.title, "wrap": True, "weight": "Bolder"}]
        body.extend(_note(line) for line in intro)
        body.extend(_input(f, inputs[f.name]) for f in form.fields)
        submit = self.run(form.submit_label, self.data({"template": form.submit_command, "inputs": inputs}))
        submit["style"] = "positive"
        return {"type": "AdaptiveCard", "version": CARD_VERSION, "body": body, "actions": [submit]}


def _input(form_field: FormField, input_id: str) -> Json:
    # Only what differs from the schema's defaults: a page of verslag proposals carries a form per proposal,
    # and the whole card must stay under Teams' size limit.
    if form_field.toggle:
        # A yes/no question is a switch, not a text to type 'ja' in; the command reads 'ja' or 'nee'.
        on = form_field.initial.strip().lower() == "ja"
        return {"type": "Input.Toggle", "id": input_id, "label": form_field.label, "title": t.TOGGLE_YES,
                "valueOn": "ja", "valueOff": "nee", "value": "ja" if on else "nee"}
    entry: Json = {"type": "Input.Text", "id": input_id, "label": form_field.label}
    if form_field.required:
        entry.update(isRequired=True, errorMessage=t.REQUIRED_FIELD.format(label=form_field.label))
    if form_field.multiline:
        entry["isMultiline"] = True
    entry.update({k: v for k, v in (("placeholder", form_field.placeholder), ("value", form_field.initial)) if v})
    return entry


def form_card(form: Form, action_key: str, kind: str = EXECUTE, intro: tuple[str, ...] = ()) -> Json:
    """A form on its own (a dialog's card)."""
    return _Render(action_key, kind, "").form(form, intro)


def _section(section: Section, render: _Render) -> Json:
    """One entry of a menu: what the section holds, with the button that shows it."""
    text = {"type": "Column", "width": "stretch", "verticalContentAlignment": "Center",
            "items": [{"type": "TextBlock", "text": safe(section.summary), "wrap": True, "isSubtle": True}]}
    button = {"type": "Column", "width": "auto",
              "items": [{"type": "ActionSet", "actions": [render.action(Button(section.title, command=section.command))]}]}
    return {"type": "ColumnSet", "spacing": "Small", "columns": [button, text]}


def _item(item: Item, render: _Render) -> Json:
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
        parts.append({"type": "ActionSet", "actions": [render.action(b) for b in item.buttons]})
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
