"""Dutch text for the web pages: lists with filters, the item page, signing in (bot/web renders them)."""
from __future__ import annotations

SITE = "Samenspel"
NAV = (("toezeggingen", "Toezeggingen"), ("moties", "Moties"), ("lobby", "Lobby"), ("overzicht", "Overzicht"),
       ("rondes", "Ronde"), ("agenda", "Agenda"))
NAV_LABEL = "Lijsten"
PLURAL = {"toezeggingen": "toezeggingen", "moties": "moties", "lobby": "lobbyacties"}
SINGULAR = {"toezeggingen": "toezegging", "moties": "motie", "lobby": "lobbyactie"}
HEADING = {"toezeggingen": "Toezeggingen", "moties": "Moties", "lobby": "Lobbyacties"}

# The filter form; the names are the query string's keys, so a link keeps the filter.
FILTER_LEGEND = "Filteren"
FILTER_LABELS = {
    "portefeuillehouder": "Portefeuillehouder",
    "eigenaar": "Ambtelijk eigenaar",
    "status": "Status",
    "te_laat": "Alleen te laat",
    "termijn_van": "Termijn vanaf",
    "termijn_tot": "Termijn tot en met",
    "tekst": "Zoeken in de tekst",
    "vergadering": "Vergadering",
    "commissie": "Commissie",
    "sorteer": "Sorteren",
}
LOBBY_HOLDER = "Bestuurder"
NAME_HINT = "naam, achternaam of e-mail"
DATE_HINT = "dd-mm-jjjj"
MEETING_HINT = "waar het is toegezegd of ingediend, met de dag: raad 12-11-2026, of alleen 12-11-2026"
COMMISSIE_HINT = "raad, Staten of de naam van de commissie: Ruimte"
FILTER_SUBMIT = "Toon"
FILTER_RESET = "Wis filters"
STATUS_OPEN = "open"
STATUS_ALLE = "alle"
STATUS_CHOICES_LABEL = {STATUS_OPEN: "open (standaard)", STATUS_ALLE: "alle statussen"}
SORT_LABELS = {"termijn": "termijn, meest urgent eerst", "termijn-aflopend": "termijn, verste eerst", "nummer": "nummer"}

COLUMNS = ("Nummer", "Onderwerp", "Status", "Termijn", "Ambtelijk eigenaar", "Portefeuillehouder")
LOBBY_COLUMNS = ("Nummer", "Dossier en doel", "Status", "Kansrijk moment", "Ambtelijk eigenaar", "Bestuurder")
OVERDUE = "te laat"
NOBODY = "—"
COUNT = "{wat} gevonden."
COUNT_LATE = "{wat} gevonden, waarvan {n} te laat."
NONE_FOUND = "Geen {meer} gevonden met deze filters."
PAGE = "Pagina {number} van {pages}"
PREVIOUS = "Vorige pagina"
NEXT = "Volgende pagina"
PAGING_LABEL = "Paginering"
EXPORT = "Download deze lijst als Excel ({wat})"
EXPORT_TOO_LARGE = ("Deze lijst heeft {n} items; een export kan er hoogstens {max} bevatten. "
                    "Maak de selectie kleiner, bijvoorbeeld met een termijn of een portefeuillehouder.")
EXPORT_SHEET = {"toezeggingen": "Toezeggingen", "moties": "Moties", "lobby": "Lobbyacties"}

BAD_STATUS = "'{tekst}' is geen status van {meer}. Kies uit: {keuzes}."
BAD_SORT = "Sorteren op '{tekst}' kan niet. Kies uit: {keuzes}."
BAD_DATE = "'{tekst}' bij {veld} is geen datum. Schrijf de datum als 1-12-2026."
BAD_MEETING = ("'{tekst}' bij vergadering noemt geen dag. Schrijf de vergadering met haar datum, zoals "
               "'raad 12-11-2026' of '12-11-2026'; voor alles uit één commissie is er het filter Commissie.")
LOBBY_NO_MEETING = ("Een lobbyactie komt niet uit een vergadering of commissie: de filters Vergadering en Commissie "
                    "werken bij toezeggingen en moties.")
