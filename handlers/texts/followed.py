"""Dutch text shared by every followed kind (toezegging, motie): statuses, questions, list lines."""
from __future__ import annotations

from handlers.domain.followed import Status

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
OTHER_KIND = "{nummer} is een {kind}, geen {entity}. Typ '{kind} {nummer}'."
DID_YOU_MEAN = "'{word}' ken ik niet na '{entity}'. Bedoelde je '{entity} {verb}'? Typ 'help {entity}' voor alles wat kan."
STAND_LABEL = "De stand van zaken"
ASK_STAND = "Wat is de stand van zaken?"
ASK_AFDOENING = "Noem hoe de {entity} is afgedaan."
ASK_DEADLINE = "Naar welke deadline?"
ASK_CHANGE = "Wat wil je wijzigen?"
UNKNOWN_FIELD = "Het veld '{veld}' ken ik niet."
CHANGEABLE = "Te wijzigen: {velden}."
DEADLINE_VIA_VERZET = "Een deadline wijzig je met 'verzet', met een reden."
HISTORY_TITLE = "Geschiedenis van {nummer} · {titel}"
HISTORY_REASON = " — reden: {reason}"
CHANGED = "{nummer}: {what}."
UNCHANGED = "{nummer}: {wat}; er is niets veranderd."
UNCHANGED_SAME = "het stond al zo"
BUTTON_AFDOENING = "Afgedaan voorstellen"
BUTTON_AFDOENING_TITLE = "Afdoening {nummer}"
BUTTON_AFDOENING_FIELD = "Hoe is het afgedaan? (bijv. raadsinformatiebrief 2026-45)"
BUTTON_AFDOENING_SUBMIT = "Voorstellen"
BUTTON_AFGEDAAN = "Afgedaan"
BUTTON_STAND = "Stand van zaken"
BUTTON_STAND_TITLE = "Stand van zaken {nummer}"
BUTTON_VERZET = "Deadline verzetten"
BUTTON_VERZET_TITLE = "Deadline verzetten {nummer}"
BUTTON_VERZET_DEADLINE = "Nieuwe deadline"
BUTTON_VERZET_PLACEHOLDER = "bijv. Q3 2027 of na het zomerreces"
BUTTON_VERZET_REASON = "Reden (afspraak is afspraak)"
BUTTON_VERZET_SUBMIT = "Verzetten"


def example_stand(entity: str, nummer: str) -> str:
    return f"{entity} stand {nummer} Brief ligt ter ondertekening"


def example_afdoening(entity: str, nummer: str) -> str:
    return f"{entity} afdoening {nummer} raadsinformatiebrief 2026-45"


def example_verzet(entity: str, nummer: str) -> str:
    return f"{entity} verzet {nummer} naar Q3 2027 omdat het onderzoek uitloopt"


def example_wijzig(entity: str, nummer: str) -> str:
    return f"{entity} wijzig {nummer} eigenaar: Bakker"
LINKED_CONFIDENTIAL = "{nummer} · vertrouwelijk"
# A name an imported list gave that is not in the registry: shown as written until 'wijzig' sets a person.
NOT_IN_REGISTRY = "{naam} (niet in het register)"
PH_NOT_IN_REGISTRY = "portefeuillehouder {naam} niet in het register"
