"""What the user is told when a phrase is not a deadline; nothing is ever guessed."""
from __future__ import annotations

from handlers.deadlines.model import Deadline, DeadlineKind

EXAMPLES: tuple[str, ...] = ("Q2 2027", "voor de zomer", "over twee weken")


class NotUnderstood(Exception):
    """A recogniser saw the shape but the content is impossible (32 maart, Q5, a missing moment)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def error(text: str, reason: str) -> Deadline:
    shown = ", ".join(f"'{e}'" for e in EXAMPLES[:-1]) + f" of '{EXAMPLES[-1]}'"
    quoted = text.strip() if len(text.strip()) <= 60 else text.strip()[:57] + "…"
    if quoted:
        message = f"Ik begrijp de termijn '{quoted}' niet: {reason}. Probeer bijvoorbeeld {shown}."
    else:
        message = f"Er is geen termijn opgegeven. Probeer bijvoorbeeld {shown}."
    return Deadline(text=text, kind=DeadlineKind.ERROR, message=message, examples=EXAMPLES)


def unknown_words(text: str, known: frozenset[str]) -> str:
    """The words of `text` the layer has no meaning for, quoted for the error message."""
    unknown = [w for w in text.split() if w not in known and not w.isdigit()]
    if not unknown:
        return "deze combinatie van woorden is geen termijn die ik ken"
    label = "onbekend woord" if len(unknown) == 1 else "onbekende woorden"
    return f"{label} " + ", ".join(f"'{w}'" for w in unknown)
