"""OutgoingReply <-> plain JSON, so a notification is rendered once, when planned, and stored.

The stored text is exactly what goes out, also when a retry happens hours later or in another
worker process.
"""
from __future__ import annotations

from typing import Any

from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item, OutgoingReply, ReplyKind


def _fields(fields: tuple[Field, ...]) -> list[list[str]]:
    return [[f.label, f.value] for f in fields]


def _form(form: Form | None) -> dict[str, Any] | None:
    if form is None:
        return None
    return {
        "title": form.title,
        "submit_command": form.submit_command,
        "submit_label": form.submit_label,
        "fields": [
            {"name": f.name, "label": f.label, "required": f.required, "multiline": f.multiline,
             "placeholder": f.placeholder, "initial": f.initial}
            for f in form.fields
        ],
    }


def _button(b: Button) -> dict[str, Any]:
    return {"label": b.label, "command": b.command, "form": _form(b.form), "style": b.style.value}


def reply_to_json(reply: OutgoingReply) -> dict[str, Any]:
    return {
        "text": reply.text,
        "items": [
            {"key": i.key, "title": i.title, "fields": _fields(i.fields), "buttons": [_button(b) for b in i.buttons],
             "confidential": i.confidential, "overdue": i.overdue}
            for i in reply.items
        ],
        "fields": _fields(reply.fields),
        "buttons": [_button(b) for b in reply.buttons],
        "notes": list(reply.notes),
        "kind": reply.kind.value,
        "confidential": reply.confidential,
    }


def _fields_from(data: list[list[str]]) -> tuple[Field, ...]:
    return tuple(Field(label, value) for label, value in data)


def _form_from(data: dict[str, Any] | None) -> Form | None:
    if data is None:
        return None
    fields = tuple(FormField(**f) for f in data["fields"])
    return Form(data["title"], fields, data["submit_command"], data["submit_label"])


def _button_from(data: dict[str, Any]) -> Button:
    return Button(data["label"], data["command"], _form_from(data["form"]), ButtonStyle(data["style"]))


def reply_from_json(data: dict[str, Any]) -> OutgoingReply:
    return OutgoingReply(
        text=data["text"],
        items=tuple(
            Item(i["key"], i["title"], _fields_from(i["fields"]), tuple(_button_from(b) for b in i["buttons"]),
                 i["confidential"], i["overdue"])
            for i in data["items"]
        ),
        fields=_fields_from(data["fields"]),
        buttons=tuple(_button_from(b) for b in data["buttons"]),
        notes=tuple(data["notes"]),
        kind=ReplyKind(data["kind"]),
        confidential=data["confidential"],
    )
