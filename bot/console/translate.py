"""Console adapter: a typed line becomes an IncomingCommand; a reply becomes plain text."""
from __future__ import annotations

import datetime as dt

from handlers.messages import Actor, Address, Button, IncomingCommand, Item, OutgoingReply
from handlers.texts import lists as list_texts

# Typed after a page of a list: the console runs the reply's next-page command.
MORE = {"meer", "volgende", "verder"}

PLATFORM = "console"


def to_incoming(line: str, email: str, now: dt.datetime) -> IncomingCommand:
    return IncomingCommand(
        actor=Actor(PLATFORM, email, email=email),
        address=Address(PLATFORM, "console", private=True),
        text=line,
        received_at=now,
    )


def render_reply(reply: OutgoingReply) -> str:
    lines = [reply.text]
    for item in reply.items:
        lines.extend(_item(item))
    if reply.fields:
        width = min(max(len(f.label) for f in reply.fields), 28)
        for f in reply.fields:
            value = f.value.replace("\n", "\n" + " " * (width + 4))
            lines.append(f"  {f.label.ljust(width)}  {value}")
    lines.extend(_button(b) for b in reply.buttons)
    lines.extend(f"  {note}" for note in reply.notes)
    if reply.page is not None and reply.page.next_command:
        hint = list_texts.NEXT_HINT.format(command=reply.page.next_command, n=reply.page.following)
        lines.append(f"  {hint}")
    return "\n".join(lines)


def _item(item: Item) -> list[str]:
    mark = "!" if item.overdue else "•"
    lines = [f"{mark} {item.title}" + ("  [vertrouwelijk]" if item.confidential else "")]
    if item.fields:
        lines.append("    " + " · ".join(f"{f.label}: {f.value}" for f in item.fields))
    lines.extend("    " + _button(b) for b in item.buttons)
    return lines


def _button(button: Button) -> str:
    """The console cannot click: show the command that the button would run."""
    if button.form is None:
        return f"→ {button.label}: {button.command}"
    template = button.form.submit_command
    for field in button.form.fields:
        template = template.replace("{" + field.name + "}", field.initial or f"<{field.name}>")
    return f"→ {button.label}: {template}"
