"""Dutch text of the role registry: validation messages, questions and chat changes."""
from __future__ import annotations

from handlers.texts import aantal

ENTITY = "register"

# Reading the file.
NOT_A_REGISTER = "Dit is geen register: verwacht onderdelen als 'personen:' en 'opdrachten:'."
NOT_A_LIST = "'{veld}' moet een lijst zijn (regels die met '- ' beginnen)."
NOT_A_MAPPING = "Verwacht velden als 'naam: …', niet een losse waarde."
NOT_TEXT = "'{veld}' moet een tekst zijn."
MISSING_FIELD = "'{veld}' ontbreekt."
MISSING_PERSON = "hier hoort een persoon (e-mailadres of volledige naam)."
ONE_PERSON_ONLY = "hier hoort precies één persoon, niet meerdere ({wie})."
TWO_AOG = ("een opdrachtnemer heeft per opdracht precies één ambtelijk opdrachtgever, "
           "hier staan er meerdere ({wie}). Kies er één.")
MISSING_DRIEHOEK = ("de driehoek ontbreekt: geef bestuurlijk_opdrachtgever, ambtelijk_opdrachtgever "
                    "en ambtelijk_opdrachtnemer.")
UNKNOWN_CHOICE = "'{waarde}' ken ik niet; kies uit: {keuzes}."
UNKNOWN_ROLE = "de rol '{rol}' ken ik niet; bekende rollen: {rollen}."
UNKNOWN_FIELD = "het veld '{veld}' ken ik hier niet; bekende velden: {velden}."
UNKNOWN_SECTION = "het onderdeel '{naam}' ken ik niet; bekend zijn register, eenheden, personen, portefeuilles, opdrachten, contactgebieden."
BAD_DATE = "'{waarde}' is geen datum; schrijf bijvoorbeeld 2026-11-01."
BAD_YAML = ("het bestand is geen geldige YAML ({fout}{begonnen}). Let op de inspringing, de dubbele punten "
            "en sluitende haakjes.")
BAD_YAML_BEGUN = "; begonnen op regel {regel}"

# The rules.
BAD_EMAIL = "'{email}' is geen e-mailadres."
DUPLICATE_EMAIL = "het e-mailadres {email} staat er dubbel in (ook bij {eerder}); één persoon, één e-mailadres."
UNKNOWN_PERSON = "'{wie}' staat niet bij de personen."
DID_YOU_MEAN = "Bedoel je: {namen}?"
ADD_PERSON_FIRST = "Voeg deze persoon eerst toe onder 'personen'."
UNKNOWN_UNIT = "de eenheid '{code}' bestaat niet onder 'eenheden'."
UNIT_CYCLE = "de eenheid '{code}' valt (via andere eenheden) onder zichzelf."
DUPLICATE_UNIT = "de eenheid '{naam}' staat er dubbel in (ook bij {eerder})."
DUPLICATE_OPDRACHT = "de opdracht '{naam}' staat er dubbel in (ook bij {eerder}); geef elke opdracht een eigen naam."
DUPLICATE_GEBIED = "het contactgebied '{naam}' staat er dubbel in (ook bij {eerder})."
NOT_BESTUURDER = ("{wie} is geen portefeuillehouder (rollen: {rollen}). De bestuurlijk opdrachtgever, "
                  "portefeuillehouder of contactbestuurder is een gedeputeerde, wethouder, burgemeester of commissaris.")
NOT_AMBTELIJK_OPDRACHTGEVER = ("{wie} is geen directielid of secretaris (rollen: {rollen}). "
                               "Een ambtelijk opdrachtgever is een directielid of de secretaris.")
NOT_OPDRACHTNEMER = ("{wie} is geen teamleider of opgavemanager (rollen: {rollen}). "
                     "Een ambtelijk opdrachtnemer is een teamleider of opgavemanager.")
