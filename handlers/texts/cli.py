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

# argparse's usage errors and help headings, in Dutch (bot/cli/parser.py).
USAGE = "gebruik: "
POSITIONALS = "argumenten"
OPTIONALS = "opties"
HELP = "toon deze hulp en stop"
ERROR = "{prog}: fout: {message}\nTyp '{help}' voor uitleg.\n"
UNRECOGNIZED = "onbekende argumenten: {a}"
REQUIRED = "deze argumenten ontbreken: {a}"
INVALID_CHOICE = "argument {a}: {b} ken ik niet (kies uit {c})"
EXPECTED_ONE = "argument {a}: hier hoort één waarde achter"
EXPECTED_SOME = "argument {a}: hier hoort minstens één waarde achter"
EXPECTED_N = "argument {a}: hier horen {b} waarden achter"
INVALID_VALUE = "argument {a}: {c} is geen geldige waarde ({b})"
IGNORED_VALUE = "argument {a}: neemt geen waarde, maar kreeg {b}"
NOT_TOGETHER = "argument {a} kan niet samen met {b}"
AMBIGUOUS = "{a} is niet eenduidig: het kan {b} zijn"
ONE_OF = "een van deze argumenten is nodig: {a}"
SUBCOMMANDS = "commando's"
