"""Finding the person a user means: by e-mail, handle, name, or a platform mention."""
from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from handlers.domain.functies import BESTUURLIJK, Functie, fits
from handlers.domain.people import Person
from handlers.errors import UserError
from handlers.ports import UnitOfWork
from handlers.router import normalise
from handlers.texts import een_van
from handlers.texts import functies as tf

# Slack writes a mention as <@U123> or <@U123|naam>; Teams adapters pass the name.
_SLACK_MENTION = re.compile(r"^<@([A-Z0-9]+)(?:\|[^>]*)?>$")
# The speaker, named as the speaker names themselves: 'portefeuillehouder: ik', 'toezeggingen van mij'.
SELF = frozenset({"ik", "mij", "mijzelf", "mezelf", "zelf", "me"})


def find_person(uow: UnitOfWork, text: str, *, speaker: Person | None = None) -> Person:
    """Full name, surname, first name (when only one person has it), handle, e-mail, a mention, or 'ik'."""
    wanted = text.strip().lstrip("@").strip()
    if not wanted:
        raise UserError("Wie bedoel je? Noem een naam of e-mailadres.")
    if speaker is not None and normalise(wanted) in SELF:
        return speaker
    mention = _SLACK_MENTION.match(text.strip())
    if mention:
        person = uow.people.by_platform_id("slack", mention.group(1))
        if person:
            return person
    if "@" in wanted:
        person = uow.people.by_email(wanted)
        if person:
            return person
    people = uow.people.directory()
    key = normalise(wanted)
    exact = [(pid, name, email) for pid, name, email in people if _matches(key, name, email)]
    if len(exact) == 1:
        found = uow.people.get(exact[0][0])
        if found is not None:
            return found
    if len(exact) > 1:
        names = een_van([f"{name} ({email})" for _pid, name, email in sorted(exact, key=lambda p: normalise(p[1]))])
        raise UserError(f"Wie bedoel je met '{wanted}': {names}? Noem de volledige naam of het e-mailadres.")
    raise UserError(_unknown(wanted, people))


def _matches(key: str, name: str, email: str) -> bool:
    """Full name, surname ('De Vries'), first name ('Anna'), handle (the e-mail before the @) or e-mail, ignoring
    case and accents. Two people with that first name (or surname) both match, and are asked about."""
    name = normalise(name)
    return (key in {name, name.split(" ", 1)[0], normalise(email.split("@", 1)[0]), normalise(email)}
            or name.endswith(" " + key))


def _unknown(wanted: str, people: list[tuple[int, str, str]]) -> str:
    emails = {name: email for _pid, name, email in people}
    close = process.extract(wanted, list(emails), scorer=fuzz.WRatio, limit=3, score_cutoff=60)
    if close:
        suggestions = ", ".join(f"{name} ({emails[name]})" for name, _score, _i in close)
        return f"'{wanted}' ken ik niet. Bedoel je: {suggestions}?"
    return f"'{wanted}' ken ik niet. Typ 'personen' voor wie ik ken."


def find_for(uow: UnitOfWork, text: str, functie: Functie, *, speaker: Person | None = None) -> Person:
    """The person meant, checked against the part they are named for; a refusal suggests who would fit."""
    person = find_person(uow, text, speaker=speaker)
    if fits(person, functie):
        return person
    rol = ", ".join(sorted(r.value for r in person.roles)) or tf.NO_ROLE
    fitting = _closest_first([p for p in uow.people.all() if fits(p, functie)], person)
    raise UserError(
        tf.WRONG_ROLE.format(naam=person.name, rol=rol, wat=tf.WAT[functie.value], functie=functie.value,
                             wie=_who_fits(fitting, functie)),
        examples=tuple(tf.WRONG_ROLE_EXAMPLE.format(functie=functie.value, naam=p.name) for p in fitting[:1]),
    )


def maybe_for(uow: UnitOfWork, text: str | None, functie: Functie, *, speaker: Person | None = None) -> int | None:
    """`find_for` for an optional field: None when nothing was typed."""
    return find_for(uow, text, functie, speaker=speaker).id if text else None


def _closest_first(fitting: list[Person], named: Person) -> list[Person]:
    """Closest in function first: for 'gedeputeerde Mobiliteit' the 'teamleider Mobiliteit'."""
    return sorted(fitting, key=lambda p: (-fuzz.token_set_ratio(named.function, p.function), p.name))


def _who_fits(fitting: list[Person], functie: Functie) -> str:
    if not fitting:
        return tf.NOBODY
    shown = fitting if functie in BESTUURLIJK else fitting[:3]
    namen = ", ".join(f"{p.name} ({p.function})" if p.function else p.name for p in shown)
    return (tf.WIE_BESTUURLIJK if functie in BESTUURLIJK else tf.WIE_AMBTELIJK).format(namen=namen)


def owner_notes(kind: str, nummer: str, eigenaar_id: int | None, registrant: Person, named: bool, lijst: str) -> tuple[str, ...]:
    """What the registration reply says about the owner when nobody was named as eigenaar."""
    if named:
        return ()
    if eigenaar_id is None:
        return (tf.OWNERLESS.format(kind=kind, nummer=nummer, lijst=lijst),)
    return (tf.OWNER_IS_YOU,) if eigenaar_id == registrant.id else ()
