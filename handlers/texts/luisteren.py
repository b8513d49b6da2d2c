"""Dutch text for listening in channels and reading verslagen."""
from __future__ import annotations

ALLEEN_KANAAL = "Meeluisteren kan alleen in een kanaal, niet in een privégesprek. Typ 'luister aan' in het kanaal zelf."
ALLEEN_BEHEERDERS = "Alleen concernadviseurs en de griffie zetten meeluisteren aan of uit. Vraag het aan {wie}."
AAN = ("Ik luister vanaf nu mee in dit kanaal. Als iemand iets toezegt met een termijn, vraag ik alleen die persoon of "
       "ik het mag registreren. Ik bewaar niets van een bericht tenzij iemand 'Registreer' kiest. Uitzetten: 'luister uit'.")
AAN_VERTROUWELIJK = " Voorstellen uit dit kanaal zijn vertrouwelijk."
UIT = "Ik luister niet meer mee in dit kanaal."
WAS_UIT = "Ik luisterde in dit kanaal al niet mee. Aanzetten: 'luister aan'."
STATUS_AAN = "In dit kanaal luister ik mee sinds {sinds} (aangezet door {door}){vertrouwelijk}. Uitzetten: 'luister uit'."
STATUS_UIT = "In dit kanaal luister ik niet mee. Een concernadviseur zet het aan met 'luister aan' (of 'luister aan vertrouwelijk')."
NEE = "Oké, ik registreer het niet. Van je bericht is niets bewaard."
VRAAG = "Zal ik dit registreren als {soort}?"
WAAROM = "Waarom ik dit denk"
WIE = "Wie"
WAT = "Wat"
TERMIJN = "Termijn"
ZEKERHEID = "Zekerheid"
REGISTREER = "Registreer"
AANPASSEN = "Aanpassen"
NEE_KNOP = "Nee"
GEEN_TERMIJN = "geen termijn gevonden"
ONBEKEND = "onbekend"
BRON = "bron: {link}"
VERSLAG_LEEG = ("Plak de tekst van een verslag of besluitenlijst achter 'verslag' (in de console: typ 'verslag' en plak "
                "de tekst op de regels eronder), of geef het bestand op de opdrachtregel: 'samenspel verslag besluitenlijst.docx'.")
VERSLAG_GEEN = "In deze tekst vond ik geen toezeggingen, moties of actiepunten ({zinnen} zinnen gelezen)."
VERSLAG_GEVONDEN = "In deze tekst vond ik {n} {wat}{uit}.{pagina} Kies per punt: registreren, aanpassen of laten liggen."
VERSLAG_NIET_BEWAARD = ("Ik heb geen verslag van je om verder in te lezen: een verslag dat in één antwoord past bewaar ik niet, "
                        "en een langer verslag hooguit een week. Geef het verslag opnieuw.")
VERSLAG_BEWAARD = "Ik bewaar dit verslag een week, alleen voor jou, zodat je verder kunt lezen; een nieuw verslag vervangt het."
VERSLAG_UIT = " uit {vergadering}"
MOTIE_NUMMER = "Motienummer"
MOTIE_TITEL = "Titel"
MOTIE_DICTUM = "Dictum"
MOTIE_FORM = "Nieuwe motie"
VOORBEELD_VERSLAG = "verslag De wethouder zegt toe de raad voor de zomer te informeren over de fietsbrug."
CONSOLE_VERSLAG = "Plak of typ het verslag. Klaar? Druk op Enter op een lege regel (of typ 'einde')."
# Proposals: who should own it, and what a registration still lacks, in words.
EIGENAAR = "Eigenaar"
EIGENAAR_TOON = "{naam} ({waarom})"
EIGENAAR_NIEMAND = "nog niemand: {waarom}"
EIGENAAR_GENOEMD = "genoemd in de zin"
EIGENAAR_OPDRACHT = "ambtelijk opdrachtnemer van {opdracht}"
EIGENAAR_ONDERWERP = "ambtelijk opdrachtnemer van {opdracht}, over {onderwerp}"
EIGENAAR_VAST = "ambtelijk opdrachtnemer van alle opdrachten van {naam}"
EIGENAAR_REGEL = ("het rollenregister wijst niemand aan; zonder eigenaar wordt wie registreert de eigenaar als die "
                  "ambtenaar is, en anders blijft het zonder eigenaar")
NOG_NODIG = "Nog nodig"
NODIG = {
    "portefeuillehouder": "de portefeuillehouder, wie het toezegde",
    "deadline": "een termijn, wanneer het af moet zijn",
    "nummer": "het motienummer van de griffie",
}
NODIG_BESTUURDER = " (bij {opdracht} is dat volgens het rollenregister {naam})"
AANVULLEN = ("Bij 'Nog nodig' vraagt Registreer om wat ontbreekt. Plak je het commando, zet het er dan achter, "
             "bijvoorbeeld '{voorbeeld}'.")
AANVULLEN_VOORBEELD = {
    "portefeuillehouder": "; portefeuillehouder: {naam}",
    "deadline": "; deadline: eind maart 2027",
    "nummer": "; nummer: M2026-014",
}
VOORBEELD_BESTUURDER = "De Vries"
