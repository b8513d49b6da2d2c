"""Reading plain data field by field, collecting a Problem (with its path) for everything that is off."""
from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from handlers.domain.registry.naming import key, resolve
from handlers.domain.registry.problems import Problem
from handlers.texts import register as t

# The fields each entry may have: a typo like 'emial:' is reported, not silently ignored.
FIELDS = {
    "eenheden": {"code", "naam", "niveau", "leider", "onder"},
    "personen": {"naam", "email", "functie", "rollen", "eenheid", "opdrachtgever", "slack", "teams"},
    "portefeuilles": {"houder", "naam", "onderwerpen"},
    "opdrachten": {"naam", "omschrijving", "driehoek", "professionals", "status", "onderwerpen", "vertrouwelijk"},
    "contactgebieden": {"gebied", "soort", "contact"},
}
E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class Reader:
    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.people: dict[str, str] = {}

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def text(self, entry: dict[str, Any], name: str, path: str, required: bool = False) -> str:
        value = entry.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.problem(f"{path}.{name}", t.MISSING_FIELD.format(veld=name))
            return ""
        if isinstance(value, (dict, list)):
            self.problem(f"{path}.{name}", t.NOT_TEXT.format(veld=name))
            return ""
        return str(value).strip()

    def person(self, value: Any, path: str, required: bool = True, many: str = t.ONE_PERSON_ONLY) -> str:
        if value is None or value == "":
            if required:
                self.problem(path, t.MISSING_PERSON)
            return ""
        if isinstance(value, list):
            self.problem(path, many.format(wie=", ".join(map(str, value))))
            return resolve(str(value[0]), self.people) if value else ""
        return resolve(str(value), self.people)

    def people_list(self, value: Any, path: str) -> tuple[str, ...]:
        return tuple(self.person(v, f"{path}[{i}]") for i, v in enumerate(as_list(value)))

    def choice(self, enum: type[E], value: Any, path: str, default: E) -> E:
        if value is None or value == "":
            return default
        wanted = key(str(value))
        for member in enum:
            if key(member.value) == wanted:
                return member
        self.problem(path, t.UNKNOWN_CHOICE.format(waarde=value, keuzes=", ".join(m.value for m in enum)))
        return default

    def entries(self, data: dict[str, Any], section: str, build: Callable[[dict[str, Any], str], T | None]) -> tuple[T, ...]:
        value = data.get(section) or []
        if not isinstance(value, list):
            self.problem(section, t.NOT_A_LIST.format(veld=section))
            return ()
        built = []
        for index, entry in enumerate(value):
            path = f"{section}[{index}]"
            if not isinstance(entry, dict):
                self.problem(path, t.NOT_A_MAPPING)
                continue
            for name in sorted(set(map(str, entry)) - FIELDS[section]):
                self.problem(f"{path}.{name}", t.UNKNOWN_FIELD.format(veld=name, velden=", ".join(sorted(FIELDS[section]))))
            item = build(entry, path)
            if item is not None:
                built.append(item)
        return tuple(built)


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]
