"""Console adapter: a typed line becomes an IncomingCommand; a reply becomes plain text."""
from __future__ import annotations

import datetime as dt

from handlers.forms import as_typed
from handlers.messages import Actor, Address, Button, Field, IncomingCommand, Item, OutgoingReply
from handlers.texts import lists as list_texts

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
    # A menu's sections print in full: a terminal has no buttons to open them one at a time.
    fields = (*reply.fields, *(Field(s.title, s.contents) for s in reply.sections))
    if fields:
        width = min(max(len(f.label) for f in fields), 28)
        for f in fields:
            value = f.value.replace("\n", "\n" + " " * (width + 4))
            lines.append(f"  {f.label.ljust(width)}  {value}")
    lines.extend(_buttons(reply.buttons))
    lines.extend(f"  {note}" for note in reply.notes)
    if reply.page is not None and reply.page.next_command:
        hint = list_texts.NEXT_HINT.format(command=reply.page.next_command, n=reply.page.following)
        lines.append(f"  {hint}")
    elif reply.page is not None and reply.page.previous_command:
        lines.append(f"  {list_texts.PREVIOUS_HINT}")  # the last page: the way back, as Vorige on a card
    return "\n".join(lines)


def _item(item: Item) -> list[str]:
    mark = "!" if item.overdue else "•"
    lines = [f"{mark} {item.title}" + ("  [vertrouwelijk]" if item.confidential else "")]
    if item.fields:
        lines.append("    " + " · ".join(f"{f.label}: {f.value}" for f in item.fields))
    lines.extend("    " + line for line in _buttons(item.buttons))
    return lines


def _buttons(buttons: tuple[Button, ...]) -> list[str]:
    """Each button as the command it runs; 'Aanpassen' that would only repeat 'Registreer' is shown once."""
    shown: list[str] = []
    commands: set[str] = set()
    for button in buttons:
        command = button.command if button.form is None else as_typed(button.form)
        if command not in commands:
            commands.add(command)
            shown.append(f"→ {button.label}: {command}")
    return shown
