"""A status machine: one table per kind that says which command may run in which status.

Every command that changes an item asks `Machine.ask` before it touches anything; a refusal says what
would work instead. The tables are complete (every command × every status), so a new command or a new
status cannot slip through unasked: building an incomplete table fails at import time.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from handlers.errors import UserError

# The cell value that means "allowed"; every other cell is a refusal template (see handlers/texts/status.py).
OK = ""


class Refused(UserError):
    """A command that the item's status does not allow; the message names the command that would work."""


@dataclass(frozen=True)
class Machine:
    kind: str
    statuses: tuple[str, ...]
    commands: tuple[str, ...]
    table: Mapping[str, Mapping[str, str]]  # status -> command -> OK or refusal template

    def __post_init__(self) -> None:
        for status in self.statuses:
            row = self.table.get(status, {})
            missing = set(self.commands) ^ set(row)
            if missing:
                raise ValueError(f"status machine {self.kind}: status {status!r} misses or adds {sorted(missing)}")

    def allowed(self, command: str, status: str) -> bool:
        return self.table[status][command] == OK

    def refusal(self, command: str, status: str, nummer: str, **names: str) -> str | None:
        """The refusal text with the item filled in, or None when the command may run."""
        template = self.table[status][command]
        if template == OK:
            return None
        return template.format(kind=self.kind, nummer=nummer, status=status, command=command, **names)

    def ask(self, command: str, status: str, nummer: str, **names: str) -> None:
        """The one question every changing command asks; raises Refused with what would work."""
        text = self.refusal(command, status, nummer, **names)
        if text is not None:
            raise Refused(text)

    def markdown(self) -> str:
        """The table as docs/commandos.md shows it: one row per status, ✓ where the command may run."""
        head = f"| {self.kind} · status | " + " | ".join(f"`{c}`" for c in self.commands) + " |"
        rule = "|---|" + "---|" * len(self.commands)
        rows = [
            f"| {status} | " + " | ".join("✓" if self.allowed(c, status) else "–" for c in self.commands) + " |"
            for status in self.statuses
        ]
        return "\n".join((head, rule, *rows))
