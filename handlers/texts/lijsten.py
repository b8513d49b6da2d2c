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
REPORT_FINGERPRINT = "{n} rij(en) zonder eigen nummer, herkend aan onderwerp + datum: rij {rows}"
REPORT_INCOMPLETE = ("{n} rij(en) zonder portefeuillehouder of ambtelijk eigenaar; "
                     "ze staan op 'toezeggingen onvolledig'")
REPORT_PROPOSAL = "rij {row}: {nummer}: termijn uit de tekst: '{phrase}' → {due}"
REPORT_PROPOSALS_APPLY = "{n} termijn(en) uit de tekst voorgesteld; neem ze over met --termijn-uit-tekst"
REPORT_PROPOSALS_APPLIED = "{n} termijn(en) uit de tekst overgenomen"
REPORT_ROW = "rij {number}: {message}"
REPORT_FAILED = "{name}: {n} rij(en) niet te lezen; er is niets geïmporteerd."
REPORT_DRY = "zou importeren (dry-run, niets opgeslagen)"
REPORT_DONE = "geïmporteerd"
REPORT_TOTAL = "{name}: {would}: {created} nieuw, {updated} gewijzigd, {unchanged} ongewijzigd."
