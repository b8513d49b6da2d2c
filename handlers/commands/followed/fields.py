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
    _head, fields = split_fields(rest, keys)
    if "deadline" in fields:
        raise UserError(t.DEADLINE_VIA_VERZET, examples=(t.example_verzet(item.KIND, item.nummer),))
    if not fields:
        raise UserError(t.ASK_CHANGE, examples=(t.example_wijzig(item.KIND, item.nummer),))
    return fields


def apply_common(ctx: Context, item: Followed, fields: Mapping[str, str]) -> None:
    """Portefeuillehouder, eigenaar and vertrouwelijk mean the same for every kind."""
    if "portefeuillehouder" in fields:
        item.portefeuillehouder_id = find_for(ctx.uow, fields["portefeuillehouder"], Functie.PORTEFEUILLEHOUDER).id
    if "eigenaar" in fields:
        item.eigenaar_id = find_for(ctx.uow, fields["eigenaar"], Functie.EIGENAAR).id
    if "vertrouwelijk" in fields:
        item.vertrouwelijk = yes_no(fields["vertrouwelijk"])
