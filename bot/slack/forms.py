"""A neutral Form as a Slack modal, and a submitted modal back into command text.

The form travels inside the button value and then in the modal's private_metadata, so the server keeps
no state between the click, the modal and the submission (any replica can handle each step).
"""
from __future__ import annotations

import json
from dataclasses import replace
from collections.abc import Mapping
from typing import Any

from handlers.forms import fill_template
from handlers.messages import Form, FormField
from handlers.texts import slack as t
from handlers.texts.teams import TOGGLE_YES  # one word for the yes/no switch on every platform

CALLBACK_FORM = "samenspel_form"
VALUE_ACTION = "value"
PREVIEW_ACTION = "samenspel_deadline_preview"
PREVIEW_BLOCK = "deadline_preview"
# A field with suggestions is an external_select; Slack asks our options endpoint as the user types.
SUGGEST_ACTION = "samenspel_suggest"
_INPUT_LIMIT = 3000
_TITLE_LIMIT = 24  # Slack's limit for a modal title and its buttons


def form_to_value(form: Form) -> str:
    return json.dumps(
        {
            "t": form.title,
            "c": form.submit_command,
            "s": form.submit_label,
            "f": [[f.name, f.label, f.required, f.multiline, f.placeholder, f.initial, f.suggest, f.toggle]
                  for f in form.fields],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _field(data: list[Any]) -> FormField:
    # Forms from before suggestions (and toggles) existed carry six (seven) values: buttons in old messages still work.
    name, label, required, multiline, placeholder, initial, *rest = data
    suggest, toggle = (rest + ["", False])[:2]
    return FormField(name, label, bool(required), bool(multiline), placeholder, initial, suggest, bool(toggle))


def form_from_value(value: str) -> Form:
    data = json.loads(value)
    fields = tuple(_field(field) for field in data["f"])
    return Form(data["t"], fields, data["c"], data["s"])


def fill(form: Form, values: Mapping[str, str]) -> str:
    """The submit command with each {name} filled; a '; key: {name}' part is dropped when left empty."""
    return fill_template(form.submit_command, values, {f.name for f in form.fields if f.required})


def modal_view(form: Form, metadata: Mapping[str, Any], extra_blocks: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A modal with one input per field; the full title repeats inside because Slack cuts titles at 24."""
    blocks: list[dict[str, Any]] = [{"type": "section", "text": {"type": "mrkdwn", "text": f"*{form.title}*"}}]
    for field in form.fields:
        blocks.append(_input(field))
        if field.name == "deadline":
            blocks.append(_preview_hint())
    blocks.extend(extra_blocks or ())
    return {
        "type": "modal",
        "callback_id": CALLBACK_FORM,
        "title": {"type": "plain_text", "text": _short(form.title)},
        "submit": {"type": "plain_text", "text": _short(form.submit_label)},
        "close": {"type": "plain_text", "text": t.CANCEL},
        "private_metadata": json.dumps({**metadata, "form": form_to_value(_without_initials(form))}, ensure_ascii=False),
        "blocks": blocks,
    }


def _without_initials(form: Form) -> Form:
    """Pre-filled text is already in the inputs; private_metadata holds at most 3000 characters."""
    return replace(form, fields=tuple(replace(f, initial="") for f in form.fields))


def _input(field: FormField) -> dict[str, Any]:
    element: dict[str, Any] = {"type": "plain_text_input", "action_id": VALUE_ACTION, "multiline": field.multiline}
    if field.toggle:
        # A yes/no question is a checkbox, not a text to type 'ja' in; the command reads 'ja' or nothing.
        yes = {"text": {"type": "plain_text", "text": TOGGLE_YES}, "value": "ja"}
        element = {"type": "checkboxes", "action_id": VALUE_ACTION, "options": [yes]}
        if field.initial.strip().lower() == "ja":
            element["initial_options"] = [yes]
        return {"type": "input", "block_id": field.name, "label": {"type": "plain_text", "text": field.label[:2000]},
                "optional": True, "element": element}
    if field.suggest:
        element = {"type": "external_select", "action_id": f"{SUGGEST_ACTION}:{field.suggest}", "min_query_length": 1}
    elif field.initial:
        element["initial_value"] = field.initial[:_INPUT_LIMIT]
    if field.placeholder:
        element["placeholder"] = {"type": "plain_text", "text": field.placeholder[:150]}
    block: dict[str, Any] = {
        "type": "input",
        "block_id": field.name,
        "label": {"type": "plain_text", "text": field.label[:2000]},
        "optional": not field.required,
        "element": element,
    }
    if field.name == "deadline":
        # Enter in the deadline field shows at once how the deadline is understood.
        element["action_id"] = PREVIEW_ACTION
        element["dispatch_action_config"] = {"trigger_actions_on": ["on_enter_pressed"]}
        block["dispatch_action"] = True
    return block


def _preview_hint(text: str = t.DEADLINE_HINT) -> dict[str, Any]:
    return {"type": "context", "block_id": PREVIEW_BLOCK, "elements": [{"type": "mrkdwn", "text": text}]}


def with_preview(view: Mapping[str, Any], text: str) -> dict[str, Any]:
    """The same modal (for views.update) with the deadline explained under its field."""
    blocks = [_preview_hint(text) if b.get("block_id") == PREVIEW_BLOCK else b for b in view.get("blocks", [])]
    keep = ("type", "callback_id", "title", "submit", "close", "private_metadata")
    return {**{k: view[k] for k in keep if k in view}, "blocks": blocks}


def submitted_values(view: Mapping[str, Any]) -> dict[str, str]:
    """{field name: typed text} from a view_submission's state."""
    values: dict[str, str] = {}
    for block_id, actions in (view.get("state") or {}).get("values", {}).items():
        for action in actions.values():
            chosen = (action.get("selected_option") or {}).get("value")
            ticked = ",".join(str(o.get("value", "")) for o in action.get("selected_options") or [])
            values[block_id] = str(action.get("value") or action.get("selected_date") or chosen or ticked or "")
    return values


def metadata(view: Mapping[str, Any]) -> dict[str, Any]:
    return dict(json.loads(view.get("private_metadata") or "{}"))


def _short(text: str) -> str:
    """Whole words up to Slack's limit ('Deadline verzetten T-2026-001' → 'Deadline verzetten')."""
    if len(text) <= _TITLE_LIMIT:
        return text
    cut = text[:_TITLE_LIMIT].rsplit(" ", 1)[0]
    return cut if cut else text[: _TITLE_LIMIT - 1] + "…"
