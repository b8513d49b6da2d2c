"""Dutch text for what the router could not place: a bare item number, English, a number of two kinds."""
from __future__ import annotations

NO_SUCH = "Ik ken geen toezegging, motie, lobbyactie of agendapunt met nummer {nummer}."
LISTS = ("toezeggingen", "moties", "lobby", "agenda")
SEVERAL = "{nummer} is meer dan één item: {welke}. Zeg welke je bedoelt."
ENGLISH = "Ik begrijp alleen Nederlands: '{typed}' heet hier '{dutch}'."

# One-line English a newcomer types first, and the Dutch command it means (longest phrase wins).
ENGLISH_COMMANDS: dict[str, str] = {
    "help": "help",
    "help me": "help",
    "list": "toezeggingen",
    "show": "toezeggingen",
    "show all": "toezeggingen alle",
    "list all": "toezeggingen alle",
    "my commitments": "toezeggingen mijn",
    "list commitments": "toezeggingen",
    "show commitments": "toezeggingen",
    "commitments": "toezeggingen",
    "commitment": "toezegging",
    "add commitment": "toezegging nieuw",
    "new commitment": "toezegging nieuw",
    "create commitment": "toezegging nieuw",
    "register commitment": "toezegging nieuw",
    "add promise": "toezegging nieuw",
    "new promise": "toezegging nieuw",
    "promises": "toezeggingen",
    "motions": "moties",
    "list motions": "moties",
    "motion": "motie",
    "add motion": "motie nieuw",
    "new motion": "motie nieuw",
    "who am i": "wie ben ik",
    "whoami": "wie ben ik",
    "people": "personen",
    "overview": "overzicht",
    "summary": "overzicht",
    "next": "volgende",
    "more": "volgende",
    "previous": "vorige",
    "page": "pagina",
    "history": "toezegging historie",
    "close": "toezegging afgedaan",
    "done": "toezegging afgedaan",
    "postpone": "toezegging verzet",
    "move": "toezegging verzet",
    "meetings": "agenda",
}
