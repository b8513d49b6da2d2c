"""What council lists keep about an item beyond our own fields, kept so an import loses nothing.

The promise as worded (next to the subject), mede-indieners, stemverhouding, the agendapunt, links to
bijlagen and extra dated moments ('commissie', 'raad'). Only the deadline drives reminders; the moments
are shown, never chased. `nummer_sleutel` is how a list's own number is compared: 'ID 59' is 'id59'.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


@dataclass(kw_only=True)
class ListDetails:
    """Kept from an imported list; keyword-only, so every followed item has them without reordering its fields."""

    tekst: str = ""
    mede_indieners: str = ""
    stemverhouding: str = ""
    agendapunt: str = ""
    bijlagen: tuple[str, ...] = ()
    momenten: dict[str, dt.date] = field(default_factory=dict)
    # Subject + meeting day of a row imported without a number of its own (see `vingerafdruk`).
    vingerafdruk: str | None = None
    # A name the list gives that is not in the registry, as written ('wethouder Smit'): the item has no person
    # there (it is onvolledig) but keeps who the list meant, until 'wijzig' sets someone from the registry.
    onbekende_portefeuillehouder: str = ""
    onbekende_eigenaar: str = ""


def nummer_sleutel(nummer: str) -> str:
    """A number compared case- and space-insensitively: 'ID 59', 'id59' and ' Id59 ' are one number."""
    return re.sub(r"\s+", "", nummer).upper()


def external_nummer(text: str) -> str | None:
    """A list's own number as written ('22', 'ID 59', 'M179-2020', '236/2016'); None when empty or too long."""
    written = " ".join(str(text).split())
    if not written or len(nummer_sleutel(written)) > 40:
        return None
    return written


def vingerafdruk(onderwerp: str, vergaderdatum: dt.date | None) -> str:
    """A stable fingerprint for a row without a number: the subject (case, accents, spacing ignored) and its day."""
    decomposed = unicodedata.normalize("NFKD", onderwerp)
    plain = " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())
    day = vergaderdatum.isoformat() if vergaderdatum else "-"
    return hashlib.sha256(f"{plain}|{day}".encode()).hexdigest()[:32]


def momenten_text(momenten: dict[str, dt.date]) -> str:
    return ", ".join(f"{naam} {dag:%d-%m-%Y}" for naam, dag in sorted(momenten.items(), key=lambda kv: kv[1]))
