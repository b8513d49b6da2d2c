"""Dutch text that only the Teams adapter shows (welcome, refusals, card labels)."""
from __future__ import annotations

WELCOME = "Hallo! Ik ben Samenspel: ik houd toezeggingen bij en herinner je aan deadlines. Handig om mee te beginnen:"
# The three commands people need first; the welcome card shows them with what they do.
WELCOME_COMMANDS: tuple[tuple[str, str], ...] = (
    ("toezeggingen mijn", "jouw openstaande toezeggingen"),
    ("toezegging nieuw …", "een toezegging registreren (of klik op 'Nieuwe toezegging')"),
    ("help", "alles wat ik kan, met voorbeelden"),
)
# {waar}: where the bot is, by what Teams calls it ('dit kanaal', 'deze groepschat', 'deze vergaderchat').
WELCOME_CHANNEL_NOTE = "In {waar} spreek je me aan met @Samenspel; vertrouwelijke toezeggingen laat ik alleen in een persoonlijk gesprek zien."
CHANNEL = "dit kanaal"
GROUP_CHAT = "deze groepschat"
MEETING_CHAT = "deze vergaderchat"

NEW_FORM_BUTTON = "Nieuwe toezegging"
NEW_FORM_TITLE = "Nieuwe toezegging registreren"
NEW_FORM_OMSCHRIJVING = "Wat is er toegezegd?"
NEW_FORM_PORTEFEUILLEHOUDER = "Portefeuillehouder (wie zegde het toe?)"
NEW_FORM_DEADLINE = "Deadline"
NEW_FORM_DEADLINE_HINT = "bijv. voor het zomerreces, Q3 2027 of 1 maart"
NEW_FORM_SUBMIT = "Registreren"

UNREACHABLE = "niet bereikbaar in Teams: nog geen gesprek"
CONFIDENTIAL_IN_CHANNEL = (
    "Dit antwoord bevat vertrouwelijke informatie; die laat ik niet in {waar} zien. "
    "Vraag het me in een persoonlijk gesprek."
)
UNKNOWN_CARD_ACTION = "Deze knop ken ik niet (meer). Typ 'help' voor alle commando's."
EMPTY_MESSAGE = "Ik zag geen tekst. Typ 'help' voor alle commando's."
CONFIDENTIAL_MARK = "vertrouwelijk"
OVERDUE_MARK = "termijn overschreden"
CANCEL = "Annuleren"
LEFT_OFF = "… en nog {n} niet getoond: dit bericht is vol. Maak de selectie kleiner of open één item."
REQUIRED_FIELD = "Vul dit in: {label}"
TOGGLE_YES = "Ja"
ANSWERED_IN_CONVERSATION = "Gedaan: het antwoord staat in het gesprek."

# The Teams app package (manifest.json): what people see in the Teams app store of their organisation.
APP_SHORT_NAME = "Samenspel"
APP_FULL_NAME = "Samenspel: toezeggingen, moties, lobby en agenda's"
APP_SHORT_DESCRIPTION = "Toezeggingen, moties en agenda's bijhouden, met herinneringen voor deadlines."
APP_FULL_DESCRIPTION = (
    "Samenspel is de chat-assistent voor het bestuurlijk-ambtelijk samenspel in provincies en gemeenten. "
    "Registreer toezeggingen met een Nederlandse deadline ('voor het zomerreces', 'Q3 2027'), zie wat openstaat "
    "of verlopen is, leg de stand van zaken vast en sluit af; Samenspel herinnert je op tijd. Vertrouwelijke "
    "toezeggingen verschijnen alleen in een persoonlijk gesprek, nooit in een kanaal."
)
PERSONAL_COMMANDS: tuple[tuple[str, str], ...] = (
    ("help", "Alles wat ik kan, met voorbeelden"),
    ("toezeggingen mijn", "Jouw openstaande toezeggingen"),
    ("toezeggingen verlopen", "Toezeggingen waarvan de termijn is overschreden"),
    ("toezegging nieuw", "toezegging nieuw <omschrijving>; portefeuillehouder: <naam>; deadline: <termijn>"),
    ("wie ben ik", "Als wie ik je ken"),
)
CHANNEL_COMMANDS: tuple[tuple[str, str], ...] = (
    ("help", "Alles wat ik kan, met voorbeelden"),
    ("toezeggingen", "Openstaande toezeggingen (vertrouwelijke alleen in een persoonlijk gesprek)"),
    ("toezeggingen verlopen", "Toezeggingen waarvan de termijn is overschreden"),
)

# The message extension ("…" menu on a message, in a chat, channel or meeting chat).
CAPTURE_COMMAND_TITLE = "Registreer als toezegging"
CAPTURE_COMMAND_DESCRIPTION = "Registreer dit bericht als toezegging, met de afzender en een link naar het bericht"
CAPTURE_SOURCE = "{tekst} (gezegd door {naam}, bron {link})"
CAPTURE_SOURCE_NO_LINK = "{tekst} (gezegd door {naam})"
CAPTURE_FIX = "Pas het formulier aan en probeer het opnieuw."
CAPTURE_UNKNOWN_COMMAND = "Deze actie ken ik niet. Kies 'Registreer als toezegging'."
