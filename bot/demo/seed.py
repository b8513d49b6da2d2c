"""Seeds the fictional demo organisation from its registry file, and a few toezeggingen typed through
the real command path. The registry goes through the same loader as `samenspel registry load`."""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from bot.app import App
from bot.console.translate import to_incoming
from handlers.commands.register.opslaan import load_text
from handlers.domain.people import Person
from handlers.domain.registry.reading import read_register
from handlers.domain.registry.yamlfile import parse

log = logging.getLogger(__name__)
REGISTER = Path(__file__).with_name("register.yaml")
ORGANISATIE = REGISTER  # the old name, for code written against organisatie.yaml
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


# What `make run` adds so that every list has something to show. Tests keep to the toezeggingen above,
# so their numbers (M…, L…, A…) start empty.
WERK = (
    "motie nieuw M2026-031 Snelfietsroute Wadbrug–Noordwaard; dictum: verzoekt het college de aanleg van een "
    "snelfietsroute te onderzoeken; uitslag: aangenomen; fracties: Groen Noordwaard, Fietsersbelang; "
    "portefeuillehouder: Anna de Vries; eigenaar: Hans Bakker; termijn: Q2 2027",
    "lobby nieuw Spoorverdubbeling in het MIRT; dossier: Nedersaksenlijn; target: ministerie van IenW; "
    "moment: over zes weken; bestuurder: De Vries; partners: SNN, buurprovincie",
    "agendapunt nieuw Subsidieregeling fietsinfrastructuur; vergadering: PO {po}; fase: besluitvorming; "
    "portefeuillehouder: De Vries; opdrachtnemer: Bakker",
    # A PO that was held last week, so recording its outcomes ('vergadering vorige PO besluit …') works at once.
    "vergadering nieuw PO Mobiliteit; soort: po; datum: {vorige}; tijd: 10:00; portefeuillehouder: De Vries; bevestig",
)


def load_people(path: Path = REGISTER) -> list[Person]:
    """The demo's people as plain Person values (without ids), for tests that need them outside a database."""
    register, _problems = read_register(parse(path.read_text(encoding="utf-8"), str(path))[0])
    return [Person(None, p.naam, p.email, p.functie, p.rollen) for p in register.personen]


def seed_demo(app: App, *, werk: bool = False) -> None:
    with app.uow_factory() as uow:
        load_text(uow, REGISTER.read_text(encoding="utf-8"), REGISTER.name, app.clock.now(), None)
        uow.commit()
    for line in TOEZEGGINGEN:
        reply = app.dispatcher.handle(to_incoming(line, CONCERNADVISEUR, app.clock.now()))
        if reply is None or reply.kind != "info":
            raise RuntimeError(f"demo-toezegging niet geladen: {line!r}: {reply}")
    today = app.clock.now().date()
    # The PO in two weeks' time: far enough ahead that the stukken are not yet due.
    po = today + dt.timedelta(days=14 - today.weekday())
    for line in WERK if werk else ():
        line = line.format(po=f"{po:%d-%m-%Y}", vorige=f"{today - dt.timedelta(days=7):%d-%m-%Y}")
        reply = app.dispatcher.handle(to_incoming(line, CONCERNADVISEUR, app.clock.now()))
        if reply is None or reply.kind != "info":
            # The agenda depends on the configured schedule: a demo without it still starts.
            log.warning("demo-regel overgeslagen: %s", line.split(" ", 1)[0])
