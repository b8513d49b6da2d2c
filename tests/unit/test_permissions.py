"""Who may change and read an item, role by role (toezeggingen, moties, lobby and opdrachten use the same rules)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import App
from handlers.domain.people import Person, Rol
from handlers.domain.permissions import (
    Stake, may_change, may_change_registry, may_read, may_run_agenda, may_show,
)
from tests.dialogue import say

OWNER, HOLDER, CREATOR, WORKER = 1, 2, 3, 4
STAKE = Stake(eigenaar_id=OWNER, portefeuillehouder_id=HOLDER, created_by_id=CREATOR, vertrouwelijk=True,
              betrokkenen=frozenset({WORKER}))


def person(pid: int, *roles: Rol) -> Person:
    return Person(pid, f"p{pid}", f"p{pid}@x.example", roles=frozenset(roles))


# (who, may change, may read the confidential item, may change the registry)
CASES = [
    ("concernadviseur", person(10, Rol.CONCERNADVISEUR), True, True, True),
    ("griffier", person(11, Rol.GRIFFIER), True, True, False),
    ("eigenaar", person(OWNER, Rol.TEAMLEIDER), True, True, False),
    ("portefeuillehouder van het item", person(HOLDER, Rol.PORTEFEUILLEHOUDER), False, True, False),
    ("andere portefeuillehouder", person(12, Rol.PORTEFEUILLEHOUDER), False, False, False),
    ("commissaris, niet van dit item", person(13, Rol.COMMISSARIS, Rol.PORTEFEUILLEHOUDER), False, False, False),
    ("betrokken professional", person(WORKER, Rol.PROFESSIONAL), False, True, False),
    ("directielid", person(14, Rol.DIRECTIELID), False, False, False),
    ("secretaris", person(15, Rol.SECRETARIS), False, False, False),
    ("professional", person(16, Rol.PROFESSIONAL), False, False, False),
    ("concerncontroller", person(17, Rol.CONCERNCONTROLLER), False, False, False),
]


@pytest.mark.parametrize(("who", "someone", "change", "read", "registry"), CASES, ids=[c[0] for c in CASES])
def test_role(who: str, someone: Person, change: bool, read: bool, registry: bool) -> None:
    assert may_change(someone, STAKE) is change
    assert may_read(someone, STAKE) is read
    assert may_read(someone, Stake(OWNER, HOLDER, CREATOR, vertrouwelijk=False)) is True
    assert may_change_registry(someone) is registry


def test_without_an_owner_the_registrar_may_change() -> None:
    assert may_change(person(CREATOR), Stake(None, HOLDER, CREATOR, False))
    assert not may_change(person(CREATOR), STAKE)


def test_strangers_read_only_what_is_open() -> None:
    assert may_read(None, Stake(OWNER, HOLDER, CREATOR, False))
    assert not may_read(None, STAKE) and not may_change(None, STAKE) and not may_change_registry(None)


def test_a_refused_read_names_owner_portefeuillehouder_and_keepers(app: App) -> None:
    say(app, "toezegging nieuw Grondaankoop; portefeuillehouder: Kuipers; eigenaar: Hans Bakker; deadline: Q2 2027; vertrouwelijk")
    refused = say(app, "toezegging T-2026-005", as_email="anna.devries@noordwaard.example")
    assert refused.startswith("Toezegging T-2026-005 is vertrouwelijk. Vraag het aan Hans Bakker (eigenaar), "
                              "Bram Kuipers (portefeuillehouder), Karin Bos (concernadviseur), Lars Dekker (concernadviseur), "
                              "Olga Brouwer (griffier).")


# The *Rechten* table (docs/rollenregister.md), row by row: who that is, and the item they look at.
OPDRACHTGEVER, OTHER_HOLDER, ANYONE = 5, 6, 7
README_ROWS: dict[str, tuple[Person, Stake]] = {
    "concernadviseur": (person(10, Rol.CONCERNADVISEUR), STAKE),
    "griffier": (person(11, Rol.GRIFFIER), STAKE),
    "eigenaar": (person(OWNER, Rol.TEAMLEIDER), STAKE),
    "wie het registreerde, item met eigenaar": (person(CREATOR, Rol.PROFESSIONAL), STAKE),
    "wie het registreerde, item zonder eigenaar": (person(CREATOR, Rol.PROFESSIONAL),
                                                    Stake(None, HOLDER, CREATOR, True, frozenset({WORKER}))),
    "portefeuillehouder van het item": (person(HOLDER, Rol.PORTEFEUILLEHOUDER), STAKE),
    "betrokkene": (person(WORKER, Rol.PROFESSIONAL), STAKE),
    "ambtelijk opdrachtgever van de eigenaar": (person(OPDRACHTGEVER, Rol.DIRECTIELID), STAKE),
    "andere portefeuillehouder": (person(OTHER_HOLDER, Rol.PORTEFEUILLEHOUDER), STAKE),
    "ieder ander": (person(ANYONE, Rol.PROFESSIONAL), STAKE),
}


def readme_rights() -> dict[str, tuple[bool, bool, bool, bool]]:
    """The first table under '## Rechten' in docs/rollenregister.md: wie | lezen | wijzigen | vertrouwelijk lezen | register."""
    text = (Path(__file__).resolve().parents[2] / "docs" / "rollenregister.md").read_text(encoding="utf-8")
    section = text.split("\n## Rechten", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]  # without the header
    table: dict[str, tuple[bool, bool, bool, bool]] = {}
    for line in rows:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        label = re.sub(r"\s*\(.*\)$", "", cells[0])
        values = [{"ja": True, "nee": False}[cell] for cell in cells[1:]]
        table[label] = (values[0], values[1], values[2], values[3])
    return table


def test_the_readme_rights_table_is_what_the_code_does() -> None:
    table = readme_rights()
    assert set(table) == set(README_ROWS)
    for label, (read, change, confidential, registry) in table.items():
        someone, stake = README_ROWS[label]
        open_stake = Stake(stake.eigenaar_id, stake.portefeuillehouder_id, stake.created_by_id, False, stake.betrokkenen)
        assert (may_read(someone, open_stake), may_change(someone, stake), may_read(someone, stake),
                may_change_registry(someone)) == (read, change, confidential, registry), label


def test_confidential_content_only_privately_even_to_readers() -> None:
    owner = person(OWNER, Rol.TEAMLEIDER)
    assert may_show(owner, STAKE, private=True) and not may_show(owner, STAKE, private=False)
    assert may_show(None, Stake(OWNER, HOLDER, CREATOR, False), private=False)


@pytest.mark.parametrize(("who", "meeting_holder", "holders", "allowed"), [
    (person(10, Rol.CONCERNADVISEUR), HOLDER, None, True),
    (person(11, Rol.GRIFFIER), None, set(), True),
    (person(HOLDER, Rol.PORTEFEUILLEHOUDER), HOLDER, None, True),
    (person(OTHER_HOLDER, Rol.PORTEFEUILLEHOUDER), HOLDER, None, False),
    (person(OTHER_HOLDER, Rol.PORTEFEUILLEHOUDER), None, None, True),  # a point on the college
    (person(OTHER_HOLDER, Rol.PORTEFEUILLEHOUDER), None, {HOLDER}, False),  # outcomes: only with a point on it
    (person(ANYONE, Rol.PROFESSIONAL), None, None, False),  # naming yourself portefeuillehouder gives nothing
    (person(ANYONE, Rol.PROFESSIONAL), None, {ANYONE}, False),
])
def test_who_runs_an_agenda_follows_the_registry(who: Person, meeting_holder: int | None, holders: set[int] | None,
                                                 allowed: bool) -> None:
    assert may_run_agenda(who, meeting_holder, holders) is allowed