BAD_PAGE = "Pagina {number} bestaat niet: deze lijst heeft {pages}."
BAD_KIND = "Deze pagina bestaat niet. Kies toezeggingen, moties of lobby."
FILTER_ERROR = "Deze filters kan ik niet toepassen"

# The item page.
FIELDS = "Gegevens"
STAND = "Stand van zaken"
NO_STAND = "Nog geen stand van zaken vastgelegd."
LINKED = "Gekoppeld"
HISTORY = "Historie"
NO_HISTORY = "Nog geen wijzigingen."
HISTORY_WHEN = "Wanneer, wie, wat"
HISTORY_CHANGE = "Wijziging"
ACTIONS = "Wijzigen"
BACK = "Terug naar de lijst"
CONFIDENTIAL = "Vertrouwelijk: alleen voor wie het mag lezen. Deel deze pagina niet."
COMMAND_HINT = "In de chat: {command}"
NOT_FOUND = "{Soort} {nummer} bestaat niet, of je mag hem niet zien."
DONE = "Gelukt"
REFUSED = "Niet gelukt"
ALREADY_DONE = "Dit formulier was al verstuurd; er is niets dubbel opgeslagen."
STALE_FORM = "Dit formulier hoort bij een oudere versie van de pagina. Bekijk de nieuwe stand en probeer het opnieuw."

# The stand-van-zakenronde's progress.
RONDES = "Stand-van-zakenrondes"
NO_RONDES = "Er is nog geen stand-van-zakenronde gestart. In de chat: ronde start alle; sluit: …; voor: …"
RONDE_COLUMNS = ("Ronde", "Status", "Sluit", "Gevraagd", "Beantwoord", "Open")
RONDE_HEADING = "Voortgang van {label}"
RONDE_SUMMARY = "{beantwoord} van {punten} beantwoord, {open} open; sluit {sluit} ({status})."
RONDE_NONE_READABLE = "In deze ronde staan geen punten die jij mag zien."
RONDE_SCOPE = "Punten: {scope}"
RONDE_PER_COLUMNS = ("Gevraagd", "Beantwoord", "Open", "Open punten")
PER_EIGENAAR = "Per eigenaar"
PER_PORTEFEUILLEHOUDER = "Per portefeuillehouder"
RONDE_OWNER = "Eigenaar"
RONDE_HOLDER = "Portefeuillehouder"
RONDE_ITEMS = "Alle punten"
RONDE_ITEM_COLUMNS = ("Nummer", "Onderwerp", "Antwoord", "Ambtelijk eigenaar", "Portefeuillehouder")
RONDE_NOT_ANSWERED = "nog geen antwoord"
RONDE_ANTWOORD = {"ongewijzigd": "ongewijzigd", "stand": "nieuwe stand van zaken",
                  "afdoening": "afdoening voorgesteld", "verzet": "deadline verzet"}
RONDE_NOT_FOUND = "Ronde {nummer} bestaat niet. Alle rondes staan op de pagina Ronde."
RONDE_ALL = "Alle rondes"
RONDE_CHAT = "In de chat: ronde (de lopende ronde)"

# The agenda.
AGENDA = "Agenda"
AGENDA_INTRO = "De komende vergaderingen van PO en college, met hun punten per fase."
AGENDA_SOORT = {"po": "PO", "college": "College"}
AGENDA_SOORT_LABEL = "Soort vergadering"
AGENDA_SOORT_CHOICES = (("", "PO en college"), ("po", "PO"), ("college", "College"))
AGENDA_BAD_SOORT = "'{tekst}' is geen soort vergadering. Kies po of college (of niets voor beide)."
AGENDA_NONE = "Geen vergaderingen in de komende weken."
AGENDA_STUKKEN = "Stukken uiterlijk {datum}"
AGENDA_NO_POINTS = "Nog geen agendapunten."
AGENDA_POINT_COLUMNS = ("Nummer", "Onderwerp", "Portefeuillehouder", "Opdrachtnemer", "Stukken uiterlijk",
                        "Documenten")

