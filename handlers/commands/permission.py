"""Refusals that say who can do it instead."""
from __future__ import annotations

from handlers.context import Context
from handlers.domain.people import Person, Rol
from handlers.domain.permissions import KEEPERS, REGISTRY_KEEPERS, Stake, may_change, may_change_registry, may_read
from handlers.errors import NotAllowed


def ensure_may_change(ctx: Context, stake: Stake, what: str) -> None:
    if may_change(ctx.person, stake):
        return
    raise NotAllowed(f"Je mag {what} niet wijzigen. Dat kan {_who(ctx, stake, readers=False)}.")


def ensure_may_read(ctx: Context, stake: Stake, what: str) -> None:
    if may_read(ctx.person, stake):
        return
    raise NotAllowed(f"{what} is vertrouwelijk. Vraag het aan {_who(ctx, stake, readers=True)}.")


def ensure_may_change_registry(ctx: Context) -> None:
    if may_change_registry(ctx.person):
        return
    keepers = people_with_roles(ctx, REGISTRY_KEEPERS)
    raise NotAllowed(f"Alleen concernadviseurs mogen het rollenregister wijzigen. Vraag het aan {keepers or 'een concernadviseur'}.")


def _who(ctx: Context, stake: Stake, *, readers: bool) -> str:
    people = ctx.uow.people
    names: list[str] = []
    if stake.owner_id is not None and (owner := people.get(stake.owner_id)) is not None:
        names.append(f"{owner.name} (eigenaar)")
    if readers and stake.portefeuillehouder_id is not None:
        if (holder := people.get(stake.portefeuillehouder_id)) is not None:
            names.append(f"{holder.name} (portefeuillehouder)")
    keepers = people_with_roles(ctx, KEEPERS)
    if keepers:
        names.append(keepers)
    return ", ".join(names) if names else "een concernadviseur of de griffie"


def people_with_roles(ctx: Context, roles: tuple[Rol, ...]) -> str:
    found: dict[int | None, Person] = {}
    for role in roles:
        found.update((p.id, p) for p in ctx.uow.people.with_role(role))
    return ", ".join(f"{p.name} ({', '.join(sorted(r.value for r in p.roles if r in roles))})" for p in found.values())
