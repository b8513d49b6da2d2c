"""The toezeggingen command group."""
from __future__ import annotations

from handlers.commands.toezeggingen import registreren, tonen, wijzigen
from handlers.commands.toezeggingen.lookup import read_nummer
from handlers.router import Command
from handlers.texts.toezeggingen import NIEUW_VOORBEELD

N = "T-2026-001"

COMMANDS = (
    Command(
        "toezegging nieuw", registreren.nieuw, "Registreer een nieuwe toezegging",
        "toezegging nieuw <omschrijving>; portefeuillehouder: <naam>; deadline: <termijn>; "
        "[eigenaar: <naam>; vergadering: <raad/commissie datum>; aan: <fractie>; vertrouwelijk]",
        (NIEUW_VOORBEELD,), aliases=("nieuwe toezegging", "toezegging registreer"),
    ),
    Command("toezegging", tonen.toon, "Toon één toezegging (een werkwoord mag ook na het nummer)", "toezegging <nummer>",
            (f"toezegging {N}", f"toezegging {N} stand Brief ligt ter ondertekening"),
            aliases=("toezegging toon",), item_number=read_nummer),
    Command(
        "toezeggingen", tonen.lijst, "Lijst van toezeggingen",
        "toezeggingen [mijn | zonder eigenaar | van <naam> | verlopen | binnen <N> weken | onvolledig | alle]",
        ("toezeggingen", "toezeggingen mijn", "toezeggingen zonder eigenaar", "toezeggingen van De Vries",
         "toezeggingen verlopen", "toezeggingen binnen 4 weken", "toezeggingen onvolledig"),
    ),
    Command("toezegging stand", wijzigen.VERBS.stand, "Leg de stand van zaken vast",
            "toezegging stand <nummer> <tekst>", (f"toezegging stand {N} Brief ligt ter ondertekening",),
            aliases=("toezegging stand van zaken",)),
    Command("toezegging afdoening", wijzigen.VERBS.afdoening, "Stel afdoening voor, met de brief of het document",
            "toezegging afdoening <nummer> <referentie>", (f"toezegging afdoening {N} raadsinformatiebrief 2026-45",),
            aliases=("toezegging afdoening voorstellen", "toezegging afgedaan voorstellen")),
    Command("toezegging afgedaan", wijzigen.VERBS.afgedaan, "Sluit een toezegging af als afgedaan",
            "toezegging afgedaan <nummer> [referentie]", (f"toezegging afgedaan {N}",),
            aliases=("toezegging afdoen", "toezegging sluit")),
    Command("toezegging deels", wijzigen.VERBS.deels_voldaan, "Markeer als deels voldaan",
            "toezegging deels <nummer> [omdat <toelichting>]", (f"toezegging deels {N} omdat deel 2 volgt in 2027",),
            aliases=("toezegging deels voldaan",)),
    Command("toezegging niet-uitgevoerd", wijzigen.VERBS.niet_uitgevoerd, "Markeer als niet uitgevoerd (reden verplicht)",
            "toezegging niet-uitgevoerd <nummer> omdat <reden>",
            (f"toezegging niet-uitgevoerd {N} omdat het college anders heeft besloten",),
            aliases=("toezegging niet uitgevoerd",)),
    Command("toezegging vervallen", wijzigen.VERBS.vervallen, "Laat een toezegging vervallen (reden verplicht)",
            "toezegging vervallen <nummer> omdat <reden>", (f"toezegging vervallen {N} omdat de raad het heeft ingetrokken",),
            aliases=("toezegging intrekken",)),
    Command("toezegging heropen", wijzigen.heropen, "Heropen een afgesloten toezegging",
            "toezegging heropen <nummer> omdat <reden>", (f"toezegging heropen {N} omdat de raad meer wil weten",)),
    Command("toezegging verzet", wijzigen.VERBS.verzet, "Verzet de deadline (reden verplicht)",
            "toezegging verzet <nummer> naar <deadline> omdat <reden>",
            (f"toezegging verzet {N} naar Q3 2027 omdat het onderzoek uitloopt",),
            aliases=("toezegging verzetten", "toezegging deadline verzetten", "toezegging uitstel")),
    Command("toezegging wijzig", wijzigen.wijzig, "Wijzig omschrijving, portefeuillehouder, eigenaar of vertrouwelijkheid",
            "toezegging wijzig <nummer> <veld>: <waarde>; …", (f"toezegging wijzig {N} eigenaar: Bakker",)),
    Command("toezegging historie", tonen.historie, "Toon wie wat wanneer en waarom veranderde",
            "toezegging historie <nummer>", (f"toezegging historie {N}",),
            aliases=("toezegging geschiedenis", "toezegging log"), item_number=read_nummer),
)
