"""The lobby command group: the lobby agenda of speerpunten, targets and kansrijke momenten."""
from __future__ import annotations

from handlers.commands.lobby import registreren, tonen, wijzigen
from handlers.domain.lobby import parse_lobby_nummer
from handlers.router import Command
from handlers.texts.lobby import N, NIEUW_VOORBEELD

COMMANDS = (
    Command("lobby nieuw", registreren.nieuw, "Registreer een lobbyactie",
            "lobby nieuw <doel>; dossier: <speerpunt>; target: <wie>; moment: <kansrijk moment>; "
            "[bestuurder: <naam>; eigenaar: <naam>; partners: <wie>; vertrouwelijk]",
            (NIEUW_VOORBEELD,), aliases=("nieuwe lobby", "lobby registreer")),
    Command("lobby", tonen.lobby, "Toon de lobbyagenda of één lobbyactie",
            "lobby [<nummer> | deze maand | volgende maand | <dossier> | van <bestuurder> | zonder eigenaar | alle]",
            (f"lobby {N}", "lobby deze maand", "lobby Nedersaksenlijn", "lobby van De Vries"),
            aliases=("lobbyagenda", "lobbyacties"), item_number=parse_lobby_nummer),
    Command("lobby stand", wijzigen.stand, "Leg de stand van zaken vast", "lobby stand <nummer> <tekst>",
            (f"lobby stand {N} Brief aan de minister is verstuurd",)),
    Command("lobby contact", wijzigen.contact, "Leg een contact vast in het contactlog",
            "lobby contact <nummer> <verslag>", (f"lobby contact {N} Gesprek met de DG: positief over cofinanciering",)),
    Command("lobby afgerond", wijzigen.afgerond, "Rond een lobbyactie af met de opbrengst",
            "lobby afgerond <nummer> <opbrengst>", (f"lobby afgerond {N} 40 miljoen in de voorjaarsnota",),
            aliases=("lobby afdoening", "lobby afronden", "lobby afgedaan")),
    Command("lobby verzet", wijzigen.verzet, "Verzet het kansrijke moment (reden verplicht)",
            "lobby verzet <nummer> naar <moment> omdat <reden>",
            (f"lobby verzet {N} naar 15 maart 2027 omdat het debat is uitgesteld",),
            aliases=("lobby verzetten",)),
    Command("lobby historie", tonen.historie, "Toon wie wat wanneer veranderde", "lobby historie <nummer>",
            (f"lobby historie {N}",), aliases=("lobby geschiedenis", "lobby log"),
            item_number=parse_lobby_nummer),
)
