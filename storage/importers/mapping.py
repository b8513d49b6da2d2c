"""Which column holds which field: the heading sets of iBabs, Notubiz, LTA apps and griffie sheets, or a mapping file.

Every heading that could mean a field is scored (a mapping file first, then the field's own name, then the
headings in the order below: the more specific the better); the best column wins, each column serves one
field, and the choice is shown in the dry-run together with the columns that lost.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from handlers.yamltext import load_yaml

# Field -> the headings councils use for it (compared without case, accents or punctuation), best first.
HEADINGS: dict[str, tuple[str, ...]] = {
    "nummer": ("nummer", "nr", "no", "motienummer", "motie nr", "toezeggingnummer", "toezeggingsnummer",
               "toezegging nr", "kenmerk", "volgnummer", "id", "registratienummer", "nummer toezegging"),
    "titel": ("titel", "onderwerp", "omschrijving", "naam", "inhoud", "omschrijving toezegging", "motie", "toezegging"),
    "tekst": ("toezegging", "tekst toezegging", "actie toezegging", "toezegging tekst", "inhoud toezegging",
              "wat is toegezegd", "toezegging omschrijving"),
    "dictum": ("dictum", "verzoekt", "verzoek", "strekking", "draagt op", "verzoekt het college"),
    "datum": ("datum", "vergaderdatum", "datum vergadering", "datum toezegging", "datum motie", "aangenomen op",
              "datum besluit", "ingediend op", "datum ingediend", "datum van toezegging", "datum raadsvergadering"),
    "vergadering": ("vergadering", "gremium", "commissie", "raadsvergadering", "statenvergadering", "toegezegd in",
                    "vergadering commissie", "overleg"),
    "agendapunt": ("agendapunt", "agenda punt", "punt", "raadsvoorstel", "voorstel", "bespreekpunt"),
    "indieners": ("indieners", "indiener s", "indiener", "ingediend door", "eerste indiener"),
    "mede_indieners": ("mede indieners", "mede indiener s", "mede indiener", "medeindieners", "medeondertekenaars"),
    "fracties": ("fracties", "fractie s", "fractie", "partij", "partijen"),
    "uitslag": ("uitslag", "besluit", "stemuitslag", "resultaat", "stemming"),
    "stemverhouding": ("stemverhouding", "stemmen", "stemming voor tegen", "voor tegen", "stemming uitslag"),
    "portefeuillehouder": ("portefeuillehouder", "ph", "wethouder", "gedeputeerde", "bestuurder",
                           "verantwoordelijk bestuurder", "portefeuille", "portefeuillehouder s", "toezegger"),
    "eigenaar": ("eigenaar", "ambtelijk eigenaar", "behandelaar", "ambtenaar", "contactpersoon",
                 "ambtelijk contactpersoon", "ambtelijk verantwoordelijke", "ambtelijk trekker", "trekker"),
    "termijn": ("termijn", "deadline", "afdoeningstermijn", "uiterlijk", "streefdatum", "einddatum", "planning",
                "datum gereed", "gereed", "afhandeltermijn", "afdoeningsdatum gepland", "planning afdoening",
                "verwachte afdoening", "termijn afdoening"),
    "status": ("status", "afdoeningsstatus", "voortgangsstatus", "stand"),
    "afgedaan": ("afgedaan", "afgehandeld", "afgerond", "gereed ja nee"),
    "stand_van_zaken": ("stand van zaken", "toelichting", "voortgang", "opmerkingen", "stand van zaken toelichting",
                        "toelichting stand van zaken", "opmerking", "actuele stand"),
    "afdoening": ("afdoening", "afgedaan met", "wijze van afdoening", "afdoeningsvoorstel", "afdoeningsbrief",
                  "afdoening referentie"),
    "afdoening_datum": ("datum afdoening", "afgedaan op", "afdoeningsdatum", "datum afgedaan", "datum afgehandeld"),
    "bijlagen": ("bijlagen", "bijlage", "documenten", "document", "links", "link", "url"),
    "moment_commissie": ("datum commissie", "commissiedatum", "behandeling commissie", "commissie datum"),
    "moment_raad": ("datum raad", "raadsdatum", "behandeling raad", "datum statenvergadering", "raad datum"),
    "aan": ("aan", "toegezegd aan", "raadslid", "statenlid", "gevraagd door"),
    "vertrouwelijk": ("vertrouwelijk", "geheim"),
}
DATE_FORMATS = ("DMY", "MDY")
# In a mapping file, a column mapped to nothing is left out on purpose.
NOTHING = ("", "niets", "negeer", "-", "geen")


class MappingError(Exception):
    pass


@dataclass(frozen=True)
class Mapping:
    """What a mapping file says: heading -> field ('' = leave out), the date order, written name -> person."""

    columns: dict[str, str] = field(default_factory=dict)
    date_format: str | None = None
    names: dict[str, str] = field(default_factory=dict)


@dataclass
class Columns:
    by_field: dict[str, int]
    ignored: list[str] = field(default_factory=list)
    # (field, chosen heading, headings that could also have been it)
    choices: list[tuple[str, str, list[str]]] = field(default_factory=list)


def key(text: str) -> str:
    """'Stand van zaken:' and 'STAND VAN ZAKEN' are one heading; 'Nr.' is 'nr'."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def load_mapping(path: Path) -> Mapping:
    """YAML or JSON: {kolommen: {kop: veld of leeg}, datumnotatie: MDY, namen: {zoals geschreven: naam of e-mail}}."""
    try:
        data: Any = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise MappingError(f"mapping {path.name} kan ik niet lezen: {error}") from error
    if not isinstance(data, dict):
        raise MappingError(f"mapping {path.name}: verwacht 'kolommen: {{kop: veld}}'")
    sections = {"kolommen", "datumnotatie", "namen"}
    columns = data.get("kolommen", {} if sections & set(data) else data)
    names = data.get("namen", {})
    date_format = data.get("datumnotatie")
    if not isinstance(columns, dict) or not isinstance(names, dict):
        raise MappingError(f"mapping {path.name}: 'kolommen' en 'namen' bevatten paren als 'kop: veld'")
    fields = {k: "" if v is None or str(v).strip().lower() in NOTHING else str(v).strip() for k, v in columns.items()}
    unknown = sorted(v for v in fields.values() if v and v not in HEADINGS)
    if unknown:
        raise MappingError(f"mapping {path.name}: onbekende velden {', '.join(unknown)}; bekend: {', '.join(HEADINGS)} "
                           "(of leeg laten om een kolom over te slaan)")
    if date_format is not None and str(date_format).upper() not in DATE_FORMATS:
        raise MappingError(f"mapping {path.name}: datumnotatie is DMY of MDY, niet {date_format}")
    return Mapping({key(k): v for k, v in fields.items()}, str(date_format).upper() if date_format else None,
                   {" ".join(str(k).lower().split()): str(v) for k, v in names.items()})


