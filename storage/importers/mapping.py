"""Which column holds which field: the headings councils use, or a mapping file that overrides them."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

# Field -> the headings councils use for it (compared without case, accents or punctuation).
HEADINGS: dict[str, tuple[str, ...]] = {
    "nummer": ("nummer", "nr", "no", "motienummer", "motie nr", "toezeggingnummer", "toezegging nr", "kenmerk",
               "volgnummer", "id", "registratienummer"),
    "titel": ("titel", "onderwerp", "omschrijving", "toezegging", "motie", "naam", "inhoud", "omschrijving toezegging"),
    "dictum": ("dictum", "verzoekt", "verzoek", "strekking", "draagt op", "verzoekt het college"),
    "datum": ("datum", "vergaderdatum", "datum vergadering", "datum toezegging", "datum motie", "aangenomen op",
              "datum besluit", "ingediend op"),
    "vergadering": ("vergadering", "gremium", "commissie", "raadsvergadering", "statenvergadering", "toegezegd in"),
    "indieners": ("indieners", "indiener", "ingediend door", "eerste indiener"),
    "fracties": ("fracties", "fractie", "partij", "partijen"),
    "uitslag": ("uitslag", "besluit", "stemming", "stemuitslag", "resultaat"),
    "portefeuillehouder": ("portefeuillehouder", "ph", "wethouder", "gedeputeerde", "bestuurder",
                           "verantwoordelijk bestuurder", "portefeuille"),
    "eigenaar": ("eigenaar", "ambtelijk eigenaar", "behandelaar", "ambtenaar", "contactpersoon",
                 "ambtelijk contactpersoon", "ambtelijk verantwoordelijke"),
    "termijn": ("termijn", "deadline", "einddatum", "afdoeningstermijn", "uiterlijk", "streefdatum", "planning",
                "datum gereed", "gereed", "afhandeltermijn", "afdoeningsdatum gepland"),
    "status": ("status", "afdoeningsstatus", "stand", "voortgangsstatus"),
    "stand_van_zaken": ("stand van zaken", "toelichting", "voortgang", "opmerkingen", "stand van zaken toelichting"),
    "afdoening": ("afdoening", "afgedaan met", "wijze van afdoening", "afdoeningsvoorstel", "afdoeningsbrief",
                  "afdoening referentie"),
    "afdoening_datum": ("datum afdoening", "afgedaan op", "afdoeningsdatum", "datum afgedaan"),
    "aan": ("aan", "toegezegd aan", "raadslid", "statenlid"),
    "vertrouwelijk": ("vertrouwelijk", "geheim"),
}
DATE_FORMATS = ("DMY", "MDY")


class MappingError(Exception):
    pass


@dataclass
class Columns:
    by_field: dict[str, int]
    ignored: list[str] = field(default_factory=list)


def key(text: str) -> str:
    """'Stand van zaken:' and 'STAND VAN ZAKEN' are one heading; 'Nr.' is 'nr'."""
    plain = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


def load_mapping(path: Path) -> tuple[dict[str, str], str | None]:
    """A YAML or JSON file: {kolommen: {heading: field}, datumnotatie: MDY}, or just {heading: field}."""
    try:
        data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise MappingError(f"mapping {path.name} kan ik niet lezen: {error}") from error
    if not isinstance(data, dict):
        raise MappingError(f"mapping {path.name}: verwacht 'kolommen: {{kop: veld}}'")
    columns = data.get("kolommen", data if "datumnotatie" not in data else {})
    date_format = data.get("datumnotatie")
    if not isinstance(columns, dict):
        raise MappingError(f"mapping {path.name}: 'kolommen' moet kop: veld-paren bevatten")
    unknown = sorted(str(v) for v in columns.values() if str(v) not in HEADINGS)
    if unknown:
        raise MappingError(f"mapping {path.name}: onbekende velden {', '.join(unknown)}; bekend: {', '.join(HEADINGS)}")
    if date_format is not None and str(date_format).upper() not in DATE_FORMATS:
        raise MappingError(f"mapping {path.name}: datumnotatie is DMY of MDY, niet {date_format}")
    return {key(k): str(v) for k, v in columns.items()}, str(date_format).upper() if date_format else None


def resolve(headings: list[str], fields: tuple[str, ...], overrides: dict[str, str]) -> Columns:
    """Column index per field; a mapping file wins over the known headings; the first match counts."""
    known = {key(h): name for name, words in HEADINGS.items() if name in fields for h in (name, *words)}
    found = Columns({})
    for index, heading in enumerate(headings):
        name = overrides.get(key(heading)) or known.get(key(heading))
        if name in fields and name not in found.by_field:
            found.by_field[name] = index
        elif heading:
            found.ignored.append(heading)
    return found
