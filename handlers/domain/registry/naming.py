"""Matching what people type to names in the registry: case, accents and small typos forgiven."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from collections.abc import Iterable, Sequence
from typing import Any

from rapidfuzz import fuzz, process

from handlers.domain.people import Rol

# Below this score a guess is more likely wrong than helpful.
CUTOFF = 82


@lru_cache(maxsize=65536)
def key(text: str) -> str:
    """'Café  Noord-West?' -> 'cafe noord-west': what two spellings of one name have in common."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower().rstrip("?!. "))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def rol_named(text: str) -> Rol | None:
    """'Directielid', 'CISO', 'functionaris gegevensbescherming': a role as people write it."""
    return _ROLES.get(key(text))


_ROLES = {key(rol.value): rol for rol in Rol}


def person_index(pairs: Iterable[tuple[Any, Any]]) -> dict[str, str]:
    """Name and e-mail (both as keys) to e-mail, for resolving references in a registry."""
    index: dict[str, str] = {}
    for naam, email in pairs:
        if not email:
            continue
        address = str(email).strip().lower()
        index[address] = address
        if naam:
            index.setdefault(key(str(naam)), address)
    return index


def resolve(reference: str, index: dict[str, str]) -> str:
    wanted = reference.strip()
    return index.get(wanted.lower()) or index.get(key(wanted)) or (wanted.lower() if "@" in wanted else wanted)


def best(wanted: str, choices: Sequence[str], cutoff: int = CUTOFF) -> list[int]:
    """Indexes of the choices that match `wanted`: exact keys first, else the best fuzzy matches."""
    target = key(wanted)
    keys = [key(c) for c in choices]
    exact = [i for i, k in enumerate(keys) if k == target]
    if exact:
        return exact
    found = process.extract(target, keys, scorer=fuzz.WRatio, limit=5, score_cutoff=cutoff)
    if not found:
        return []
    top = found[0][1]
    return [index for _choice, score, index in found if score >= top - 2]


def suggest(wanted: str, choices: Sequence[str], limit: int = 3) -> list[str]:
    found = process.extract(key(wanted), [key(c) for c in choices], scorer=fuzz.WRatio, limit=limit, score_cutoff=60)
    return [choices[index] for _choice, _score, index in found]
