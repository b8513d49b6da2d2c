"""The role registry command group: questions everyone may ask, and changes by concernadviseurs."""
from __future__ import annotations

from handlers.commands.register import vragen, wijzigen
from handlers.router import Command
from handlers.texts.register import OPDRACHT_VOORBEELD, PERSOON_VOORBEELD, ROL_VOORBEELD, WIJZIG_VOORBEELD


def _asked(*phrases: str) -> tuple[str, ...]:
    """Each phrasing also with a trailing question mark, as people type questions."""
    return tuple(p for phrase in phrases for p in (phrase, phrase + "?"))


COMMANDS = (
    Command("wie is mijn opdrachtgever", vragen.mijn_opdrachtgever,
            "Wie je opdrachtgever is, per opdracht, en de driehoek erboven", "wie is mijn opdrachtgever?",
            ("wie is mijn opdrachtgever?",),
            aliases=("wie is mijn opdrachtgever?", *_asked("mijn opdrachtgever", "wie is mijn ambtelijk opdrachtgever",
                                                            "wie zijn mijn opdrachtgevers", "wie is m'n opdrachtgever"))),
    Command("wie is de opdrachtgever van", vragen.opdrachtgever_van, "De opdrachtgevers van een opdracht",
            "wie is de opdrachtgever van <opdracht>?", ("wie is de opdrachtgever van Dijkversterking Oostpolder?",),
            aliases=("wie is opdrachtgever van", "opdrachtgever van", "wie zijn de opdrachtgevers van",
                     "wie is de bestuurlijk opdrachtgever van", "wie is de ambtelijk opdrachtgever van")),
    Command("driehoek", vragen.driehoek, "De driehoek van een opdracht: bestuurlijk en ambtelijk opdrachtgever, opdrachtnemer",
            "driehoek <opdracht>", ("driehoek Regionale Energiestrategie",),
            aliases=("driehoek van", "wie zit in de driehoek van", "opdracht")),
    Command("wie gaat over", vragen.wie_gaat_over, "Welke portefeuillehouder en opdrachtnemer over een onderwerp gaan",
            "wie gaat over <onderwerp>?", ("wie gaat over fietspaden?",),
            aliases=("wie gaat er over", "wie is portefeuillehouder van", "wie is portefeuillehouder voor",
                     "wie is de portefeuillehouder van", "wie is de portefeuillehouder voor", "portefeuillehouder van")),
    Command("wie is contactgedeputeerde", vragen.contact("contactgedeputeerde"),
            "De contactgedeputeerde voor een gemeente, dorp of wijk", "wie is contactgedeputeerde voor <gemeente>?",
            ("wie is contactgedeputeerde voor Wadbrug?",),
            aliases=("wie is de contactgedeputeerde", "contactgedeputeerde")),
    Command("wie is contactwethouder", vragen.contact("contactwethouder"),
            "De contactwethouder voor een dorp of wijk", "wie is contactwethouder voor <dorp of wijk>?",
            ("wie is contactwethouder voor Westerhoeve?",), aliases=("wie is de contactwethouder", "contactwethouder")),
    Command("wie is", vragen.wie_is, "Wie iemand is: functie, rollen, eenheid, opdrachtgever, opdrachten",
            "wie is <naam>?", ("wie is Hans Bakker?",)),
    Command("mijn opdrachten", vragen.mijn_opdrachten, "De opdrachten waaraan je werkt, met je rol en de driehoek",
            "mijn opdrachten", ("mijn opdrachten",), aliases=("mijn opdrachten?", "opdrachten mijn")),
    Command("register", wijzigen.info, "Wat er in het rollenregister staat en van wanneer het is", "register", ("register",),
            aliases=("rollenregister",)),
    Command("register opdracht nieuw", wijzigen.opdracht_nieuw, "Zet een nieuwe opdracht met zijn driehoek in het register",
            "register opdracht nieuw <naam>; bestuurlijk: <naam>; ambtelijk: <naam>; opdrachtnemer: <naam>; "
            "[professionals: <namen>; onderwerpen: <onderwerpen>; omschrijving: <tekst>; status: <status>; vertrouwelijk]",
            (OPDRACHT_VOORBEELD,)),
    Command("register opdracht wijzig", wijzigen.opdracht_wijzig, "Wijzig de driehoek, professionals of status van een opdracht",
            "register opdracht wijzig <opdracht>; <veld>: <waarde>; …", (WIJZIG_VOORBEELD,)),
    Command("register persoon nieuw", wijzigen.persoon_nieuw, "Zet een nieuwe persoon in het register",
            "register persoon nieuw <naam>; email: <adres>; [functie: …; rollen: …; eenheid: <code>; opdrachtgever: <naam>]",
            (PERSOON_VOORBEELD,)),
    Command("register rol", wijzigen.rol, "Stel de rollen van een persoon in", "register rol <naam>: <rol>[, <rol>]",
            (ROL_VOORBEELD,), aliases=("register rollen",)),
)
