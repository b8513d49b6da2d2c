"""Who may change and read an item, role by role (toezeggingen, moties, lobby and opdrachten use the same rules)."""
from __future__ import annotations

import pytest

from bot.app import App
from handlers.domain.people import Person, Rol
from handlers.domain.permissions import Stake, may_change, may_change_registry, may_read
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
