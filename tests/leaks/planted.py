"""Confidential items with a marker in every text, planted by the concernadviseur (issue 12's leak matrix)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from bot.app import App
from bot.clock import FixedClock
from tests.dialogue import KARIN, say

MARKER = "zwartgeheim"  # lower case: outputs are compared lower-cased

# Who may read the planted items (owner Hans Bakker, portefeuillehouder Anna de Vries, the keepers) …
READERS = {
    "concernadviseur": KARIN,
    "andere concernadviseur": "lars.dekker@noordwaard.example",
    "griffier": "olga.brouwer@noordwaard.example",
    "eigenaar": "hans.bakker@noordwaard.example",
    "portefeuillehouder": "anna.devries@noordwaard.example",
}
# … and who may not, each for another reason.
OUTSIDERS = {
    "professional in het team van de eigenaar": "maaike.peters@noordwaard.example",
    "ambtelijk opdrachtgever van de eigenaar": "frank.smit@noordwaard.example",
    "andere portefeuillehouder": "bram.kuipers@noordwaard.example",
    "commissaris": "dirk.hoekstra@noordwaard.example",
    "secretaris": "els.mulder@noordwaard.example",
    "bestuursadviseur": "rosa.willems@noordwaard.example",
}


@dataclass(frozen=True)
class Planted:
    toezegging: str
    motie: str
    uit_motie: str  # the toezegging the motie was taken over as
    lobby: str
    punt: str
    vergadering: str
    college: str
    publieke_motie: str  # not confidential, but taken over as a toezegging that became confidential


def _number(pattern: str, text: str) -> str:
    found = re.search(pattern, text)
    assert found, text
    return found.group(0)


@contextmanager
def after_the_meetings(app: App) -> Iterator[None]:
    """A week and a half later (the next PO and college have taken place), then back to today."""
    clock = app.clock
    assert isinstance(clock, FixedClock)
    today = clock.moment
    clock.moment = today + dt.timedelta(days=10)
    try:
        yield
    finally:
        clock.moment = today


def plant(app: App) -> Planted:
    toezegging = _number(r"T-\d{4}-\d{3}", say(app, (
        f"toezegging nieuw Grondaankoop {MARKER} Oosterweg; portefeuillehouder: De Vries; eigenaar: Bakker; "
        "deadline: 2-11-2026; vertrouwelijk")))
    say(app, f"toezegging stand {toezegging} taxatie {MARKER} loopt")
    motie = _number(r"M\d{4}-\d{3}", say(app, (
        f"motie nieuw M2026-077 Onteigening {MARKER} Westpolder; dictum: verzoekt {MARKER}; datum: 12-10-2026; "
        "uitslag: aangenomen; portefeuillehouder: De Vries; eigenaar: Bakker; termijn: 3-11-2026; vertrouwelijk")))
    uit_motie = _number(r"T-\d{4}-\d{3}", say(app, f"motie overnemen als toezegging {motie}"))
    lobby = _number(r"L-\d{4}-\d{3}", say(app, (
        f"lobby nieuw Geheime {MARKER} deal; dossier: Nedersaksenlijn; target: ministerie {MARKER}; "
        "moment: 1-12-2026; bestuurder: De Vries; eigenaar: Bakker; vertrouwelijk")))
    punt_reply = say(app, (
        f"agendapunt nieuw Verkoop {MARKER} gronden; vergadering: volgende PO; fase: besluitvorming; "
        "portefeuillehouder: De Vries; opdrachtnemer: Bakker; vertrouwelijk"))
    punt = _number(r"A-\d{4}-\d{3}", punt_reply)
    vergadering = _number(r"(?<=Vergadering )\d+", say(app, "agenda volgende PO"))
    with after_the_meetings(app):  # outcomes are recorded once a meeting has taken place
        for outcome in (f"toezegging {toezegging}", f"besluit Akkoord {MARKER} verkoop; vertrouwelijk"):
            assert "vastgelegd" in say(app, f"vergadering {vergadering} {outcome}").lower()
    college = _number(r"(?<=Vergadering )\d+", say(app, "agenda volgende GS"))
    publiek = _number(r"M\d{4}-\d{3}", say(app, (
        "motie nieuw M2026-078 Fietspad Oosterweg; datum: 12-10-2026; uitslag: aangenomen; "
        "portefeuillehouder: De Vries; eigenaar: Bakker; termijn: Q3 2027")))
    overgenomen = _number(r"T-\d{4}-\d{3}", say(app, f"motie overnemen als toezegging {publiek}"))
    say(app, f"toezegging wijzig {overgenomen} omschrijving: Fietspad met {MARKER} grondruil; vertrouwelijk: ja")
    return Planted(toezegging, motie, uit_motie, lobby, punt, vergadering, college, publiek)


def surname(email: str) -> str:
    return email.split("@")[0].split(".")[-1].capitalize()


def item_commands(p: Planted, own_name: str = "Peters") -> list[str]:
    """Every command that names one of the planted items, the ways an outsider would try."""
    return [
        # Naming yourself portefeuillehouder to get onto the college agenda, then linking to echo a toezegging.
        f"agendapunt nieuw Mijn punt; vergadering: volgende GS; fase: besluitvorming; portefeuillehouder: {own_name}",
        f"vergadering {p.college} besluit Akkoord", f"vergadering {p.college} toezegging {p.toezegging}",
        f"vergadering {p.college} toezegging {p.uit_motie}", f"vergadering {p.college}",
        f"motie {p.publieke_motie}", f"motie historie {p.publieke_motie}", "moties alle",
        f"toezegging {p.toezegging}", f"toezegging historie {p.toezegging}", f"toezegging {p.uit_motie}",
        f"toezegging historie {p.uit_motie}", f"motie {p.motie}", f"motie historie {p.motie}",
        f"lobby {p.lobby}", f"lobby historie {p.lobby}", f"agendapunt {p.punt}", f"agendapunt historie {p.punt}",
        f"vergadering {p.vergadering}", "agenda volgende PO", f"vergadering {p.vergadering} toezegging {p.toezegging}",
        f"vergadering {p.vergadering} toezegging {p.uit_motie}", f"herinner {p.toezegging} morgen",
        f"toezegging stand {p.toezegging} iets", f"toezegging wijzig {p.toezegging} vertrouwelijk: nee",
        f"motie overnemen als toezegging {p.motie}", f"agendapunt wijzig {p.punt} fase: beeldvorming",
        f"agendapunt nieuw Mijn punt; vergadering: volgende PO; fase: beeldvorming; portefeuillehouder: De Vries",
        "toezeggingen alle", "toezeggingen verlopen", "toezeggingen van Bakker", "toezeggingen van De Vries",
        "moties alle", "moties verlopen", "moties overzicht", "lobby alle", "lobby Nedersaksenlijn", "overzicht",
        "vergaderingen", "agenda", f"{p.toezegging}", f"wat is {p.toezegging}",
    ]
