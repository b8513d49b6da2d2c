"""Dutch text that only the Slack adapter shows (modals, App Home, shortcut)."""
from __future__ import annotations

CANCEL = "Annuleren"
DEADLINE_HINT = "Druk op Enter in het deadlineveld om te zien hoe ik de deadline begrijp."
DEADLINE_PREVIEW = "Deadline: {uitleg}"
HOME_TITLE = "Samenspel"
HOME_INTRO = "Je toezeggingen en wat binnenkort moet gebeuren. Typ `/samenspel help` voor alle commando's."
HOME_MINE = "Mijn openstaande toezeggingen"
HOME_SOON = "Binnenkort: deadline binnen 2 weken"
HOME_NEW = "Nieuwe toezegging"
SOURCE = "bron: {link}"
SUBMIT_FAILED = "Dat lukte niet: {melding}"
MORE_ITEMS = "… en nog {n} meer; maak de selectie kleiner om ze te zien."

# Why an agenda announcement could not be posted; completes texts.agenda.kanaal_onbereikbaar.
NOT_IN_CHANNEL = (
    "Samenspel is geen lid van dat Slack-kanaal. Nodig de bot uit door in het kanaal "
    "'/invite @Samenspel' te typen (of geef de app de scope chat:write.public)."
)
CHANNEL_GONE = "dat Slack-kanaal bestaat niet (meer) of is gearchiveerd. Controleer SAMENSPEL_AGENDA_CHANNEL."
