"""Refusals that say who can do it instead."""
from __future__ import annotations

from handlers.context import Context
from handlers.domain.people import Person, Rol
from collections.abc import Iterable

from handlers.domain.permissions import (
    KEEPERS, REGISTRY_KEEPERS, Stake, may_change, may_change_registry, may_read, may_run_agenda, may_show,
)
from handlers.errors import NotAllowed, UserError
from handlers.texts import agenda as agenda_texts
from handlers.texts import followed as followed_texts


def shows(ctx: Context, stake: Stake) -> bool:
    """May this reply (in this conversation, to this person) carry the item's content?"""
    return may_show(ctx.person, stake, private=ctx.private)


def ensure_may_run_agenda(ctx: Context, meeting_holder_id: int | None, what: str,
                          holders_on_it: Iterable[int] | None = None) -> None:
    if may_run_agenda(ctx.person, meeting_holder_id, holders_on_it):
        return
    names = []
    if meeting_holder_id is not None and (holder := ctx.uow.people.get(meeting_holder_id)) is not None:
        names.append(f"{holder.name} (portefeuillehouder)")
    if keepers := people_with_roles(ctx, KEEPERS):
        names.append(keepers)
    raise NotAllowed(agenda_texts.AGENDA_NOT_ALLOWED.format(
        wat=what, wie=", ".join(names) or agenda_texts.AGENDA_KEEPERS))


def ensure_may_change(ctx: Context, stake: Stake, what: str) -> None:
    if may_change(ctx.person, stake):
        return
    raise NotAllowed(f"Je mag {what} niet wijzigen. Dat kan {_who(ctx, stake, readers=False)}.")


def ensure_may_show(ctx: Context, stake: Stake, label: str, nummer: str) -> None:
    """The gate for showing one item: in a channel nothing confidential, privately only to who may read it."""
    if stake.vertrouwelijk and not ctx.private:
        raise UserError(followed_texts.CONFIDENTIAL_HIDDEN.format(nummer=nummer))
    ensure_may_read(ctx, stake, f"{label} {nummer}")


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
    holder_id = stake.portefeuillehouder_id
    if readers and holder_id is not None and holder_id != stake.owner_id:
        if (holder := people.get(holder_id)) is not None:
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
