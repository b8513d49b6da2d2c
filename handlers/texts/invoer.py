"""Dutch text for input the bot cannot take as it is, and for changes that met another change."""
from __future__ import annotations

MAX_LENGTH = 20_000

TOO_LONG = (
    "Je bericht is te lang: {lengte} tekens, en ik neem er hoogstens {max} aan. "
    "Maak het korter, of zet de lange tekst in een document en noem daarvan de link."
)
CONFLICT = (
    "Iemand anders wijzigde dit op hetzelfde moment; er is niets opgeslagen. Bekijk het en probeer het opnieuw."
)
UNSTORABLE = (
    "Dat kan ik niet bewaren: een van de waarden is te lang of valt buiten het bereik dat ik aankan. "
    "Maak de tekst korter of kies een kleiner getal of een andere datum."
)
NUMBER_RANGE = "'{tekst}' past hier niet: kies {wat} van {laag} tot en met {hoog}."
NOT_A_NUMBER = "'{tekst}' is geen getal; hier hoort {wat} van {laag} tot en met {hoog}."
DATE_RANGE = "'{tekst}' ligt te ver van vandaag ({datum}); kies een datum tussen {van} en {tot}."
