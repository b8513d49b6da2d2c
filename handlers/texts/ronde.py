"""Dutch text of the stand-van-zakenronde."""
from __future__ import annotations

START_VOORBEELD = "ronde start alle; sluit: over 10 werkdagen 12:00; voor: raad 18 december"
START_VOORBEELDEN = (
    START_VOORBEELD,
    "ronde start toezeggingen; portefeuillehouder: Anna de Vries; sluit: over 10 werkdagen 12:00; voor: Staten 13 januari",
)
ASK_SLUIT = "Wanneer sluit de ronde? Geef een moment, bijvoorbeeld 'sluit: vr 12 december 12:00' of 'sluit: over 10 werkdagen'."
ASK_DOEL = "Waarvoor is de ronde? Bijvoorbeeld 'voor: raad 18 december'."
SLUIT_VOORBIJ = "Het sluitmoment {moment} ligt niet in de toekomst. Kies een later moment, bijvoorbeeld 'over 10 werkdagen'."
SLUIT_ONBEGREPEN = "Het sluitmoment '{tekst}' begrijp ik niet: het moet een dag zijn, eventueel met een tijd."
SCOPE_ONBEKEND = ("Welke punten? '{tekst}' ken ik niet. Kies 'alle', 'toezeggingen' of 'moties', eventueel met "
                  "'portefeuillehouder: <naam>' of 'commissie: <naam>'.")
AL_EEN_RONDE = "Er loopt al een ronde: {label}, sluit {sluit}. Stel die eerst vast ('ronde vastgesteld') of bekijk hem met 'ronde'."
GEEN_PUNTEN = "Er zijn geen open punten die bij '{scope}' horen; er is geen ronde gestart."
GEEN_RONDE = "Er loopt geen stand-van-zakenronde. Start er een, bijvoorbeeld: " + START_VOORBEELD
ALLEEN_BEHEERDERS = "Alleen concernadviseurs en de griffie beheren de ronde. Vraag het aan {wie}."
GESTART = "Ronde {id} gestart voor {doel}: {punten} bij {eigenaren}, sluit {sluit}."
GESTART_ZONDER_EIGENAAR = "{n} punten hebben geen eigenaar: die gaan naar de concernadviseurs."
ONBEREIKBAAR = "Nog niet bereikbaar in Slack of Teams (vraag hen de bot één keer te openen): {namen}."
IEDEREEN_BEREIKBAAR = "Iedereen is bereikbaar."
VRAAG_VERSTUURD = "Iedere eigenaar krijgt één bericht met zijn of haar punten, binnen werktijd."

# The message an owner gets.
VRAAG_TITEL = "Stand-van-zakenronde voor {doel}: wil je vóór {sluit} de stand van zaken geven van {punten}?"
HERINNERING_TITEL = "Herinnering stand-van-zakenronde voor {doel}: nog {punten} open, de ronde sluit {sluit}."
EXTRA_TITEL = "Nog één herinnering voor {doel}: nog {punten} open, de ronde sluit {sluit}."
TOEGEVOEGD_TITEL = "Toegevoegd aan de stand-van-zakenronde voor {doel} (sluit {sluit}):"
VRAAG_NOOT = "Kies per punt één knop; je antwoord komt in de historie van het punt."
KNOP_ONGEWIJZIGD = "Ongewijzigd"
KNOP_STAND = "Nieuwe stand van zaken"
KNOP_AFDOENING = "Afdoening voorstellen"
KNOP_VERZET = "Deadline verzetten"
FORM_STAND = "Stand van zaken {nummer}"
FORM_AFDOENING = "Afdoening voorstellen {nummer}"
FORM_AFDOENING_VELD = "Brief of document waarmee het is afgedaan"
FORM_VERZET = "Deadline {nummer} verzetten"
FORM_VERZET_DEADLINE = "Nieuwe deadline"
FORM_VERZET_REDEN = "Reden (verplicht)"
VELD_TERMIJN = "Termijn"
VELD_STAND = "Stand van zaken"
VELD_STATUS = "Status"
VELD_ANTWOORD = "Antwoord in deze ronde"
DEEL = " (deel {deel} van {van})"
VERBORGEN = "{punten} niet getoond."

# Answers.
NIET_IN_RONDE = "{nummer} zit niet in {label}. Zie 'ronde' voor de punten."
GEEN_NUMMER = "Welk punt? Bijvoorbeeld: ronde ongewijzigd T-2026-001"
ONGEWIJZIGD_OK = "{nummer}: stand van zaken ongewijzigd, vastgelegd in {label}."
NOG_OPEN = "Ronde: nog {n} van jouw punten zonder antwoord."
ALLES_BEANTWOORD = "Ronde: al jouw punten zijn beantwoord. Dank je!"
AUDIT_ANTWOORD = "{label}: {antwoord}"
ANTWOORD_LABEL = {"ongewijzigd": "ongewijzigd", "stand": "nieuwe stand van zaken", "afdoening": "afdoening voorgesteld",
                  "verzet": "deadline verzet"}

