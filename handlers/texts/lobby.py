"""Dutch text for the lobby commands."""
from __future__ import annotations

from handlers.domain.lobby import LobbyStatus

ENTITY = "lobby"
N = "L-2026-001"
NIEUW_VOORBEELD = (
    "lobby nieuw Spoorverdubbeling in het MIRT; dossier: Nedersaksenlijn; target: ministerie van IenW; "
    "moment: voor de voorjaarsnota; bestuurder: De Vries; eigenaar: Bakker; partners: SNN, provincie Groningen"
)
STATUS_LABEL = {LobbyStatus.GEPLAND: "gepland", LobbyStatus.LOPEND: "lopend", LobbyStatus.AFGEROND: "afgerond"}
OVERDUE = "kansrijk moment voorbij"
NEED_NUMMER = f"Welke lobbyactie? Noem het nummer, bijvoorbeeld {N}."
NOT_FOUND = "Lobbyactie {nummer} bestaat niet. Typ 'lobby' voor de lopende lobby."
CONFIDENTIAL_HIDDEN = "{nummer} is vertrouwelijk en wordt hier niet getoond. Vraag het in een privégesprek met mij."
NEED = {
    "doel": "Wat wil je met de lobby bereiken? Zet het doel vooraan.",
    "dossier": "Bij welk speerpunt of dossier hoort de lobby? Geef 'dossier: …'.",
    "target": "Op wie richt de lobby zich (ministerie, Tweede Kamer, EU, IPO, SNN, …)? Geef 'target: …'.",
    "moment": "Wanneer is het kansrijke moment? Geef 'moment: …' (een datum of termijn).",
}
FIELD_LABELS = {
    "dossier": "Dossier",
    "doel": "Doel",
    "target": "Target",
    "moment": "Kansrijk moment",
    "eigenaar": "Eigenaar",
    "bestuurder": "Bestuurder",
    "partners": "Partners",
    "status": "Status",
    "stand": "Stand van zaken",
    "opbrengst": "Opbrengst",
    "vertrouwelijk": "Vertrouwelijk",
    "contact": "Contact",
}
ACTION_LABELS = {
    "nieuw": "geregistreerd",
    "stand": "stand van zaken bijgewerkt",
    "contact": "contact vastgelegd",
    "afgerond": "afgerond",
    "verzet": "kansrijk moment verzet",
}
SELECTIE_VOORBEELDEN = ("lobby deze maand", "lobby Nedersaksenlijn", "lobby van De Vries", f"lobby {N}")
REGISTERED = "Lobbyactie {nummer} is geregistreerd."
TITLE = "Lobbyactie {nummer}"
SELECTION_UNKNOWN = "'{wat}' begrijp ik niet als selectie."
HISTORY_TITLE = "Geschiedenis van {nummer} · {dossier}: {doel}"
CHANGED = "{nummer}: {wat}."
NEED_STAND = "Wat is de stand van zaken?"
NEED_CONTACT = "Wat was het contact?"
NEED_MOMENT = "Naar welk moment?"
