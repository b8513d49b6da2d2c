"""Dutch text for the moties commands."""
from __future__ import annotations

from handlers.domain.motie import Uitslag
from handlers.texts import followed

ENTITY = "motie"
NOUN = "motie(s)"
PLURAL = "moties"
NIEUW_VOORBEELD = (
    "motie nieuw M2026-014 Veilig fietspad Oosterweg; dictum: verzoekt het college een veilige oversteek te maken; "
    "datum: 12-11-2026; vergadering: Provinciale Staten; indieners: J. Mulder; fracties: Groen, VVD; "
    "uitslag: aangenomen; portefeuillehouder: De Vries; eigenaar: Bakker; termijn: Q2 2027"
)
UITSLAG_LABEL = {u: u.value for u in Uitslag}
NOT_FOLLOWED = "niet gevolgd ({uitslag})"
CONFIDENTIAL_HIDDEN = followed.CONFIDENTIAL_HIDDEN
NOT_FOUND = "Motie {nummer} bestaat niet. Typ 'moties' voor de openstaande lijst."
NEED_NUMMER = "Welke motie? Noem het nummer zoals de griffie het schrijft, bijvoorbeeld M2026-014."
NEED_TITEL = "Een motie heeft een titel nodig: waar gaat hij over?"
EXISTS = "Motie {nummer} bestaat al. Wijzig hem met: motie wijzig {nummer} <veld>: <waarde>"
BAD_UITSLAG = "De uitslag '{text}' ken ik niet. Kies uit: {choices}."
SHOW = "Motie {nummer}"
REGISTERED = "Motie {nummer} is geregistreerd."
REGISTERED_NOT_FOLLOWED = "De motie is {uitslag}: hij wordt niet opgevolgd."
FIELD_LABELS = {
    "titel": "Titel",
    "dictum": "Dictum",
    "datum": "Datum",
    "vergadering": "Vergadering",
    "indieners": "Indieners",
    "fracties": "Fracties",
    "uitslag": "Uitslag",
    "portefeuillehouder": "Portefeuillehouder",
    "eigenaar": "Ambtelijk eigenaar",
    "deadline": "Termijn",
    "status": "Status",
    "stand_van_zaken": "Stand van zaken",
    "afdoening": "Afdoening",
    "vertrouwelijk": "Vertrouwelijk",
    "toezegging": "Overgenomen als toezegging",
}
ACTION_LABELS = {
    "nieuw": "geregistreerd",
    "verzet": "termijn verzet",
    "status": "status gewijzigd",
    "stand": "stand van zaken bijgewerkt",
    "wijzig": "gewijzigd",
    "import": "geïmporteerd",
    "als toezegging": "overgenomen als toezegging",
}
LIST_EXAMPLES = (
    "moties open", "moties zonder eigenaar", "moties verlopen", "moties van De Vries", "moties afdoening voorgesteld",
)
NEEDS_PORTEFEUILLEHOUDER = "Een toezegging heeft een portefeuillehouder nodig; {nummer} heeft er nog geen."
NOT_TAKEN_OVER = "Motie {nummer} is {uitslag}; alleen een aangenomen of overgenomen motie wordt een toezegging."
ALREADY_TOEZEGGING = "Motie {nummer} is al overgenomen als toezegging {toezegging}."
TAKEN_OVER = "Motie {nummer} is overgenomen als toezegging {toezegging}."
TAKEN_OVER_REASON = "overgenomen als toezegging {toezegging}"
FROM_MOTIE_REASON = "overgenomen uit motie {nummer}"
TAKEN_OVER_TITLE = "{titel} (motie {nummer})"
SUBSCRIBED = "Je krijgt voortaan elke week een overzicht van gewijzigde en verlopen moties."
ALREADY_SUBSCRIBED = "Je was al geabonneerd op het wekelijkse moties-overzicht."
UNSUBSCRIBED = "Je krijgt het wekelijkse moties-overzicht niet meer."
NOT_SUBSCRIBED = "Je was niet geabonneerd op het moties-overzicht."
DIGEST_TITLE = "Moties: overzicht van de week (sinds {since})"
DIGEST_CHANGES = "{n} wijziging(en) sinds {since}."
DIGEST_NO_CHANGES = "Geen wijzigingen sinds {since}."
DIGEST_OVERDUE = "{n} motie(s) met " + followed.OVERDUE + "."
DIGEST_NO_OVERDUE = "Geen moties met " + followed.OVERDUE + "."
DIGEST_HIDDEN = "{n} wijziging(en) aan vertrouwelijke moties niet getoond."
DIGEST_PRIVATE = "Het overzicht bevat vertrouwelijke moties; vraag het in een privégesprek met mij."
REOPENED_VIA_TOEZEGGING = (
    "Motie {nummer} is overgenomen als toezegging {toezegging}; die toezegging is heropend en wordt gevolgd "
    "(de motie blijft overgenomen, zodat niemand dubbel wordt herinnerd)."
)
