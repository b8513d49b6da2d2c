"""Dutch text of 'help': the sections of the command language, one source for the console, Slack and Teams."""
from __future__ import annotations

# (title, what the section is for): the order 'help' shows them in; handlers/commands/__init__.py puts each
# command group under one of these titles.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("Toezeggingen", "registreren, opvolgen, verzetten en afdoen"),
    ("Moties", "moties en hun uitvoering, het motie-overzicht"),
    ("Lobby", "lobbyacties, contacten en hun opbrengst"),
    ("Rollenregister", "wie is mijn opdrachtgever, wie gaat waarover"),
    ("Herinneringen en overzicht", "later herinneren, je weekoverzicht"),
    ("Stand-van-zakenronde", "de ronde langs de eigenaren, de lijst voor de raad"),
    ("Meeluisteren en verslagen", "toezeggingen herkennen in een gesprek of verslag"),
    ("Agenda", "PO- en collegevergaderingen en hun agendapunten"),
    ("Algemeen", "wie ben ik, personen, help"),
)
OTHER = "Overig"
OVERVIEW = "Dit kan ik voor je doen. Typ 'help <commando>' voor uitleg en voorbeelden, bijv. 'help toezegging nieuw'."
# A section is shown by 'help over <titel>': 'help toezeggingen' already explains the command 'toezeggingen'.
SECTION_COMMAND = "help over {titel}"
SECTION = "{titel}: {wat}. Typ 'help <commando>' voor uitleg en voorbeelden."
ALL_SECTIONS = "Alle onderwerpen"
DETAIL = "Hulp bij '{wat}'"
NO_HELP = "Over '{wat}' heb ik geen hulp. Typ 'help' voor alle commando's."
