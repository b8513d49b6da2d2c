"""Texts for what council lists keep beyond our fields, and for importing and exporting those lists."""
from __future__ import annotations

LIST_LABELS = {
    "tekst": "Toezegging (tekst)",
    "mede_indieners": "Mede-indieners",
    "stemverhouding": "Stemverhouding",
    "agendapunt": "Agendapunt",
    "bijlagen": "Bijlagen",
    "momenten": "Momenten",
    "afdoening_datum": "Datum afdoening",
}
ONVOLLEDIG = "zonder portefeuillehouder of ambtelijk eigenaar (onvolledig)"

REPORT_READ_AS = "gelezen als {read_as}"
REPORT_CHOICE = "kolom '{heading}' → {field}"
REPORT_CHOICE_ALSO = " (ook mogelijk: {others})"
REPORT_IGNORED = "kolommen niet gebruikt: {headings}"
REPORT_NO_IGNORED = "kolommen niet gebruikt: geen"
REPORT_FINGERPRINT = "{n} zonder eigen nummer, herkend aan onderwerp + datum: rij {rows}"
REPORT_INCOMPLETE = ("{n} zonder portefeuillehouder of ambtelijk eigenaar; "
                     "ze staan op 'toezeggingen onvolledig'")
REPORT_DATES_AMBIGUOUS = ("kolom '{kop}': elke datum kan dag-eerst én maand-eerst zijn; gelezen als dag-eerst "
                          "({voorbeeld} = {dag}). Maand-eerst bedoeld? Geef --date-format MDY (of 'datumnotatie: MDY' "
                          "in de mapping)")
REPORT_DATES_OTHERS = "; let op: in dit bestand {zijn} {kolommen} maand-eerst"
REPORT_DATES_FOUND = "kolom '{kop}': datums maand-eerst (zoals {voorbeeld}), herkend aan de waarden"
REPORT_PROPOSAL = "rij {row}: {nummer}: termijn uit de tekst: '{phrase}' → {due}"
REPORT_PROPOSALS_APPLY = "{n} uit de tekst voorgesteld; neem ze over met --termijn-uit-tekst"
REPORT_PROPOSALS_APPLIED = "{n} uit de tekst overgenomen"
REPORT_ROW = "rij {number}: {message}"
REPORT_FAILED = "{name}: {n} niet te lezen; er is niets geïmporteerd."
REPORT_DRY = "zou importeren (dry-run, niets opgeslagen)"
REPORT_DONE = "geïmporteerd"
REPORT_TOTAL = "{name}: {would}: {created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd."

NAME_AMBIGUOUS = "'{written}' past bij meerdere mensen: {names}. Zet de naam onder 'namen:' in de mapping."
PERSON_LABELS = {"portefeuillehouder": "portefeuillehouder", "eigenaar": "ambtelijk eigenaar"}
REPORT_UNKNOWN_NAME = "rij {row}: {nummer}: {veld} '{written}' staat niet in het register{bedoel}"
REPORT_UNKNOWN_RESEMBLES = " (bedoel je {names}?)"
REPORT_UNKNOWN_NAMES = ("{n} met een naam die niet in het register staat: geïmporteerd als onvolledig, met de naam "
                        "zoals geschreven. Vul aan met '{entity} wijzig <nummer> {veld}: <naam>', of zet de naam onder "
                        "'namen:' in de mapping en importeer opnieuw")
ROW_NUMBER_TOO_LONG = "nummer '{written}' is te lang (hooguit 40 tekens)"
ROW_EMPTY = "{label} is leeg"
ROW_SAME_NUMBER = "nummer {nummer} staat ook in rij {row}"
ROW_SAME_FINGERPRINT = "hetzelfde onderwerp en dezelfde datum staan ook in rij {row}"
