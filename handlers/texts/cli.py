"""Dutch text for the command line's one-line errors: what is wrong and what would work."""
from __future__ import annotations

NO_FILE = "{bestand} bestaat niet. Controleer de naam en de map."
NO_FOLDER = "De map {map} bestaat niet. Maak hem eerst aan of kies een bestaande map, bijv. '{voorbeeld}'."
IS_FOLDER = "{bestand} is een map, geen bestand. Noem een bestand, bijv. '{voorbeeld}'."
NO_ACCESS = "Ik mag {bestand} niet lezen of schrijven. Kies een bestand waar je rechten op hebt."
NOT_UTF8 = "{bestand} is geen UTF-8-tekstbestand. Sla het op als UTF-8 (in Excel: 'CSV UTF-8') en probeer het opnieuw."
DATABASE = (
    "De database is niet bereikbaar ({url}). Controleer DATABASE_URL en of de database draait; "
    "zonder DATABASE_URL gebruik ik een SQLite-bestand in deze map."
)
STOPPED = "Gestopt."
