"""The questions: wie is mijn opdrachtgever, van <opdracht>, driehoek, wie gaat over, contactgedeputeerde,
wie is <naam>, mijn opdrachten. Every answer names people (for mentions) and says its source."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from rapidfuzz import fuzz

from handlers.commands.register.kaart import card
from handlers.commands.register.render import View, keepers, open_view, opdracht_item
from handlers.context import Context
from handlers.domain.registry.model import Lid, Opdracht
from handlers.domain.registry.naming import key, suggest
from handlers.domain.registry.queries import (
    Onderwerpmatch, find_gebieden, find_leden, find_onderwerp, find_opdrachten, opdrachten_over, opdrachten_van,
)
from handlers.domain.registry.validation import BESTUURDERS
from handlers.errors import NotFound, UserError
from handlers.messages import Field, Item, OutgoingReply
from handlers.texts import register as t

T = TypeVar("T")


def mijn_opdrachtgever(ctx: Context, args: str) -> OutgoingReply:
    view = open_view(ctx)
    lid = _me(view)
    line = _line(view, lid)
    items = tuple(_mine(view, lid, o) for o in view.visible(opdrachten_van(view.register, lid.email)))
    text = line + (" " + t.PER_OPDRACHT if items else "")
    return view.reply(text, items=items)


def _me(view: View) -> Lid:
    person = view.ctx.require_person()
    lid = view.register.lid(person.email)
    if lid is None:
        raise UserError(t.NOT_IN_REGISTER.format(beheerders=keepers(view.ctx)))
    return lid


def _line(view: View, lid: Lid) -> str:
    if lid.rollen & set(BESTUURDERS):
        return t.BESTUURDER
    person = view.people.get(lid.email)
    boss = view.ctx.uow.people.ambtelijk_opdrachtgever(person.id) if person and person.id else None
    return t.LIJN_OPDRACHTGEVER.format(wie=view.who(boss.email)) if boss else t.GEEN_OPDRACHTGEVER


def _mine(view: View, lid: Lid, opdracht: Opdracht) -> Item:
    """The asker's opdrachtgever on this opdracht: the chair above theirs, then the whole driehoek."""
    chairs = dict(opdracht.driehoek.chairs())
    mine = [chair for chair, email in chairs.items() if email == lid.email] or ["professional"]
    above = {"professional": "ambtelijk_opdrachtnemer", "ambtelijk_opdrachtnemer": "ambtelijk_opdrachtgever",
             "ambtelijk_opdrachtgever": "bestuurlijk_opdrachtgever"}.get(mine[0])
    first = [Field(t.JIJ_BENT, t.OPDRACHT_ROL[mine[0]])]
    if above:
        first.append(Field(t.JOUW_OPDRACHTGEVER, view.who(chairs[above])))
    return opdracht_item(view, opdracht, tuple(first))


def opdrachtgever_van(ctx: Context, args: str) -> OutgoingReply:
    view = open_view(ctx)
    found = _opdrachten(view, args)
    if len(found) == 1:
        d = found[0].driehoek
        text = t.OPDRACHTGEVER_VAN.format(naam=found[0].naam, bog=view.who(d.bestuurlijk_opdrachtgever),
                                          aog=view.who(d.ambtelijk_opdrachtgever))
    else:
        text = t.DRIEHOEK_VAN.format(naam=_clean(args))
    return view.reply(text, items=tuple(opdracht_item(view, o) for o in found))


def driehoek(ctx: Context, args: str) -> OutgoingReply:
    view = open_view(ctx)
    found = _opdrachten(view, args)
    return view.reply(t.DRIEHOEK_VAN.format(naam=found[0].naam if len(found) == 1 else _clean(args)),
                      items=tuple(opdracht_item(view, o) for o in found))


def _opdrachten(view: View, args: str) -> list[Opdracht]:
    wanted = _clean(args)
    names = [o.naam for o in view.register.opdrachten if view.may_see(o)]  # never leak a confidential name
    found = _found(wanted, find_opdrachten(view.register, wanted) if wanted else [], t.NEED_OPDRACHT,
                   t.UNKNOWN_OPDRACHT.format(naam=wanted), names, "driehoek Verkeersveiligheid N-wegen")
    shown = view.visible(found)
    if not shown:
        raise NotFound(t.UNKNOWN_OPDRACHT.format(naam=wanted) + " " + t.HIDDEN.format(opdrachten=t.vertrouwelijke_opdrachten(len(found))))
    return shown


