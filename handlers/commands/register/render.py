"""How registry answers look: people by name and e-mail (mentions), opdrachten as items, the source."""
from __future__ import annotations

from dataclasses import dataclass, field

from handlers.commands.permission import people_with_roles
from handlers.context import Context
from handlers.domain.people import Person
from handlers.domain.permissions import REGISTRY_KEEPERS, Stake, may_show
from handlers.domain.registry.info import RegisterInfo
from handlers.domain.registry.model import Opdracht, Register
from handlers.errors import UserError
from handlers.messages import Field, Item, Mention, OutgoingReply
from handlers.texts import datum, tijdstip
from handlers.texts import register as t


@dataclass
class View:
    """One question's look at the registry; remembers whom the answer names, for mentions."""

    ctx: Context
    register: Register
    info: RegisterInfo
    people: dict[str, Person]
    named: list[str] = field(default_factory=list)
    hidden: int = 0

    def who(self, email: str) -> str:
        lid = self.register.lid(email)
        if email not in self.named:
            self.named.append(email)
        return f"{lid.naam} ({email})" if lid else email

    def name(self, email: str) -> str:
        lid = self.register.lid(email)
        return lid.naam if lid else email

    def stake(self, opdracht: Opdracht) -> Stake:
        def pid(email: str) -> int | None:
            person = self.people.get(email)
            return person.id if person else None

        driehoek = opdracht.driehoek
        others = {pid(e) for e in (driehoek.ambtelijk_opdrachtgever, *opdracht.professionals)}
        return Stake(pid(driehoek.ambtelijk_opdrachtnemer), pid(driehoek.bestuurlijk_opdrachtgever), None,
                     opdracht.vertrouwelijk, frozenset(i for i in others if i is not None))

    def may_see(self, opdracht: Opdracht) -> bool:
        """Confidential opdrachten only privately and only for those who may read them."""
        return may_show(self.ctx.person, self.stake(opdracht), private=self.ctx.private)

    def visible(self, opdrachten: list[Opdracht]) -> list[Opdracht]:
        shown = [o for o in opdrachten if self.may_see(o)]
        self.hidden += len(opdrachten) - len(shown)
        return shown

    def reply(self, text: str, *, items: tuple[Item, ...] = (), fields: tuple[Field, ...] = (),
              notes: tuple[str, ...] = ()) -> OutgoingReply:
        extra = (t.HIDDEN.format(opdrachten=t.vertrouwelijke_opdrachten(self.hidden)),) if self.hidden else ()
        return OutgoingReply(
            text=text, items=items, fields=fields, notes=(*notes, *extra, bron(self.info)),
            confidential=any(item.confidential for item in items), mentions=tuple(self.mention(e) for e in self.named),
        )

    def mention(self, email: str) -> Mention:
        person = self.people.get(email)
        return Mention(
            self.name(email), email, person.slack_user_id if person else None, person.teams_aad_id if person else None
        )


def open_view(ctx: Context, for_change: bool = False) -> View:
    info = ctx.uow.registry.info()
    if info is None:
        raise UserError(t.NO_REGISTER)
    people = {p.email: p for p in ctx.uow.people.all()}
    return View(ctx, ctx.uow.registry.snapshot(for_change), info, people)


def bron(info: RegisterInfo) -> str:
    versie = t.BRON_VERSIE.format(versie=info.versie) if info.versie else ""
    text = t.BRON.format(datum=datum(info.datum), versie=versie)
    if info.gewijzigd_op is not None:
        text += t.BRON_GEWIJZIGD.format(wanneer=tijdstip(info.gewijzigd_op), wie=info.gewijzigd_door)
    return text + "."


def driehoek_fields(view: View, opdracht: Opdracht) -> list[Field]:
    fields = [Field(t.LABELS[chair], view.who(email)) for chair, email in opdracht.driehoek.chairs()]
    if opdracht.professionals:
        fields.append(Field(t.LABELS["professionals"], ", ".join(view.who(e) for e in opdracht.professionals)))
    return fields


def opdracht_item(view: View, opdracht: Opdracht, first: tuple[Field, ...] = ()) -> Item:
    fields = [*first, *driehoek_fields(view, opdracht), Field(t.LABELS["status"], opdracht.status.value)]
    if opdracht.omschrijving:
        fields.append(Field(t.LABELS["omschrijving"], opdracht.omschrijving))
    return Item(key=opdracht.naam, title=opdracht.naam, fields=tuple(fields), confidential=opdracht.vertrouwelijk)


def keepers(ctx: Context) -> str:
    return people_with_roles(ctx, REGISTRY_KEEPERS) or "een concernadviseur"
