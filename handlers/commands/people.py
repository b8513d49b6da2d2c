"""Finding the person a user means: by e-mail, handle, name, or a platform mention."""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from handlers.domain.people import Person
from handlers.errors import UserError
from handlers.ports import UnitOfWork
from handlers.router import normalise

# Slack writes a mention as <@U123> or <@U123|naam>; Teams adapters pass the name.
_SLACK_MENTION = re.compile(r"^<@([A-Z0-9]+)(?:\|[^>]*)?>$")


def find_person(uow: UnitOfWork, text: str) -> Person:
    wanted = text.strip().lstrip("@").strip()
    if not wanted:
        raise UserError("Wie bedoel je? Noem een naam of e-mailadres.")
    mention = _SLACK_MENTION.match(text.strip())
    if mention:
        person = uow.people.by_platform_id("slack", mention.group(1))
        if person:
            return person
    if "@" in wanted:
        person = uow.people.by_email(wanted)
        if person:
            return person
    people = uow.people.all()
    exact = [p for p in people if _matches(p, wanted)]
    if len(exact) == 1:
        return exact[0]
    if len(exact) > 1:
        names = ", ".join(f"{p.name} ({p.email})" for p in exact)
        raise UserError(f"'{wanted}' past bij meerdere mensen: {names}. Noem het e-mailadres.")
    raise UserError(_unknown(wanted, people))


def _matches(person: Person, wanted: str) -> bool:
    key = normalise(wanted)
    name = normalise(person.name)
    return key in {name, normalise(person.handle), normalise(person.email)} or name.endswith(" " + key)


def _unknown(wanted: str, people: list[Person]) -> str:
    names = {p.name: p for p in people}
    close = process.extract(wanted, list(names), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    if close:
        suggestions = ", ".join(f"{name} ({names[name].email})" for name, _score, _i in close)
        return f"'{wanted}' ken ik niet. Bedoel je: {suggestions}?"
    return f"'{wanted}' ken ik niet. Typ 'personen' voor wie ik ken."
