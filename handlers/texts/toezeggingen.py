"""Dutch text for the toezeggingen commands."""
from __future__ import annotations

from handlers.texts.lijsten import LIST_LABELS

from handlers.texts import followed

ENTITY = "toezegging"
NIEUW_VOORBEELD = (
    "toezegging nieuw Raadsinformatiebrief over de N-weg sturen; portefeuillehouder: De Vries; "
    "eigenaar: Bakker; deadline: voor de zomer; vergadering: raad 12-11-2026"
)
STATUS_LABEL = followed.STATUS_LABEL
OVERDUE = followed.OVERDUE
CONFIDENTIAL_HIDDEN = followed.CONFIDENTIAL_HIDDEN
PLURAL = "toezeggingen"
NOT_FOUND = "Toezegging {nummer} bestaat niet. Typ 'toezeggingen' voor de openstaande lijst."
NEED_NUMMER = "Welke toezegging? Noem het nummer, bijvoorbeeld T-2026-001."
NEED_OMSCHRIJVING = "Een toezegging heeft een omschrijving nodig: wat is er toegezegd?"
NEED_DEADLINE = "Een toezegging heeft een deadline nodig (mag ook 'doorlopend' of 'P.M.')."
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
    "motie": "Voortgekomen uit motie",
    **LIST_LABELS,
}
ACTION_LABELS = {
    "nieuw": "geregistreerd",
    "verzet": "deadline verzet",
    "status": "status gewijzigd",
    "stand": "stand van zaken bijgewerkt",
    "wijzig": "gewijzigd",
    "uit motie": "overgenomen uit motie",
    "import": "geïmporteerd",
}