# Signing in.
SIGN_IN = "Aanmelden"
SIGN_IN_AS = "Aanmelden als (e-mailadres uit het rollenregister)"
SIGN_OUT = "Afmelden"
SIGNED_IN_AS = "Aangemeld als {naam}"
SIGNED_OUT = "Je bent afgemeld."
DEV_SIGN_IN = ("Ontwikkelaanmelding: deze server draait met SAMENSPEL_WEB_ONTWIKKELAANMELDING, alleen op dit apparaat. "
               "Je meldt je aan zonder wachtwoord, als iemand uit het rollenregister.")
NO_SIGN_IN = ("Aanmelden is op deze server nog niet ingesteld. De beheerder stelt aanmelden via de identiteitsprovider "
              "van de organisatie in (OpenID Connect: Microsoft Entra ID of Slack); zie docs/web.md.")
UNKNOWN_EMAIL = "Ik ken {email} niet: dat e-mailadres staat niet in het rollenregister. Vraag een concernadviseur om je toe te voegen."
CSRF_FAILED = "Dit formulier is verlopen of kwam niet van deze pagina. Laad de pagina opnieuw en probeer het nog eens."
SERVER_ERROR = "Er ging iets mis"

# The overview page (/overzicht): charts with their data tables.
OVERVIEW = "Overzicht"
OVERVIEW_INTRO = ("Dezelfde regel als de lijsten: alleen wat jij mag zien telt mee. Elke grafiek staat er ook als "
                  "tabel onder.")
NO_HOLDER = "geen portefeuillehouder"
HOLDERS_HEADING = "{Meer} per portefeuillehouder"
HOLDERS_CAPTION = "{Meer} per portefeuillehouder: open, waarvan te laat, en afgedaan in {jaar}"
HOLDER_SERIES = {"open": "open", "late": "te laat", "done": "afgedaan in {jaar}"}
HOLDER_COLUMN = "Portefeuillehouder"
MONTHS_HEADING = "Termijnen van open {meer} per maand"
MONTHS_CAPTION = "Open {meer} per maand van hun termijn, de komende 12 maanden (vanaf vandaag)"
MONTH_COLUMN = "Maand"
MONTH_SERIES = "termijnen"
NOTHING_TO_CHART = "Geen {meer} om te tellen."
CHART_LEGEND = "Legenda"
LIST_LINK = "Naar de lijst"

# The public list for the raad (/openbaar/…), read without signing in.
PUBLIC_NAV = (("toezeggingen", "Toezeggingen"), ("moties", "Moties"))
PUBLIC_NAV_LABEL = "Openbare lijsten"
PUBLIC_HEADING = {"toezeggingen": "Openbare lijst van toezeggingen", "moties": "Openbare lijst van moties"}
PUBLIC_INTRO = ("De toezeggingen die het bestuur aan de raad of de Staten heeft gedaan en de moties die het moet "
                "uitvoeren, met de stand van zaken. Vertrouwelijke items staan hier niet op. Deze lijst wordt "
                "bijgehouden door de griffie en de concernadviseurs.")
PUBLIC_COLUMNS = ("Nummer", "Onderwerp", "Portefeuillehouder", "Termijn", "Status", "Stand van zaken", "Afdoening")
PUBLIC_FIELDS = {"onderwerp": "Onderwerp", "portefeuillehouder": "Portefeuillehouder", "termijn": "Termijn",
                 "status": "Status", "stand": "Stand van zaken", "afdoening": "Afdoening"}
PUBLIC_COUNT = "{wat} op deze lijst."
PUBLIC_BACK = "Terug naar de openbare lijst"
FEED_LINK = "Volg nieuwe en gewijzigde items (Atom-feed)"
FEED_TITLE = "Toezeggingen en moties: nieuw en gewijzigd"
FEED_SUBTITLE = "Nieuwe en gewijzigde openbare toezeggingen en moties van de laatste 90 dagen."
NOT_FOUND_TITLE = "Niet gevonden"
