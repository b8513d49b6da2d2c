"""Choices for a form field while the user types (a Slack people picker): the registry's people."""
from __future__ import annotations

from rapidfuzz import fuzz, process

from handlers.domain.people import Person
from handlers.router import normalise

PERSON = "persoon"
LIMIT = 20  # Slack shows at most 100 options; a short list is easier to read


def suggest_people(people: list[Person], typed: str, limit: int = LIMIT) -> list[tuple[str, str]]:
    """(label, e-mail) of the people whose name, handle or e-mail best matches what was typed so far."""
    wanted = normalise(typed)
    if not wanted:
        return [(_label(p), p.email) for p in people[:limit]]
    keys = {p.email: normalise(f"{p.name} {p.handle}") for p in people}
    starts = [p for p in people if any(word.startswith(wanted) for word in keys[p.email].split())]
    close = process.extract(wanted, keys, scorer=fuzz.partial_ratio, limit=limit, score_cutoff=75)
    by_email = {p.email: p for p in people}
    ordered = starts + [by_email[email] for _key, _score, email in close if by_email[email] not in starts]
    return [(_label(p), p.email) for p in ordered[:limit]]


def _label(person: Person) -> str:
    return f"{person.name} — {person.function}" if person.function else person.name
