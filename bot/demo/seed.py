"""Seeds the fictional demo organisation, and a few toezeggingen typed through the real command path."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from bot.console.translate import to_incoming
from handlers.domain.people import Person, Rol

if TYPE_CHECKING:
    from bot.app import App

ORGANISATIE = Path(__file__).with_name("organisatie.yaml")
CONCERNADVISEUR = "karin.bos@noordwaard.example"

TOEZEGGINGEN = (
    "toezegging nieuw Raadsinformatiebrief over de verkeersveiligheid van de N-weg bij Wadbrug; "
    "portefeuillehouder: Anna de Vries; eigenaar: Hans Bakker; deadline: Q1 2027; vergadering: Staten 11-11-2026",
    "toezegging nieuw Evaluatie van de subsidieregeling MKB-innovatie delen met de commissie; "
    "portefeuillehouder: Bram Kuipers; eigenaar: Jeroen Meijer; deadline: voor de zomer; aan: fractie Groen Noordwaard",
    "toezegging nieuw Statenleden op de hoogte houden van de dijkversterking Oostpolder; "
    "portefeuillehouder: Carla Jansen; eigenaar: Ingrid de Boer; deadline: doorlopend",
    "toezegging nieuw Overzicht van de kosten van de verbouwing van het provinciehuis; "
    "portefeuillehouder: Dirk Hoekstra; eigenaar: Greetje Visser; deadline: over twee weken",
)


def load_people(path: Path = ORGANISATIE) -> list[Person]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        Person(None, p["naam"], p["email"], p.get("functie", ""), frozenset(Rol(r) for r in p.get("rollen", ())))
        for p in data["personen"]
    ]


def seed_demo(app: App) -> None:
    data: dict[str, Any] = yaml.safe_load(ORGANISATIE.read_text(encoding="utf-8"))
    with app.uow_factory() as uow:
        for person in load_people():
            uow.people.add(person)
        for entry in data["personen"]:
            if entry.get("opdrachtgever"):
                person, boss = uow.people.by_email(entry["email"]), uow.people.by_email(entry["opdrachtgever"])
                assert person and person.id and boss, entry
                uow.people.set_opdrachtgever(person.id, boss.id)
        uow.commit()
    for line in TOEZEGGINGEN:
        reply = app.dispatcher.handle(to_incoming(line, CONCERNADVISEUR, app.clock.now()))
        if reply is None or reply.kind != "info":
            raise RuntimeError(f"demo-toezegging niet geladen: {line!r}: {reply}")
