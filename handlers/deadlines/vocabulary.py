"""Dutch (and a few English) words for months, weekdays, numbers and ordinals.

Kept in one place so that the recognisers, the filler stripper and the error messages agree on
what counts as a known word.
"""
from __future__ import annotations

from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "febr": 2, "february": 2,
    "maart": 3, "mrt": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "augustus": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}

MONTH_NAMES: tuple[str, ...] = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)

WEEKDAYS: dict[str, int] = {
    "maandag": 0, "ma": 0, "monday": 0,
    "dinsdag": 1, "di": 1, "tuesday": 1,
    "woensdag": 2, "wo": 2, "wednesday": 2,
    "donderdag": 3, "do": 3, "thursday": 3,
    "vrijdag": 4, "vr": 4, "friday": 4,
    "zaterdag": 5, "za": 5, "saturday": 5,
    "zondag": 6, "zo": 6, "sunday": 6,
}

# Only the full names stand alone as a deadline; "do" or "zo" alone are too ambiguous.
FULL_WEEKDAYS: dict[str, int] = {name: n for name, n in WEEKDAYS.items() if len(name) > 2}

WEEKDAY_ABBREVIATIONS: tuple[str, ...] = ("ma", "di", "wo", "do", "vr", "za", "zo")

NUMBERS: dict[str, int] = {
    "een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20,
}

ORDINALS: dict[str, int] = {
    "eerste": 1, "1e": 1, "1ste": 1,
    "tweede": 2, "2e": 2, "2de": 2,
    "derde": 3, "3e": 3, "3de": 3,
    "vierde": 4, "4e": 4, "4de": 4,
}

# Meteorological seasons: the month in which each one ends, and whether that is in the next year.
SEASON_END: dict[str, tuple[int, int]] = {
    "voorjaar": (5, 0), "lente": (5, 0),
    "zomer": (8, 0),
    "najaar": (11, 0), "herfst": (11, 0),
    "winter": (2, 1),
}

# Planning-and-control moments that must come from the organisation calendar.
MOMENTS: frozenset[str] = frozenset({
    "voorjaarsnota", "kadernota", "kaderbrief", "perspectiefnota", "begroting",
    "programmabegroting", "jaarrekening", "jaarverslag", "najaarsnota",
    "bestuursrapportage", "burap", "voorjaarsrapportage", "zomerreces",
})


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of the given words, longest first so that 'sept' wins over 'sep'."""
    names = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(names) + ")"


MONTH_RE = alternation(MONTHS)
WEEKDAY_RE = alternation(WEEKDAYS)
FULL_WEEKDAY_RE = alternation(FULL_WEEKDAYS)
ORDINAL_RE = alternation(ORDINALS)
SEASON_RE = alternation(SEASON_END)

# "begrotingsbehandeling", "voorjaarsnotaraad": the moment, written as one word.
MOMENT_COMPOUNDS: frozenset[str] = frozenset(
    f"{moment}{joint}{suffix}" for moment in MOMENTS for joint in ("", "s")
    for suffix in ("behandeling", "vergadering", "raad", "debat")
)

# Words that carry meaning somewhere in the grammar; anything else is named in an error message.
KNOWN_WORDS: frozenset[str] = frozenset(
    [*MONTHS, *WEEKDAYS, *NUMBERS, *ORDINALS, *SEASON_END, *MOMENTS, *MOMENT_COMPOUNDS]
    + """kwartaal helft halfjaar half week weken dag dagen maand maanden jaar jaren werkdag
    werkdagen over binnen komende volgende deze dit begin medio midden halverwege eind einde
    ultimo vandaag morgen overmorgen na zomervakantie voorzomer voorkerst nakerst uur kerst kerstmis kerstreces
    kerstvakantie jaarwisseling loop aanvang start halfjaar anderhalf anderhalve korte termijn planning volgend
    komend vorig vorige kalenderjaar gemeentebegroting nog tijdig voorafgaand
    voorafgaande begrotingen voorjaarsnotas jaarrekeningen bestuursrapportages v&p v&p-nota nota wk
    zomerperiode voorjaarsperiode najaarsperiode winterperiode herfstvakantie herfstreces voorjaarsvakantie
    voorjaarsreces krokusvakantie krokusreces meivakantie meireces nieuwe eerste jaareinde""".split()
)