TWO_CHAIRS = "{wie} zit op twee stoelen van de driehoek ({stoelen}). Ga niet op elkaars stoel zitten: kies drie verschillende mensen."
BESTUURLIJKE_BAAS = ("{wie} heeft {baas} als opdrachtgever, maar dat is een bestuurder. "
                     "Een ambtenaar heeft een ambtelijk opdrachtgever, nooit een bestuurlijke.")
UNKNOWN_TOPIC = "het onderwerp '{onderwerp}' staat in geen portefeuille."
CHAIR_LABELS = {
    "bestuurlijk_opdrachtgever": "bestuurlijk opdrachtgever",
    "ambtelijk_opdrachtgever": "ambtelijk opdrachtgever",
    "ambtelijk_opdrachtnemer": "ambtelijk opdrachtnemer",
}

INVALID_FILE = "Het register in {bestand} is niet geladen: {problemen}. Er is niets veranderd."
INVALID_CHANGE = "Deze wijziging past niet in het register; er is niets veranderd:"
LOADED = ("Register geladen: {personen} personen ({nieuw} nieuw), {eenheden} eenheden, {portefeuilles} portefeuilles, "
          "{opdrachten} opdrachten, {gebieden} contactgebieden.")
DROPPED = "{personen} {staan} niet meer in het register; hun rollen zijn vervallen (de persoon blijft bekend): {namen}."
EXPORTED = "Register geschreven naar {bestand}: {personen} personen, {opdrachten} opdrachten."

# Questions.
NO_REGISTER = "Er is nog geen rollenregister geladen. Vraag een concernadviseur het te laden (samenspel registry load)."
NOT_IN_REGISTER = "Je staat niet in het rollenregister, dus ik weet niet wie je opdrachtgever is. Vraag het {beheerders}."
BRON = "Bron: register van {datum}{versie}"
BRON_VERSIE = " (versie {versie})"
BRON_GEWIJZIGD = ", bijgewerkt {wanneer} door {wie}"
GEEN_OPDRACHTGEVER = "Volgens het register heb je geen ambtelijk opdrachtgever."
BESTUURDER = "Als bestuurder heb je geen ambtelijk opdrachtgever: je handelt namens het collegiaal bestuur."
LIJN_OPDRACHTGEVER = "Je ambtelijk opdrachtgever is {wie}."
PER_OPDRACHT = "Per opdracht:"
JOUW_OPDRACHTGEVER = "Jouw opdrachtgever"
JIJ_BENT = "Jij bent"
UNKNOWN_OPDRACHT = "De opdracht '{naam}' ken ik niet."
NEED_OPDRACHT = "Welke opdracht bedoel je? Noem (een deel van) de naam."
UNKNOWN_ONDERWERP = "Over '{onderwerp}' staat niets in de portefeuilles."
NEED_ONDERWERP = "Over welk onderwerp gaat je vraag?"
UNKNOWN_GEBIED = "'{gebied}' staat niet bij de contactgebieden."
NEED_GEBIED = "Voor welke gemeente, welk dorp of welke wijk?"
UNKNOWN_LID = "'{naam}' staat niet in het rollenregister."
NEED_NAAM = "Wie bedoel je? Noem een naam of e-mailadres."
DID_YOU_MEAN_SHORT = " Bedoel je: {namen}?"
KNOWN_ARE = " Bekend zijn: {namen}."
HIDDEN = "{opdrachten} niet getoond (alleen privé, voor wie erbij betrokken is)."
GEEN_OPDRACHTEN = "Je hebt geen opdrachten in het register."
MIJN_OPDRACHTEN = "Je werkt aan {opdrachten}:"
OPDRACHT_ROL = {
    "bestuurlijk_opdrachtgever": "bestuurlijk opdrachtgever",
    "ambtelijk_opdrachtgever": "ambtelijk opdrachtgever",
    "ambtelijk_opdrachtnemer": "ambtelijk opdrachtnemer",
    "professional": "professional",
}
DRIEHOEK_VAN = "Driehoek van '{naam}':"
OPDRACHTGEVER_VAN = "De bestuurlijk opdrachtgever van '{naam}' is {bog}; de ambtelijk opdrachtgever is {aog}."
GAAT_OVER = "Over {onderwerp} gaat {houder} (portefeuille {portefeuille})."
GEEN_OPDRACHTNEMER = "Er staat nog geen opdracht over dit onderwerp in het register, dus ook geen ambtelijk opdrachtnemer."
OPDRACHTNEMERS = "Ambtelijk opdrachtnemer: {wie}."
CONTACT = "{rol} voor {soort} {gebied} is {wie}."
LABELS = {
    "bestuurlijk_opdrachtgever": "Bestuurlijk opdrachtgever",
    "ambtelijk_opdrachtgever": "Ambtelijk opdrachtgever",
    "ambtelijk_opdrachtnemer": "Ambtelijk opdrachtnemer",
    "professionals": "Professionals",
    "status": "Status",
    "omschrijving": "Omschrijving",
    "email": "E-mail",
    "functie": "Functie",
    "rollen": "Rollen",
    "eenheid": "Eenheid",
    "opdrachtgever": "Ambtelijk opdrachtgever",
    "portefeuille": "Portefeuille",
    "opdrachten": "Opdrachten",
    "contact": "Contactbestuurder voor",
    "onderwerpen": "Onderwerpen",
}

