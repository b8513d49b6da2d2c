"""'<kind> wijzig <nummer> veld: waarde; …': reading the fields and applying the ones every kind has."""
from __future__ import annotations

from collections.abc import Mapping

from handlers.commands.args import split_fields, yes_no
from handlers.commands.people import find_for
from handlers.domain.functies import Functie
from handlers.context import Context
from handlers.domain.followed import Followed
from handlers.errors import UserError
from handlers.texts import followed as t


def read_changes(item: Followed, rest: str, keys: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    head, fields = split_fields(rest, keys)
    if "deadline" in fields:
        raise UserError(t.DEADLINE_VIA_VERZET, examples=(t.example_verzet(item.KIND, item.nummer),))
    if not fields:
        # 'kleur: rood' reads as text, not as a field: name it and list what can be changed.
        unknown = head.partition(":")[0].strip() if ":" in head else ""
        known = ", ".join(sorted(k for k in keys if k != "deadline"))
        asked = t.UNKNOWN_FIELD.format(veld=unknown) if unknown else t.ASK_CHANGE
        raise UserError(f"{asked} {t.CHANGEABLE.format(velden=known)}", examples=(t.example_wijzig(item.KIND, item.nummer),))
    return fields


def apply_common(ctx: Context, item: Followed, fields: Mapping[str, str]) -> None:
    """Portefeuillehouder, eigenaar and vertrouwelijk mean the same for every kind. A person from the registry
    replaces the name an imported list gave (onvolledig no more)."""
    if "portefeuillehouder" in fields:
        item.portefeuillehouder_id = find_for(ctx.uow, fields["portefeuillehouder"], Functie.PORTEFEUILLEHOUDER, speaker=ctx.person).id
        item.onbekende_portefeuillehouder = ""
    if "eigenaar" in fields:
        item.eigenaar_id = find_for(ctx.uow, fields["eigenaar"], Functie.EIGENAAR, speaker=ctx.person).id
        item.onbekende_eigenaar = ""
    if "vertrouwelijk" in fields:
        item.vertrouwelijk = yes_no(fields["vertrouwelijk"])
