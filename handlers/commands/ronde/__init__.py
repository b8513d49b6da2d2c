"""The stand-van-zakenronde command group ('ronde …')."""
from __future__ import annotations

from handlers.commands.ronde import akkoord, antwoord, beheer, lijst, start
from handlers.router import Command
from handlers.texts.ronde import START_VOORBEELDEN

START_VOORBEELD_PH = START_VOORBEELDEN[1]

N = "T-2026-001"

COMMANDS = (
    Command("ronde start", start.start, "Start een stand-van-zakenronde (concernadviseur, griffie)",
            "ronde start <alle | toezeggingen | moties>; sluit: <moment>; voor: <vergadering>; "
            "[portefeuillehouder: <naam>; commissie: <naam>]",
            (START_VOORBEELD_PH,)),
    Command("ronde", beheer.overzicht, "Voortgang van de ronde per eigenaar en portefeuillehouder", "ronde", ("ronde",),
            aliases=("ronde voortgang",)),
    Command("ronde ongewijzigd", antwoord.ongewijzigd, "Antwoord in de ronde: stand van zaken ongewijzigd",
            "ronde ongewijzigd <nummer>", (f"ronde ongewijzigd {N}",)),
    Command("ronde stand", antwoord.stand, "Antwoord in de ronde: nieuwe stand van zaken",
            "ronde stand <nummer> <tekst>", (f"ronde stand {N} Brief gaat volgende week naar de raad",)),
    Command("ronde verzet", antwoord.verzet, "Antwoord in de ronde: verzet de deadline (reden verplicht)",
            "ronde verzet <nummer> naar <deadline> omdat <reden>",
            (f"ronde verzet {N} naar Q4 2027 omdat het onderzoek uitloopt",)),
    Command("ronde afdoening", antwoord.afdoening, "Antwoord in de ronde: stel afdoening voor",
            "ronde afdoening <nummer> <referentie>", (f"ronde afdoening {N} raadsinformatiebrief 2026-45",)),
    Command("ronde verleng", beheer.verleng, "Verleng de ronde", "ronde verleng <moment>",
            ("ronde verleng over 15 werkdagen 12:00",)),
    Command("ronde toevoegen", beheer.toevoegen, "Voeg een punt toe aan de ronde", "ronde toevoegen <nummer>",
            ("ronde toevoegen T-2026-002",)),
    Command("ronde schrappen", beheer.schrappen, "Haal een punt uit de ronde", "ronde schrappen <nummer>",
            ("ronde schrappen T-2026-002",), aliases=("ronde verwijder",)),
    Command("ronde herinner", beheer.herinner, "Stuur nog één herinnering aan wie nog niet antwoordde", "ronde herinner",
            ("ronde herinner",), aliases=("ronde herinnering",)),
    Command("ronde akkoord vragen", akkoord.vragen, "Vraag de portefeuillehouders om bestuurlijk akkoord",
            "ronde akkoord vragen", ("ronde akkoord vragen",)),
    Command("ronde niet-akkoord", akkoord.niet_akkoord, "Geen bestuurlijk akkoord (reden verplicht)",
            "ronde niet-akkoord <nummer> omdat <reden>", (f"ronde niet-akkoord {N} omdat de brief nog niet verstuurd is",),
            aliases=("ronde niet akkoord",)),
    Command("ronde akkoord", akkoord.akkoord, "Bestuurlijk akkoord met een voorgestelde afdoening (portefeuillehouder, of namens hem of haar)",
            "ronde akkoord <nummer>", (f"ronde akkoord {N}",)),
    Command("ronde lijst", lijst.lijst, "De lijst voor de raad (zonder vertrouwelijke punten)", "ronde lijst",
            ("ronde lijst",)),
    Command("ronde vastgesteld", lijst.vastgesteld, "Leg het besluit van de raad vast: afdoeningen worden afgedaan",
            "ronde vastgesteld [behalve <nummers> omdat <reden>] (vóór de vergadering met '; bevestig')",
            # On a fresh demo the meeting is still ahead, hence '; bevestig'.
            (f"ronde vastgesteld behalve {N} omdat de raad eerst de evaluatie wil zien; bevestig",)),
)
