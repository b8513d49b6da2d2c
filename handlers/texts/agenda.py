"""Dutch text for meetings, agenda points, outcomes and announcements."""
from __future__ import annotations

from handlers.domain.agenda import Fase, Soort, UitkomstSoort

ENTITY_PUNT = "agendapunt"
ENTITY_VERGADERING = "vergadering"
P = "A-2026-001"
FASE_LABEL = {
    Fase.BEELDVORMING: "Beeldvorming",
    Fase.OORDEELSVORMING: "Oordeelsvorming",
    Fase.BESLUITVORMING: "Besluitvorming",
}
SOORT_LABEL = {Soort.PO: "PO", Soort.COLLEGE: "college"}
UITKOMST_LABEL = {
    UitkomstSoort.BESLUIT: "Besluiten",
    UitkomstSoort.ACTIE: "Actiepunten",
    UitkomstSoort.TOEZEGGING: "Toezeggingen",
    UitkomstSoort.MOTIE: "Moties",
}
NEED_FASE = (
    "Elk agendapunt heeft een expliciete fase: beeldvorming, oordeelsvorming of besluitvorming. "
    "Geef 'fase: …'."
)
BAD_FASE = "'{fase}' is geen fase. Kies beeldvorming, oordeelsvorming of besluitvorming."
NIEUW_VOORBEELD = (
    "agendapunt nieuw Subsidieregeling fietsinfrastructuur; vergadering: volgende PO; fase: besluitvorming; "
    "portefeuillehouder: De Vries; opdrachtnemer: Bakker; documenten: https://docs.noordwaard.example/fiets"
)
NEED_ONDERWERP = "Wat is het onderwerp van het agendapunt? Zet het vooraan."
NEED_VERGADERING = "Voor welke vergadering? Geef 'vergadering: …' (een nummer, 'volgende PO', 'volgend college' of 'PO 30-11-2026')."
VERGADERING_VOORBEELDEN = ("vergadering 3", "volgende PO", "volgend college", "PO 30-11-2026", "GS 1-12-2026")
VERGADERING_UNKNOWN = "Vergadering '{wat}' ken ik niet. Typ 'vergaderingen' voor de komende vergaderingen."
PUNT_NEED_NUMMER = f"Welk agendapunt? Noem het nummer, bijvoorbeeld {P}."
PUNT_NOT_FOUND = "Agendapunt {nummer} bestaat niet."
CONFIDENTIAL_HIDDEN = "{nummer} is vertrouwelijk en wordt hier niet getoond. Vraag het in een privégesprek met mij."
CONFIDENTIAL_POINT = "vertrouwelijk agendapunt"
CONFIDENTIAL_LOBBY = "vertrouwelijke lobbyactie"
NO_POINTS = "Nog geen agendapunten."
NO_MEETINGS = "Geen vergaderingen gevonden {wat}."
MOVED = "verplaatst van {datum} (feestdag)"
AANVULLING = "Aanvulling op de agenda {titel}"
LOBBY_SECTION = "Lobby"
LOBBY_NONE = "Geen lobbyacties met een kansrijk moment in de komende {weken} weken."
FROM_PO = "Besluitpunten uit het PO (ter voorbereiding)"
TO_COLLEGE = "Besluitpunten gaan naar het college van {datum}."
STUKKEN = "stukken uiterlijk {datum}"
STUKKEN_LATE = "Let op: de stukken hadden er al op {datum} moeten zijn."
UITKOMST_VOORBEELDEN = (
    "vergadering 3 besluit Subsidieregeling vastgesteld",
    "vergadering 3 actie Brief aan de gemeenten opstellen; eigenaar: Bakker",
    "vergadering 3 toezegging T-2026-001",
    "vergadering 3 motie M2026-014",
)
PUNT_FIELD_LABELS = {
    "onderwerp": "Onderwerp",
    "fase": "Fase",
    "vergadering": "Vergadering",
    "portefeuillehouder": "Portefeuillehouder",
    "opdrachtnemer": "Ambtelijk opdrachtnemer",
    "inbrenger": "Inbrenger",
    "stukken": "Stukken uiterlijk",
    "documenten": "Documenten",
    "vertrouwelijk": "Vertrouwelijk",
}
ACTION_LABELS = {"nieuw": "geregistreerd", "wijzig": "gewijzigd", "uitkomst": "uitkomst vastgelegd"}
