"""Refusals that say who can do it instead."""
from __future__ import annotations

from handlers.context import Context
from handlers.domain.people import Rol
from handlers.domain.permissions import Stake, may_change, may_read
from handlers.errors import NotAllowed


def ensure_may_change(ctx: Context, stake: Stake, what: str) -> None:
    if may_change(ctx.person, stake):
        return
    raise NotAllowed(f"Je mag {what} niet wijzigen. Dat kan {_who(ctx, stake)}.")


def ensure_may_read(ctx: Context, stake: Stake, what: str) -> None:
    if may_read(ctx.person, stake):
        return
    raise NotAllowed(f"{what} is vertrouwelijk. Vraag het aan {_who(ctx, stake)}.")


def _who(ctx: Context, stake: Stake) -> str:
    people = ctx.uow.people
    names: list[str] = []
    owner = stake.eigenaar_id if stake.eigenaar_id is not None else stake.created_by_id
    if owner is not None and (person := people.get(owner)) is not None:
        names.append(f"{person.name} (eigenaar)")
    keepers = people.with_role(Rol.CONCERNADVISEUR) + people.with_role(Rol.GRIFFIER)
    names.extend(f"{p.name} ({', '.join(sorted(r.value for r in p.roles if r in (Rol.CONCERNADVISEUR, Rol.GRIFFIER)))})" for p in keepers)
    return ", ".join(names) if names else "een concernadviseur of de griffie"