EMPTY_COLUMN = 100  # a heading with nothing under it only wins when no other column can


def resolve(headings: list[str], fields: tuple[str, ...], overrides: dict[str, str],
            preferred: dict[str, str] | None = None, filled: list[bool] | None = None) -> Columns:
    """Column index per field: the best-scoring heading wins; a column serves one field only.

    Score (lower is better): a mapping file 0; the field's own name 2; a kind's preferred heading 2.5 (a motie's
    'Toelichting' is its dictum unless there is a 'Dictum' column); then the known headings in order. A column
    that is empty in every row scores worse than any column with content.
    """
    scored: list[tuple[float, int, str]] = []  # (score, column, field)
    for index, heading in enumerate(headings):
        written = key(heading)
        empty = EMPTY_COLUMN if filled is not None and index < len(filled) and not filled[index] else 0
        if written in overrides:
            if overrides[written] in fields:
                scored.append((0, index, overrides[written]))
            continue
        if preferred and preferred.get(written) in fields:
            scored.append((2.5 + empty, index, preferred[written]))
        for name in fields:
            words = (key(name), *HEADINGS.get(name, ()))
            if written in words:
                scored.append((2 + words.index(written) + empty, index, name))
    found = Columns({})
    used: set[int] = set()
    for _score, index, name in sorted(scored):
        if name not in found.by_field and index not in used:
            found.by_field[name] = index
            used.add(index)
    for name, index in sorted(found.by_field.items(), key=lambda kv: kv[1]):
        losers = [headings[i] for _s, i, n in sorted(scored) if n == name and i != index and i not in used]
        found.choices.append((name, headings[index], losers))
    found.ignored = [h for i, h in enumerate(headings) if h and i not in used]
    return found
