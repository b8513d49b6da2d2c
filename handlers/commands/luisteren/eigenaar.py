"""Who owns a proposal from a verslag: the role registry says so, not whoever happens to click Registreer.

Without an eigenaar, 'toezegging nieuw' makes the registrant the owner when they are an ambtenaar: for a
verslag that would make the griffie own every promise in it. So the proposal names an owner itself, the most
specific one the registry gives:
1. an ambtenaar the sentence names as the one who acts ("Actie: Hans Bakker zoekt uit …");
2. the ambtelijk opdrachtnemer of the opdracht whose name stands in the sentence or its agenda item;
3. the ambtelijk opdrachtnemer of the one opdracht about an onderwerp of the portefeuillehouder that it names;
4. the portefeuillehouder's usual contact: the one opdrachtnemer of all their opdrachten.
Otherwise nobody, and the proposal says that 'toezegging nieuw' decides by its own rule.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from handlers.commands.register.render import View
from handlers.context import Context
from handlers.domain.functies import is_ambtenaar
from handlers.domain.people import Person
from handlers.domain.registry.model import Opdracht, OpdrachtStatus
from handlers.domain.registry.naming import key
from handlers.domain.registry.queries import Onderwerpmatch, opdrachten_over, portefeuilles_van
from handlers.listening.recogniser import Candidate
from handlers.texts import luisteren as t

_CLOSED = (OpdrachtStatus.AFGEROND, OpdrachtStatus.GESTOPT)
# Words that say nothing about which opdracht is meant ("Verbouwing van het provinciehuis").
_FILLER = frozenset({"van", "de", "het", "een", "en", "der", "den", "voor", "op", "in", "te", "aan", "met", "over"})
_WORD = re.compile(r"[\w-]+")
# "N-weg" in a sentence is the opdracht "Verkeersveiligheid N-wegen": a word this long may differ at its end.
_STEM = 5


@dataclass(frozen=True)
class Eigenaar:
    person: Person | None  # None: 'toezegging nieuw' chooses by its own rule
    waarom: str
    # The bestuurlijk opdrachtgever of the opdracht (`bij`) the sentence names: who probably promised, when it
    # does not say.
    bestuurder: Person | None = None
    bij: str = ""


class Eigenaren:
    """The registry, read once for a whole verslag, asked for each proposal."""

    def __init__(self, ctx: Context, people: Sequence[Person]) -> None:
        info = ctx.uow.registry.info()
        self._view = View(ctx, ctx.uow.registry.snapshot(), info, {p.email: p for p in people}) if info else None

    def voor(self, candidate: Candidate) -> Eigenaar:
        person = candidate.person
        doer = person if person is not None and is_ambtenaar(person) else None
        view = self._view
        if view is None:
            return Eigenaar(doer, t.EIGENAAR_GENOEMD) if doer else Eigenaar(None, t.EIGENAAR_REGEL)
        holder = person if person is not None and person.is_portefeuillehouder else None
        words = _words(f"{candidate.sentence} {candidate.heading}")
        open_ = [o for o in view.register.opdrachten if o.status not in _CLOSED and view.may_see(o)]
        by_name = _by_name(open_, words, holder)
        if doer is not None:
            return Eigenaar(doer, t.EIGENAAR_GENOEMD, *_bestuurder(view, by_name))
        if by_name is not None:
            return _nemer(view, by_name, t.EIGENAAR_OPDRACHT.format(opdracht=by_name.naam), suggest=True)
        return _wider(view, open_, words, holder)


def _wider(view: View, opdrachten: list[Opdracht], words: set[str], holder: Person | None) -> Eigenaar:
    """No opdracht named: one about an onderwerp of the portefeuillehouder, else their usual contact."""
    about = _by_onderwerp(view, opdrachten, words, holder)
    if about is not None:
        opdracht, onderwerp = about
        return _nemer(view, opdracht, t.EIGENAAR_ONDERWERP.format(opdracht=opdracht.naam, onderwerp=onderwerp))
    usual = _usual_contact(opdrachten, holder)
    if usual is not None and holder is not None:
        return _nemer(view, usual, t.EIGENAAR_VAST.format(naam=holder.name))
    return Eigenaar(None, t.EIGENAAR_REGEL)


def _bestuurder(view: View, opdracht: Opdracht | None) -> tuple[Person | None, str]:
    """The bestuurlijk opdrachtgever of the opdracht the sentence names, with the opdracht's name."""
    if opdracht is None:
        return None, ""
    return view.people.get(opdracht.driehoek.bestuurlijk_opdrachtgever), opdracht.naam


def _nemer(view: View, opdracht: Opdracht, waarom: str, *, suggest: bool = False) -> Eigenaar:
    """The opdracht's ambtelijk opdrachtnemer; `suggest`: the opdracht was named, so its bestuurder is a good guess."""
    person = view.people.get(opdracht.driehoek.ambtelijk_opdrachtnemer)
    bestuurder, bij = _bestuurder(view, opdracht) if suggest else (None, "")
    if person is None or not is_ambtenaar(person):
        return Eigenaar(None, t.EIGENAAR_REGEL, bestuurder, bij)
    return Eigenaar(person, waarom, bestuurder, bij)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(key(text)))


def _named(name: str, words: set[str]) -> bool:
    """Every telling word of `name` occurs in `words` (a long word may differ in its ending: N-weg, N-wegen)."""
    wanted = [w for w in _WORD.findall(key(name)) if w not in _FILLER]
    return bool(wanted) and all(any(_same(w, word) for word in words) for w in wanted)


def _same(wanted: str, word: str) -> bool:
    if wanted == word:
        return True
    short, long_ = sorted((wanted, word), key=len)
    return len(short) >= _STEM and long_.startswith(short)


def _by_name(opdrachten: list[Opdracht], words: set[str], holder: Person | None) -> Opdracht | None:
    """The opdracht named most fully; of two, the one of the portefeuillehouder who spoke."""
    named = [o for o in opdrachten if _named(o.naam, words)]
    if not named:
        return None
    own = holder.email if holder else None
    return max(named, key=lambda o: (len(_WORD.findall(o.naam)), o.driehoek.bestuurlijk_opdrachtgever == own))


def _by_onderwerp(view: View, opdrachten: list[Opdracht], words: set[str],
                  holder: Person | None) -> tuple[Opdracht, str] | None:
    """An onderwerp of the portefeuillehouder's (or a synonym) in the sentence, with one opdracht about it."""
    if holder is None:
        return None
    for portefeuille in portefeuilles_van(view.register, holder.email):
        for onderwerp in portefeuille.onderwerpen:
            if not any(_named(name, words) for name in (onderwerp.naam, *onderwerp.synoniemen)):
                continue
            about = [o for o in opdrachten_over(view.register, Onderwerpmatch(portefeuille, onderwerp)) if o in opdrachten]
            if len({o.driehoek.ambtelijk_opdrachtnemer for o in about}) == 1:
                return about[0], onderwerp.naam
    return None


def _usual_contact(opdrachten: list[Opdracht], holder: Person | None) -> Opdracht | None:
    """When one ambtenaar is opdrachtnemer of every open opdracht of this portefeuillehouder, it is their contact."""
    if holder is None:
        return None
    own = [o for o in opdrachten if o.driehoek.bestuurlijk_opdrachtgever == holder.email]
    return own[0] if own and len({o.driehoek.ambtelijk_opdrachtnemer for o in own}) == 1 else None