# Watching.
VOORTGANG_TITEL = "Voortgang van {label}: {beantwoord} van {totaal} punten beantwoord, sluit {sluit} ({status})."
PER_EIGENAAR = "Per eigenaar"
PER_PH = "Per portefeuillehouder"
REGEL = "{naam}: {beantwoord} beantwoord, {open} open"
REGEL_OPEN = " ({nummers})"
CONCERNADVISEURS = "concernadviseurs (geen eigenaar)"
GEEN_PH = "geen portefeuillehouder"
AKKOORD_STAND = "Bestuurlijk akkoord: {akkoord} akkoord, {niet} niet akkoord, {wacht} wachten op de portefeuillehouder."
VERLENGD = "De {label} sluit nu {sluit}."
TOEGEVOEGD = "{nummer} is toegevoegd aan {label}; de eigenaar krijgt een bericht."
AL_IN_RONDE = "{nummer} zit al in {label}."
GESCHRAPT = "{nummer} is uit {label} gehaald."
NIET_OPEN = "{nummer} is niet open ({status}) en hoort niet in een ronde."
HERINNERING_GEPLAND = "Nog één herinnering gaat naar {eigenaren} met open punten."
NIEMAND_OPEN = "Alle punten zijn beantwoord; er is niemand om te herinneren."
ONBEKEND_NUMMER = "{nummer} ken ik niet als toezegging of motie."

# Escalation at the close.
ESCALATIE_TITEL = "De {label} is gesloten. Van {eigenaar} kwam op deze punten geen stand van zaken:"
ESCALATIE_NOOT = "Wil je {eigenaar} vragen het alsnog te doen? De knoppen staan in het bericht van de ronde."

# Bestuurlijk akkoord.
AKKOORD_TITEL = "Bestuurlijk akkoord gevraagd ({label}): de ambtelijke organisatie stelt voor {punten} af te doen."
AKKOORD_NOOT = "Het college stelt de raad de afdoening voor; zonder jouw akkoord blijft het punt open."
KNOP_AKKOORD = "Akkoord"
KNOP_NIET_AKKOORD = "Niet akkoord"
FORM_NIET_AKKOORD = "Niet akkoord met afdoening {nummer}"
FORM_NIET_AKKOORD_REDEN = "Waarom niet? (verplicht)"
AKKOORD_GEVRAAGD = "Bestuurlijk akkoord gevraagd aan {portefeuillehouders} voor {afdoeningen}."
GEEN_VOORSTELLEN = "Er zijn (nog) geen voorgestelde afdoeningen die op akkoord wachten."
GEEN_VOORSTEL = "Voor {nummer} is in deze ronde geen afdoening voorgesteld."
ALLEEN_PH = ("Alleen de portefeuillehouder van {nummer} ({naam}) geeft bestuurlijk akkoord; een concernadviseur of "
             "de griffie kan het namens hem of haar vastleggen.")
NAMENS = " (vastgelegd namens {naam})"
AKKOORD_OK = "Akkoord met de afdoening van {nummer} vastgelegd."
NIET_AKKOORD_OK = "Niet akkoord met de afdoening van {nummer} vastgelegd; het punt blijft open."
REDEN_VERPLICHT = "Waarom niet akkoord? Een reden is verplicht, bijvoorbeeld: ronde niet-akkoord {nummer} omdat de brief nog niet verstuurd is"

# The list for the raad.
LIJST_TITEL = "Lijst voor {doel} ({label}): {n} punten."
LIJST_KOLOMMEN = ("Nummer", "Onderwerp", "Toezegging / motie", "Termijn", "Stand van zaken", "Voorgestelde afdoening")
LIJST_KOP = "Toezeggingen- en motielijst voor {doel}"
LIJST_PH = "Portefeuillehouder: {naam}"
LIJST_VERTROUWELIJK_WEG = "{punten} {staan} niet op deze lijst."
VOORSTEL_AFDOEN = "Afdoen: {referentie}"
VOORSTEL_ONDER_VOORBEHOUD = "Afdoen: {referentie} (bestuurlijk akkoord gevraagd)"
VOORSTEL_OPENHOUDEN = "Openhouden"
VOORSTEL_GEEN_AKKOORD = "Openhouden (geen bestuurlijk akkoord: {reden})"
ONDERWERP_TOEZEGGING = "Toezegging {waar}"
ONDERWERP_MOTIE = "Motie {titel}"
EXPORT_CHAT = "De lijst als bestand: samenspel ronde export --xlsx lijst.xlsx --docx lijst.docx"

# Vastgesteld.
VASTGESTELD = "De {label} is vastgesteld: {afgedaan} afgedaan, {niet} niet aanvaard en open gebleven."
VASTGESTELD_OVERGESLAGEN = "{nummer} overgeslagen: het staat niet meer op 'afdoening voorgesteld' ({status})."
BEHALVE_ONBEKEND = "{nummer} zit niet in {label}; alleen punten van de ronde kan de raad niet aanvaarden."
SLUIT_NA_VERGADERING = ("Het sluitmoment {sluit} ligt na de vergadering waarvoor de ronde is ({doel}, {datum}): "
                        "dan is de lijst te laat voor de raad.")
VERLENG_KORTER = "Dit verkort de ronde: hij sloot {oud}, nu zou dat {nieuw} worden."
VASTGESTELD_TE_VROEG = "De vergadering waarvoor de ronde is ({doel}, {datum}) is nog niet geweest."
RAAD_NIET_AANVAARD = "raad: afdoening niet aanvaard"
RAAD_AFGEDAAN = "raad: afdoening aanvaard"
