"""A name as minutes write it ("Van de Ven", "G. Gringhuis", "Zaal") to the people in the registry."""
from __future__ import annotations

import re
from collections.abc import Sequence

from handlers.domain.people import Person
from handlers.domain.registry.naming import key

_INITIALS = re.compile(r"^([a-z]\.)+$")


def match_name(written: str, people: Sequence[Person]) -> list[Person]:
    """Everyone whose surname (with tussenvoegsels) is `written`, initials checked where given."""
    words = key(written).replace(",", " ").split()
    initials = "".join(w.replace(".", "") for w in words if _INITIALS.match(w))
    surname = " ".join(w for w in words if not _INITIALS.match(w))
    if not surname:
        return []
    found = []
    for person in people:
        name = key(person.name)
        if name == surname or name.endswith(" " + surname):
            first = name.split()[0] if name.split() else ""
            if not initials or first.startswith(initials[0]):
                found.append(person)
    return found
