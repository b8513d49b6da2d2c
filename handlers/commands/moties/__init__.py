"""The moties command group: register, follow up, the lists concernadviseurs keep, digest, take over."""
from __future__ import annotations

from handlers.commands.moties import abonnement, gekoppeld, overnemen, registreren, tonen, wijzigen
from handlers.domain.motie import parse_nummer
from handlers.router import Command
from handlers.texts.moties import LIST_EXAMPLES, NIEUW_VOORBEELD

N = "M2026-031"  # the demo's motie, so every help example works on the first run

COMMANDS = (
    Command(
        "motie nieuw", registreren.nieuw, "Registreer een motie met het nummer van de griffie",
        "motie nieuw <nummer> <titel>; dictum: …; datum: …; vergadering: …; indieners: …; fracties: …; "
        "uitslag: aangenomen|verworpen|ingetrokken|aangehouden|overgenomen; portefeuillehouder: …; eigenaar: …; "
        "termijn: …; [vertrouwelijk]",
        (NIEUW_VOORBEELD,), aliases=("nieuwe motie", "motie registreer"),
    ),
    Command("motie", tonen.toon, "Toon één motie", "motie <nummer>", (f"motie {N}",), aliases=("motie toon",),
            item_number=parse_nummer),
    Command("moties", tonen.lijst, "Lijsten van moties",
            "moties [open | zonder eigenaar | verlopen | van <portefeuillehouder> | afdoening voorgesteld | mijn | alle]",
            LIST_EXAMPLES),
    Command("motie stand", wijzigen.VERBS.stand, "Leg de stand van zaken vast",
            "motie stand <nummer> <tekst>", (f"motie stand {N} Oversteek is aanbesteed",),
            aliases=("motie stand van zaken",)),
    Command("motie afdoening", wijzigen.VERBS.afdoening, "Stel afdoening voor, met de brief of het document",
            "motie afdoening <nummer> <referentie>", (f"motie afdoening {N} statenbrief 2027-03",),
            aliases=("motie afdoening voorstellen",)),
    Command("motie afgedaan", wijzigen.VERBS.afgedaan, "Sluit een motie af als uitgevoerd",
            "motie afgedaan <nummer> [referentie]", (f"motie afgedaan {N} statenbrief 2027-03",),
            aliases=("motie afdoen", "motie sluit")),
    Command("motie niet-uitgevoerd", wijzigen.VERBS.niet_uitgevoerd, "Het college voert de motie niet uit (reden verplicht)",
            "motie niet-uitgevoerd <nummer> omdat <reden>",
            (f"motie niet-uitgevoerd {N} omdat het Rijk de oversteek niet toestaat",),
            aliases=("motie niet uitgevoerd",)),
    Command("motie deels", wijzigen.VERBS.deels_voldaan, "Markeer als deels uitgevoerd",
            "motie deels <nummer> [omdat <toelichting>]", (f"motie deels {N} omdat fase 2 in 2028 volgt",),
            aliases=("motie deels voldaan",)),
    Command("motie vervallen", wijzigen.VERBS.vervallen, "Laat een motie vervallen (reden verplicht)",
            "motie vervallen <nummer> omdat <reden>", (f"motie vervallen {N} omdat het project is gestopt",)),
    Command("motie heropen", gekoppeld.motie_heropen, "Heropen een afgesloten motie",
            "motie heropen <nummer> omdat <reden>", (f"motie heropen {N} omdat de Staten meer willen",)),
    Command("motie verzet", wijzigen.VERBS.verzet, "Verzet de termijn (reden verplicht)",
            "motie verzet <nummer> naar <termijn> omdat <reden>",
            (f"motie verzet {N} naar Q3 2027 omdat de aanbesteding uitloopt",),
            aliases=("motie verzetten", "motie uitstel")),
    Command("motie wijzig", wijzigen.wijzig, "Wijzig titel, dictum, uitslag, portefeuillehouder, eigenaar, …",
            "motie wijzig <nummer> <veld>: <waarde>; …", (f"motie wijzig {N} eigenaar: Bakker",)),
    Command("motie historie", tonen.historie, "Toon wie wat wanneer en waarom veranderde",
            "motie historie <nummer>", (f"motie historie {N}",), aliases=("motie geschiedenis", "motie log"),
            item_number=parse_nummer),
    Command("motie overnemen als toezegging", overnemen.als_toezegging,
            "Maak van een motie die het college overneemt een toezegging (met link en historie)",
            "motie overnemen als toezegging <nummer>", (f"motie overnemen als toezegging {N}",),
            aliases=("motie overnemen", "motie als toezegging")),
    Command("abonneer moties", abonnement.abonneer, "Elke week een overzicht van gewijzigde en verlopen moties",
            "abonneer moties [uit]", ("abonneer moties", "abonneer moties uit")),
    Command("moties overzicht", abonnement.overzicht, "Het wekelijkse moties-overzicht nu",
            "moties overzicht", ("moties overzicht",), aliases=("moties digest",)),
)
