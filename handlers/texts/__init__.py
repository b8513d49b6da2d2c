"""Dutch user-facing text shared by every command group (each group keeps its own in a sibling module)."""
from __future__ import annotations

import datetime as dt
from typing import TypeAlias
from zoneinfo import ZoneInfo

TIMEZONE = ZoneInfo("Europe/Amsterdam")

DAGEN = ("ma", "di", "wo", "do", "vr", "za", "zo")
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)

APOLOGY = "Sorry, er ging iets mis aan mijn kant. Het is gelogd; probeer het zo nog eens."
RETRY_IGNORED = "Dit verzoek is al verwerkt."
FAR_YEAR = "Let op: het jaar {jaar} ligt meer dan {n} jaar in {richting}. Klopt dat? Anders: verzet de deadline met het goede jaar."
CONFIRM_ASK = "{waarom} Klopt dat? Zet dan '; bevestig' achter het commando: '{commando}; bevestig'"
TERMIJN_NEEDS_CONFIRM = "De termijn {datum} {waarom}."
WHY_PAST_TERMIJN = "ligt in het verleden"
WHY_FAR_TERMIJN = "ligt meer dan {n} jaar in de toekomst (het jaar {jaar})"
FAR_FUTURE = "de toekomst"
FAR_PAST = "het verleden"


def datum(day: dt.date) -> str:
    """'do 9 juli 2027': the weekday helps people spot a wrong date at once."""
    return f"{DAGEN[day.weekday()]} {dag(day)}"


def dag(day: dt.date) -> str:
    """'9 juli 2027': a date as someone types it into a command."""
    return f"{day.day} {MAANDEN[day.month - 1]} {day.year}"


def een_van(names: list[str]) -> str:
    """'Karin Bos', 'Karin Bos of Lars Dekker', 'A, B of C': anyone of them will do."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} of {names[-1]}"


def vorm(n: int, enkel: str, meer: str) -> str:
    """The singular for exactly one, else the plural: the one place a count decides a word's form
    ('1 motie die openstaat', '3 moties die openstaan', 'geen moties die openstaan')."""
    return enkel if n == 1 else meer


# A phrase that follows a count, as (singular, plural): ('die openstaat', 'die openstaan').
Getal: TypeAlias = tuple[str, str]


def aantal(n: int, enkel: str, meer: str) -> str:
    """'1 toezegging', '3 toezeggingen', 'geen moties': the one place numbers meet nouns."""
    if n == 0:
        return f"geen {meer}"
    return f"{n} {vorm(n, enkel, meer)}"


def tot(n: int, counted_up_to: int | None) -> str:
    """A count as far as it was counted: '20', or 'meer dan 1.000' when it went past `counted_up_to`."""
    if counted_up_to is not None and n > counted_up_to:
        return MORE_THAN.format(n=getal(counted_up_to))
    return str(n)


def beyond(n: int, counted_up_to: int | None) -> bool:
    return counted_up_to is not None and n > counted_up_to


def aantal_tot(n: int, counted_up_to: int | None, enkel: str, meer: str) -> str:
    """`aantal` of a count that stopped at `counted_up_to`: 'meer dan 1.000 toezeggingen' beyond it."""
    return f"{tot(n, counted_up_to)} {meer}" if beyond(n, counted_up_to) else aantal(n, enkel, meer)


MORE_THAN = "meer dan {n}"


def zin(text: str) -> str:
    """The start of a sentence: 'Meer dan 1.000 toezeggingen …'."""
    return text[:1].upper() + text[1:]


def getal(n: int) -> str:
    """'20.000': thousands with a dot, as Dutch writes them."""
    return f"{n:,}".replace(",", ".")


def tijdstip(moment: dt.datetime) -> str:
    local = moment.astimezone(TIMEZONE)
    return f"{datum(local.date())} {local:%H:%M}"


IDENTITY_REFUSED = (
    "Dit account hoort niet bij de persoon met dit e-mailadres: die is al aan een ander account gekoppeld. "
    "Er is niets gedaan. Vraag een concernadviseur om het na te kijken."
)


def unknown_person(email: str | None, beheerders: str) -> str:
    wie = f" ({email})" if email else ""
    door = f"Vraag {beheerders} om je toe te voegen." if beheerders else "Vraag een concernadviseur om je toe te voegen."
    return f"Ik ken je nog niet{wie}: je staat niet in het personenregister. {door}"


def unknown_command(text: str, suggestions: list[str]) -> str:
    hint = f" Bedoelde je: {', '.join(suggestions)}?" if suggestions else ""
    return f"Dat commando ken ik niet: '{text}'.{hint} Typ 'help' voor alle commando's."


def examples_line(examples: tuple[str, ...]) -> str:
    return "Zo werkt het wel: " + " · ".join(f"'{e}'" for e in examples)
