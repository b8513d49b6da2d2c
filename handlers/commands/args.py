"""Reading the arguments of a typed command: 'omschrijving; sleutel: waarde; …' and 'X omdat Y'."""
from __future__ import annotations

import re
from collections.abc import Mapping

from handlers.commands import limits
from handlers import texts
from handlers.errors import UserError
from handlers.router import normalise

# 'omdat' at the very end still separates: the reason is then empty and the move is refused for lacking one.
_REASON = re.compile(r"(?:^|\s+)(?:omdat|want|reden:?)(?:\s+|$)|\s*;\s*reden\s*:\s*", re.IGNORECASE)
# '…; bevestig': the user confirms a value that needs a second look (a deadline in the past, a meeting on a
# Sunday). Every command understands it the same way, so it never ends up in a description or a reason.
CONFIRM_WORD = "bevestig"
_CONFIRM = re.compile(r"\s*;\s*(?:bevestig|bevestigd)\s*(?=;|$)", re.IGNORECASE)


def confirms(text: str) -> bool:
    """Whether a typed command carries '; bevestig'."""
    return bool(_CONFIRM.search(text))


def without_confirmation(text: str) -> str:
    return _CONFIRM.sub("", text)


def ask_confirmation(command: str, waarom: str) -> UserError:
    """The refusal that names what needs a second look and gives the command with '; bevestig' behind it."""
    return UserError(texts.CONFIRM_ASK.format(waarom=waarom, commando=without_confirmation(command).strip()))


def split_fields(text: str, keys: Mapping[str, tuple[str, ...]], flags: tuple[str, ...] = ()) -> tuple[str, dict[str, str]]:
    """'Brief sturen; eigenaar: Bakker; vertrouwelijk' -> ('Brief sturen', {'eigenaar': 'Bakker', 'vertrouwelijk': 'ja'}).

    `keys` maps a field to the words users write for it; `flags` are fields that need no value.
    """
    aliases = {normalise(word): name for name, words in keys.items() for word in (name, *words)}
    head: list[str] = []
    found: dict[str, str] = {}
    for segment in (part.strip() for part in re.split(r"[;\n]", _commas_as_semicolons(text, aliases, flags))):
        if not segment:
            continue
        limits.text(segment)
        key, sep, value = segment.partition(":")
        name = aliases.get(normalise(key)) if sep else None
        if name is not None:
            found[name] = value.strip()
        elif normalise(segment) in flags:
            found[normalise(segment)] = "ja"
        elif _CONFIRM.fullmatch("; " + segment):
            continue  # read from the whole command (confirms), never a description
        elif sep and not head and not found:
            head.append(segment)
        elif sep and " " not in key.strip():
            known = ", ".join(sorted(keys))
            raise UserError(f"Het veld '{key.strip()}' ken ik niet. Bekende velden: {known}.")
        else:
            head.append(segment)
    return "; ".join(head), found


def _commas_as_semicolons(text: str, aliases: Mapping[str, str], flags: tuple[str, ...]) -> str:
    """'Brief sturen, eigenaar: Bakker, vertrouwelijk' reads as with semicolons: a comma separates fields only
    where a known field follows it, so 'fracties: Groen, Fietsersbelang' keeps its comma."""
    words = "|".join(sorted((re.escape(word) for word in aliases), key=len, reverse=True))
    flagged = "|".join(re.escape(flag) for flag in flags)
    fields = rf",\s*(?=(?:{words})\s*:)"
    pattern = rf"{fields}|,\s*(?=(?:{flagged})\s*(?:$|[;,\n]))" if flags else fields
    return re.sub(pattern, "; ", text, flags=re.IGNORECASE)


def split_reason(text: str) -> tuple[str, str]:
    """'naar Q3 2027 omdat het uitloopt' -> ('naar Q3 2027', 'het uitloopt'); a '; bevestig' is no part of either."""
    parts = _REASON.split(without_confirmation(text), maxsplit=1)
    if len(parts) == 2:
        return parts[0].strip(), parts[1].strip()
    return text.strip(), ""


def first_word(text: str) -> tuple[str, str]:
    word, _, rest = text.strip().partition(" ")
    return word, rest.strip()


def yes_no(value: str) -> bool:
    word = normalise(value)
    if word in {"ja", "j", "yes", "waar", "true", "1"}:
        return True
    if word in {"nee", "n", "no", "onwaar", "false", "0"}:
        return False
    raise UserError(f"'{value}' is geen ja of nee.", examples=("vertrouwelijk: ja", "vertrouwelijk: nee"))
