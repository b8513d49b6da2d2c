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

# Archives (.xlsx, .docx are zip files): checked before anything is unpacked.
ARCHIVE_UNREADABLE = "{naam} is geen leesbaar {soort}: het is geen geldig zip-bestand."
ARCHIVE_TOO_MANY_PARTS = (
    "{naam} bestaat uit {n} onderdelen; een {soort} heeft er hooguit {max}. Zo'n bestand lees ik niet; "
    "sla het opnieuw op vanuit Word of Excel."
)
ARCHIVE_EXPANDS = (
    "{naam} pakt uit tot {mb} MB; hoogstens {max} MB lees ik. Dat is geen gewoon {soort} "
    "(misschien een zip-bom); sla het opnieuw op, zonder ingesloten bestanden of afbeeldingen."
)
ARCHIVE_RATIO = (
    "{naam} bevat een onderdeel dat {ratio} keer zo groot wordt bij uitpakken; dat doet een gewoon {soort} niet "
    "(een zip-bom?). Ik lees het niet."
)
EXCEL = "Excel-bestand (.xlsx)"
WORD = "Word-bestand (.docx)"

# Lists to import (.xlsx, .csv).
IMPORT_TOO_LARGE = "{naam} is {mb} MB; hoogstens {max} MB lees ik in één keer (SAMENSPEL_IMPORT_MAX_BYTES). Splits de lijst."
IMPORT_TOO_MANY_ROWS = (
    "{naam} heeft meer dan {max} rijen; zoveel lees ik niet in één keer (SAMENSPEL_IMPORT_MAX_ROWS). "
    "Splits de lijst in delen, bijv. per jaar, en importeer ze na elkaar."
)
IMPORT_CELL_TOO_LONG = "kolom '{kop}' is {n} tekens lang; hoogstens {max} past in één cel. Kort de tekst in"
IMPORT_DUPLICATE_HEADING = (
    "de kop '{kop}' staat in meer dan één kolom ({kolommen}); ik weet niet welke ik moet nemen. "
    "Geef elke kolom een eigen naam"
)
IMPORT_MERGED_HEADING = (
    "in blad '{blad}' zijn kopcellen samengevoegd ({cellen}); dan weet ik niet welke kolom welke kop heeft. "
    "Maak de samenvoeging ongedaan en geef elke kolom een eigen kop in één rij"
)
IMPORT_CSV_BROKEN = "{naam} is geen leesbaar csv-bestand ({fout}); sla het opnieuw op als CSV (puntkomma-gescheiden)."

# YAML files (the registry, the organisation's calendar, an import mapping).
YAML_ALIAS = (
    "het stuk dat hier begint (&naam) wordt verderop herhaald met een alias (*naam); dat lees ik niet, want zo kan "
    "een klein bestand uitdijen tot miljarden regels. Schrijf de waarde voluit"
)
YAML_TAG = "hier staat de tag '{tag}'; ik lees alleen tekst, getallen, datums, ja/nee, lijsten en paren. Haal de tag weg"
YAML_AT_LINE = "regel {regel}: {melding}"
YAML_TOO_LARGE = (
    "{naam} is {mb} MB; een registerbestand is hoogstens {max} MB (SAMENSPEL_REGISTER_MAX_BYTES). "
    "Er is niets veranderd."
)

# Verslagen (.docx, .pdf, .txt).
NOT_DOCX = "{naam} is geen leesbaar Word-bestand (.docx): {fout}. Sla het opnieuw op vanuit Word, of stuur een .pdf of .txt."
NOT_PDF = "{naam} is geen leesbare PDF: {fout}. Sla het opnieuw op als PDF, of stuur een .docx of .txt."
NOT_TEXT = "{naam} is geen tekstbestand (er staan binaire tekens in). Stuur het verslag als .txt, .docx of .pdf."
TOO_MANY_PAGES = "{naam} heeft {n} pagina's; een verslag van hoogstens {max} pagina's lees ik. Stuur alleen het verslag zelf."
TOO_SLOW = (
    "{naam} lezen duurde langer dan {s} seconden (gestopt bij pagina {pagina}); ik ben gestopt. "
    "Sla het opnieuw op als PDF of stuur het als .docx of .txt."
)
PDF_BOMB = (
    "{naam} bevat een onderdeel dat bij uitpakken groter wordt dan {mb} MB; dat doet een gewoon verslag niet "
    "(een decompressiebom?). Ik lees het niet."
)
DOCUMENT_TOO_MUCH_TEXT = "{naam} bevat {n} tekens tekst; hoogstens {max} lees ik als één verslag. Knip het in delen."
