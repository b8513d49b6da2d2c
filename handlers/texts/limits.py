"""Dutch text for input that is too long."""
from __future__ import annotations

TOO_LONG = "{wat} is {n} tekens lang; hoogstens {max} past. Kort het in{tip}."
TITLE_TIP = " en zet details in de stand van zaken"
TITLE = "De titel"
TEXT = "Een veld"