# Changes from chat.
OPDRACHT_VOORBEELD = ("register opdracht nieuw Provinciale fietsstrategie; bestuurlijk: Anna de Vries; "
                      "ambtelijk: Frank Smit; opdrachtnemer: Hans Bakker; professionals: Maaike Peters; onderwerpen: fiets")
PERSOON_VOORBEELD = ("register persoon nieuw Wim Hendriks; email: wim.hendriks@noordwaard.example; "
                     "functie: verkeerskundige; rollen: professional; eenheid: mobiliteit")
ROL_VOORBEELD = "register rol Hans Bakker: teamleider, opgavemanager"
WIJZIG_VOORBEELD = "register opdracht wijzig Verkeersveiligheid N-wegen; opdrachtnemer: Ingrid de Boer"
NEED_NAAM_OPDRACHT = "Geef de opdracht een naam."
NEED_CHAIR = "Noem de hele driehoek: bestuurlijk, ambtelijk en opdrachtnemer."
OPDRACHT_BESTAAT = "De opdracht '{naam}' bestaat al. Wijzig hem met 'register opdracht wijzig'."
NEED_EMAIL = "Geef een e-mailadres: daarmee vindt de bot iemand in Slack en Teams terug."
PERSOON_BESTAAT = "{email} staat al in het register (als {naam})."
NEED_ROLLEN = "Noem de persoon en de rollen, gescheiden door een dubbele punt."
OPDRACHT_NIEUW = "Opdracht '{naam}' staat in het register."
OPDRACHT_GEWIJZIGD = "Opdracht '{naam}' is bijgewerkt."
PERSOON_NIEUW = "{naam} staat in het register."
ROLLEN_GEZET = "{naam} heeft nu de rollen: {rollen}."
NOTHING_TO_CHANGE = "Wat wil je wijzigen? Noem een veld, bijvoorbeeld 'opdrachtnemer: Ingrid de Boer'."
INFO = "Rollenregister van {organisatie}: {personen} personen, {eenheden} eenheden, {portefeuilles} portefeuilles, {opdrachten} opdrachten, {gebieden} contactgebieden."


def problemen(n: int) -> str:
    return aantal(n, "probleem", "problemen")


def vertrouwelijke_opdrachten(n: int) -> str:
    return aantal(n, "vertrouwelijke opdracht", "vertrouwelijke opdrachten")


def opdrachten(n: int) -> str:
    return aantal(n, "opdracht", "opdrachten")
