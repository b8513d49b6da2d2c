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
VERGADERING_VOORBEELDEN = ("vergadering 3", "volgende PO", "vorige PO", "volgend college", "PO 30-11-2026", "GS 1-12-2026")
VERGADERING_UNKNOWN = "Vergadering '{wat}' ken ik niet. Typ 'vergaderingen' voor de komende vergaderingen."
PUNT_NEED_NUMMER = f"Welk agendapunt? Noem het nummer, bijvoorbeeld {P}."
PUNT_NOT_FOUND = "Agendapunt {nummer} bestaat niet."
CONFIDENTIAL_HIDDEN = "{nummer} is vertrouwelijk en wordt hier niet getoond. Vraag het in een privégesprek met mij."
CONFIDENTIAL_POINT = "vertrouwelijk agendapunt"
CONFIDENTIAL_LOBBY = "vertrouwelijke lobbyactie"
CONFIDENTIAL_UITKOMST = "vertrouwelijk"
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
    "vergadering vorige PO besluit Subsidieregeling vastgesteld",
    "vergadering vorige PO actie Brief aan de gemeenten opstellen; eigenaar: Bakker",
    "vergadering vorige PO toezegging T-2026-001",
    "vergadering vorige PO motie M2026-031",
)
PUNT_FIELD_LABELS = {
    "status": "Status",
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
ACTION_LABELS = {"nieuw": "geregistreerd", "wijzig": "gewijzigd", "uitkomst": "uitkomst vastgelegd",
                 "verplaats": "verplaatst", "intrekken": "ingetrokken"}
STUKKEN_NEED_DATE = "De stukken hebben een echte datum nodig."
WHAT_TO_CHANGE = "Wat wil je wijzigen?"
HISTORY_TITLE = "Geschiedenis van {nummer} · {onderwerp}"
RECORDED = "Vastgelegd bij vergadering {id} · {titel}."
WHAT_TO_RECORD = "Wat moet ik vastleggen als {soort}?"
TOEZEGGING_UNKNOWN = "Toezegging '{wat}' ken ik niet. Registreer hem eerst met 'toezegging nieuw …'."
SELECTION_UNKNOWN = "'{wat}' begrijp ik niet als selectie."
LIST_EXAMPLES = ("vergaderingen", "vergaderingen po", "vergaderingen college")
COMING = "De {vergaderingen}."
COMING_HINT = "Typ 'vergadering <nummer>' voor de agenda."
MEETING_TITLE = "Vergadering {id} · {titel}"
PLANNED = "Vergadering {id} · {titel} is gepland."
AGENDA_NOT_ALLOWED = (
    "Je mag {wat} niet wijzigen. Dat doen de portefeuillehouder van die vergadering (volgens het rollenregister) "
    "en de concernadviseurs/griffie: vraag het aan {wie}."
)
AGENDA_KEEPERS = "een concernadviseur of de griffie"
CONFIDENTIAL_TOEZEGGING = "{nummer} · vertrouwelijk"
PLAN_NOT_ALLOWED = "Een losse vergadering plannen kan een portefeuillehouder of een concernadviseur."
PLAN_NEEDS = "Een vergadering heeft een naam, een soort (po of college) en een datum."
PLAN_VOORBEELD = "vergadering nieuw PO Economie extra; soort: po; datum: 2-12-2026; tijd: 14:00; portefeuillehouder: Kuipers"
BAD_TIME = "'{wat}' is geen tijd."
PUNT_TITLE = "Agendapunt {nummer}"
PUNT_ADDED = "Agendapunt {nummer} staat op de agenda van {titel}."
PUNT_CHANGED = "{nummer}: gewijzigd."
ANNOUNCEMENT = "Agenda {titel}"
STUKKEN_REMINDER = "Herinnering: de stukken voor {nummer} '{onderwerp}' moeten uiterlijk {datum} klaar zijn."
FIELD_STUKKEN = "Stukken uiterlijk"
FIELD_PUNTEN = "Agendapunten"
FIELD_VERGADERING = "Vergadering"
FIELD_FASE = "Fase"
FIELD_DOCUMENTEN = "Documenten"


def kanaal_onbereikbaar(aankondiging: str, kanaal: str, reden: str) -> str:
    """To the concernadviseurs when an announcement cannot be posted in the agenda channel."""
    titel = aankondiging.splitlines()[0] if aankondiging else "de agenda"
    return (
        f"De aankondiging '{titel}' kon niet in het agendakanaal ({kanaal}) worden geplaatst: {reden} "
        "Ik probeer het elke ronde opnieuw; zodra het kanaal bereikbaar is, gaat de aankondiging alsnog uit."
    )

MEETING_STARTED = (
    "{titel} is al begonnen (of voorbij); daar kan geen punt meer bij. Kies een volgende vergadering: "
    "'vergadering: volgende PO' of 'vergadering: PO <datum>'."
)
MEETING_NOT_STARTED = (
    "{titel} is nog niet begonnen; een {soort} leg je vast als de vergadering begonnen is. "
    "Wil je het bespreken? Zet het op de agenda: 'agendapunt nieuw …; vergadering: {id}; fase: besluitvorming'."
)
NEED_TARGET = "Naar welke vergadering?"
VERPLAATS_VOORBEELD = "agendapunt verplaats A-2026-001 naar volgende PO omdat de stukken niet klaar zijn"
INTREKKEN_VOORBEELD = "agendapunt intrekken A-2026-001 omdat het voorstel wordt herzien"
PUNT_MOVED = "{nummer} staat nu op de agenda van {titel}."
PUNT_WITHDRAWN = "{nummer} is ingetrokken en staat niet meer op de agenda van {titel}."
SAME_MEETING = "{nummer} staat al op de agenda van {titel}."
# A date that needs a second look before a meeting is planned on it.
CONFIRM_WORD = "bevestig"
DATE_NEEDS_CONFIRM = (
    "{datum} {waarom}. Klopt dat? Zet dan '; {woord}' achter het commando: '{commando}; {woord}'"
)
WHY_PAST = "ligt in het verleden"
WHY_WEEKEND = "valt in het weekend"
WHY_HOLIDAY = "is een feestdag ({naam})"
IMPORT_OVERLAP = (
    "Let op: {vergaderingen} {vallen} op dezelfde dag als een vergadering uit het vaste rooster "
    "({soort}): {lijst}. Importeer je het hele rooster, zet het vaste rooster dan uit: {instelling}= (leeg) in de "
    "omgeving, en start opnieuw."
)
