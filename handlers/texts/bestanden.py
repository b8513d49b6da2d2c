"""Dutch text for files that cannot be read safely: fetched from Slack, verslagen, lists, the registry file."""
from __future__ import annotations

# A file shared in the DM with the bot, fetched from Slack.
FILE_NOT_FROM_SLACK = (
    "Ik haal {naam} niet op: het adres wijst naar {host}, en dat is niet de bestandsserver van Slack. "
    "Mijn Slack-sleutel gaat alleen naar Slack zelf. Sleep het bestand opnieuw in dit gesprek."
)
FILE_REDIRECTED = (
    "Ik haal {naam} niet op: het ophalen werd doorgestuurd naar {host}, en daar gaat mijn Slack-sleutel niet heen. "
    "Sleep het bestand opnieuw in dit gesprek; lukt het dan weer niet, vraag de beheerder om "
    "SAMENSPEL_SLACK_FILE_HOSTS na te kijken."
)
FILE_FETCH_FAILED = "Ik kon {naam} niet ophalen bij Slack (status {status}). Probeer het zo nog eens."
FILE_TIMEOUT = "Het ophalen van {naam} bij Slack duurde langer dan {seconden} seconden; ik ben gestopt. Probeer het zo nog eens."
FILE_TOO_LARGE = (
    "{naam} is groter dan {mb} MB; zo'n groot bestand lees ik niet als verslag. "
    "Stuur alleen het verslag of de besluitenlijst zelf (zonder bijlagen), of knip het in delen."
)
