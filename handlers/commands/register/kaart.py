"""'wie is <naam>?': one person's card from the registry."""
from __future__ import annotations

from handlers.commands.register.render import View
from handlers.domain.registry.model import Lid, Opdracht
from handlers.domain.registry.queries import eenheden_van, gebieden_van, opdrachten_van, portefeuilles_van
from handlers.messages import Field, Item
from handlers.texts import register as t


def card(view: View, lid: Lid) -> Item:
    view.who(lid.email)
    fields = [
        Field(t.LABELS["email"], lid.email),
        Field(t.LABELS["functie"], lid.functie or "—"),
        Field(t.LABELS["rollen"], ", ".join(sorted(r.value for r in lid.rollen)) or "—"),
    ]
    units = eenheden_van(view.register, lid.email)
    if units:
        fields.append(Field(t.LABELS["eenheid"], ", ".join(f"{u.naam} ({u.niveau.value})" for u in units)))
    person = view.people.get(lid.email)
    boss = view.ctx.uow.people.ambtelijk_opdrachtgever(person.id) if person and person.id else None
    if boss is not None:
        fields.append(Field(t.LABELS["opdrachtgever"], view.who(boss.email)))
    for portefeuille in portefeuilles_van(view.register, lid.email):
        topics = ", ".join(o.naam for o in portefeuille.onderwerpen)
        fields.append(Field(t.LABELS["portefeuille"], f"{portefeuille.naam}" + (f" ({topics})" if topics else "")))
    opdrachten = view.visible(opdrachten_van(view.register, lid.email))
    if opdrachten:
        fields.append(Field(t.LABELS["opdrachten"], "; ".join(f"{o.naam} ({_role(lid, o)})" for o in opdrachten)))
    gebieden = gebieden_van(view.register, lid.email)
    if gebieden:
        fields.append(Field(t.LABELS["contact"], ", ".join(f"{g.soort.value} {g.gebied}" for g in gebieden)))
    return Item(key=lid.email, title=lid.naam, fields=tuple(fields))


def _role(lid: Lid, opdracht: Opdracht) -> str:
    chairs = [t.OPDRACHT_ROL[chair] for chair, email in opdracht.driehoek.chairs() if email == lid.email]
    return ", ".join(chairs) or t.OPDRACHT_ROL["professional"]
