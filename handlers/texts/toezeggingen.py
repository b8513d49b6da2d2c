"""Dutch text for the toezeggingen commands."""
from __future__ import annotations

from handlers.domain.toezegging import Status

ENTITY = "toezegging"
NIEUW_VOORBEELD = (
    "toezegging nieuw Raadsinformatiebrief over de N-weg sturen; portefeuillehouder: De Vries; "
    "eigenaar: Bakker; deadline: voor de zomer; vergadering: raad 12-11-2026"
)
STATUS_LABEL = {
    Status.OPENSTAAND: "openstaand",
    Status.AFDOENING_VOORGESTELD: "afdoening voorgesteld",
    Status.AFGEDAAN: "afgedaan",
    Status.DEELS_VOLDAAN: "deels voldaan",
    Status.NIET_UITGEVOERD: "niet uitgevoerd",
    Status.VERVALLEN: "vervallen",
}
OVERDUE = "termijn overschreden"
CONFIDENTIAL_HIDDEN = (
    "{nummer} is vertrouwelijk en wordt hier niet getoond. Vraag het in een privégesprek met mij."
)
CONFIDENTIAL_COUNT = "{n} vertrouwelijke toezegging(en) niet getoond in dit kanaal; vraag ze op in een privégesprek."
NOT_FOUND = "Toezegging {nummer} bestaat niet. Typ 'toezeggingen' voor de openstaande lijst."
NEED_NUMMER = "Welke toezegging? Noem het nummer, bijvoorbeeld T-2026-001."
NEED_OMSCHRIJVING = "Een toezegging heeft een omschrijving nodig: wat is er toegezegd?"
NEED_DEADLINE = "Een toezegging heeft een deadline nodig (mag ook 'doorlopend' of 'P.M.')."
PAST_WARNING = "Let op: deze deadline ligt in het verleden ({datum}); de toezegging staat meteen als verlopen."
NONE_FOUND = "Geen toezeggingen gevonden {wat}."
FIELD_LABELS = {
    "omschrijving": "Omschrijving",
    "portefeuillehouder": "Portefeuillehouder",
    "eigenaar": "Ambtelijk eigenaar",
    "deadline": "Deadline",
    "status": "Status",
    "vergadering": "Toegezegd in",
    "aan": "Aan",
    "stand_van_zaken": "Stand van zaken",
    "afdoening": "Afdoening",
    "vertrouwelijk": "Vertrouwelijk",
}
ACTION_LABELS = {
    "nieuw": "geregistreerd",
    "verzet": "deadline verzet",
    "status": "status gewijzigd",
    "stand": "stand van zaken bijgewerkt",
    "wijzig": "gewijzigd",
}