def wie_gaat_over(ctx: Context, args: str) -> OutgoingReply:
    view = open_view(ctx)
    wanted = _clean(args)
    topics = [o.naam for p in view.register.portefeuilles for o in p.onderwerpen]
    found = _found(wanted, find_onderwerp(view.register, wanted) if wanted else [], t.NEED_ONDERWERP,
                   t.UNKNOWN_ONDERWERP.format(onderwerp=wanted), topics, "wie gaat over verkeersveiligheid?")
    lines: list[str] = []
    items: list[Item] = []
    for match in _specific(found):
        onderwerp = match.onderwerp.naam if match.onderwerp else match.portefeuille.naam
        line = t.GAAT_OVER.format(onderwerp=onderwerp, houder=view.who(match.portefeuille.houder),
                                  portefeuille=match.portefeuille.naam)
        opdrachten = view.visible(opdrachten_over(view.register, match))
        nemers = ", ".join(f"{view.who(o.driehoek.ambtelijk_opdrachtnemer)} ({o.naam})" for o in opdrachten)
        lines.append(line + " " + (t.OPDRACHTNEMERS.format(wie=nemers) if opdrachten else t.GEEN_OPDRACHTNEMER))
        items += [opdracht_item(view, o) for o in opdrachten if o.naam not in {i.key for i in items}]
    return view.reply("\n".join(lines), items=tuple(items))


def _specific(found: list[Onderwerpmatch]) -> list[Onderwerpmatch]:
    """A topic says more than the portefeuille it is in: 'klimaat' means klimaatadaptatie, not all of Water en Klimaat."""
    with_topic = {m.portefeuille.naam for m in found if m.onderwerp is not None}
    return [m for m in found if m.onderwerp is not None or m.portefeuille.naam not in with_topic]


def contact(label: str) -> Callable[[Context, str], OutgoingReply]:
    def run(ctx: Context, args: str) -> OutgoingReply:
        view = open_view(ctx)
        wanted = _clean(args)
        gebieden = [g.gebied for g in view.register.contactgebieden]
        found = _found(wanted, find_gebieden(view.register, wanted) if wanted else [], t.NEED_GEBIED,
                       t.UNKNOWN_GEBIED.format(gebied=wanted), gebieden, f"wie is {label} voor Wadbrug?")
        text = " ".join(t.CONTACT.format(rol=label.capitalize(), soort=g.soort.value, gebied=g.gebied,
                                         wie=view.who(g.contact)) for g in found)
        return view.reply(text)

    return run


def wie_is(ctx: Context, args: str) -> OutgoingReply:
    # A question with a typo in its words ("wie is mijn opdrachgever", "wie is contactgedeputerde voor …")
    # lands here; forgive it rather than look for a person with that name.
    forgiven = _forgive(args)
    if forgiven is not None:
        run, rest = forgiven
        return run(ctx, rest)
    view = open_view(ctx)
    wanted = _clean(args)
    found = _found(wanted, find_leden(view.register, wanted) if wanted else [], t.NEED_NAAM,
                   t.UNKNOWN_LID.format(naam=wanted), [p.naam for p in view.register.personen], "wie is Hans Bakker?")
    return view.reply(", ".join(f"{p.naam}" for p in found) + ":", items=tuple(card(view, p) for p in found))


def _forgive(args: str) -> tuple[Callable[[Context, str], OutgoingReply], str] | None:
    words = args.split()
    for phrase, run in _QUESTIONS:
        size = len(phrase.split())
        if len(words) >= size and fuzz.ratio(key(" ".join(words[:size])), phrase) >= 85:
            return run, " ".join(words[size:])
    return None


def mijn_opdrachten(ctx: Context, args: str) -> OutgoingReply:
    view = open_view(ctx)
    lid = _me(view)
    found = view.visible(opdrachten_van(view.register, lid.email))
    if not found:
        return view.reply(t.GEEN_OPDRACHTEN)
    return view.reply(t.MIJN_OPDRACHTEN.format(opdrachten=t.opdrachten(len(found))), items=tuple(_mine(view, lid, o) for o in found))


def _found(wanted: str, found: Sequence[T], need: str, unknown: str, names: list[str], example: str) -> list[T]:
    if not wanted:
        raise UserError(need, examples=(example,))
    if found:
        return list(found)
    close = suggest(wanted, names)
    hint = t.DID_YOU_MEAN_SHORT.format(namen=", ".join(close)) if close else t.KNOWN_ARE.format(namen=", ".join(names[:8]))
    raise NotFound(unknown + hint, examples=(example,))


def _clean(args: str) -> str:
    """'van de Verkeersveiligheid N-wegen?' -> 'Verkeersveiligheid N-wegen'."""
    words = args.strip().rstrip("?!. ").split()
    while words and key(words[0]) in {"van", "voor", "de", "het", "een", "gemeente", "dorp", "wijk", "opdracht"}:
        words = words[1:]
    return " ".join(words)


_QUESTIONS: tuple[tuple[str, Callable[[Context, str], OutgoingReply]], ...] = (
    ("mijn opdrachtgever", mijn_opdrachtgever),
    ("de opdrachtgever van", opdrachtgever_van),
    ("contactgedeputeerde", contact("contactgedeputeerde")),
    ("contactwethouder", contact("contactwethouder")),
)
