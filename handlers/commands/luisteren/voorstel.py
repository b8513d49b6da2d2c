"""A recognised promise as the bot offers it: the fields it read, why, and buttons to register or adjust.

Registering goes through the ordinary commands ('toezegging nieuw', 'motie nieuw'), so it is checked and
audited like anything typed. The command a proposal shows works as it stands when pasted: the termijn is
fixed to the day it was said, the owner comes from the role registry, and what is missing is left out (the
command then asks for it) and named in words beside it.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from handlers.commands.limits import MAX_TITLE
from handlers.commands.lists import cut
from handlers.commands.luisteren.eigenaar import Eigenaar, Eigenaren
from handlers.commands.luisteren.termijn import vaste_termijn
from handlers.commands.toezeggingen.render import registratie_form
from handlers.deadlines import Calendar, describe
from handlers.domain.registry.naming import key
from handlers.forms import as_typed, missing
from handlers.listening.cues import Soort
from handlers.listening.recogniser import Candidate
from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item
from handlers.texts import luisteren as t

NEE_COMMAND = "luister nee"
# "Actie: Hans Bakker zoekt uit …" under its agenda item reads "Subsidies: Hans Bakker zoekt uit …".
_LABEL = re.compile(r"^(?:actie(?:punt)?|toezegging|afspraak)\s*:\s*", re.IGNORECASE)
# Enough of a motie's words to recognise it in a list; the dictum keeps them all.
MOTIE_TITEL = 120


@dataclass(frozen=True)
class Herkomst:
    """What every proposal from one verslag or message carries into its command."""

    vergadering: str = ""
    bron: str = ""
    vertrouwelijk: bool = False


@dataclass(frozen=True)
class Voorstel:
    """A candidate made ready to register."""

    candidate: Candidate
    termijn: str  # for the command, fixed to the day it was said; "" when none was found
    eigenaar: Eigenaar


def voorstel(candidate: Candidate, gezegd: dt.date, calendar: Calendar | None, eigenaren: Eigenaren) -> Voorstel:
    termijn = vaste_termijn(candidate.termijn, gezegd, calendar) if candidate.termijn else ""
    return Voorstel(candidate, termijn, eigenaren.voor(candidate))


def velden(v: Voorstel) -> tuple[Field, ...]:
    c = v.candidate
    return (
        Field(t.WIE, c.person.name if c.person else (c.who or t.ONBEKEND)),
        Field(t.WAT, c.sentence),
        Field(t.TERMIJN, describe(c.termijn.deadline) if c.termijn else t.GEEN_TERMIJN),
        Field(t.EIGENAAR, _eigenaar(v.eigenaar)),
        Field(t.ZEKERHEID, f"{c.percentage}%"),
        Field(t.WAAROM, "; ".join(c.reasons)),
    )


def knoppen(v: Voorstel, herkomst: Herkomst, *, nee: bool = True) -> tuple[Button, ...]:
    """Registreer runs the command at once when nothing is missing, else opens the form; Aanpassen always does."""
    return _buttons(_form(v, herkomst), nee)


def item(index: int, v: Voorstel, herkomst: Herkomst) -> Item:
    form = _form(v, herkomst)
    fields = tuple(f for f in velden(v) if f.label != t.WAT)
    nodig = nog_nodig(v, form)
    return Item(
        key=f"{index}. {v.candidate.soort.value}",
        title=f"{index} · {v.candidate.soort.value} · {omschrijving(v.candidate)}",
        fields=(*fields, Field(t.NOG_NODIG, nodig)) if nodig else fields,
        # Where Registreer opens the form itself, Aanpassen would be the same form twice: a page of them must fit a card.
        buttons=_buttons(form, nee=False)[: 1 if nodig else 2],
        confidential=herkomst.vertrouwelijk,
    )


def _buttons(form: Form, nee: bool) -> tuple[Button, ...]:
    register = (Button(t.REGISTREER, form=form, style=ButtonStyle.PRIMARY) if missing(form)
                else Button(t.REGISTREER, command=as_typed(form), style=ButtonStyle.PRIMARY))
    buttons = (register, Button(t.AANPASSEN, form=form))
    return (*buttons, Button(t.NEE_KNOP, command=NEE_COMMAND)) if nee else buttons


def nog_nodig(v: Voorstel, form: Form) -> str:
    """What a registration still lacks, in words; "" when the proposal can be registered as it is."""
    parts = []
    for field in missing(form):
        part = t.NODIG.get(field.name, field.label.lower())
        if field.name == "portefeuillehouder" and v.eigenaar.bestuurder is not None:
            part += t.NODIG_BESTUURDER.format(opdracht=v.eigenaar.bij, naam=v.eigenaar.bestuurder.name)
        parts.append(part)
    return "; ".join(parts)


def aanvulling(v: Voorstel, herkomst: Herkomst) -> str:
    """How to add what is missing to the pasted command ('; portefeuillehouder: Anna de Vries'); "" when nothing is."""
    naam = v.eigenaar.bestuurder.name if v.eigenaar.bestuurder else t.VOORBEELD_BESTUURDER
    return "".join(t.AANVULLEN_VOORBEELD.get(f.name, "").format(naam=naam) for f in missing(_form(v, herkomst)))


def omschrijving(candidate: Candidate, bron: str = "") -> str:
    """The sentence under its agenda item ("Snelfietsroute: De gedeputeerde zegt toe …"), short enough to register."""
    heading, sentence = candidate.heading, candidate.sentence
    text = f"{heading}: {_LABEL.sub('', sentence)}" if heading and key(heading) not in key(sentence) else sentence
    suffix = f" ({t.BRON.format(link=bron)})" if bron else ""
    return cut(text, MAX_TITLE - len(suffix)) + suffix


def _eigenaar(eigenaar: Eigenaar) -> str:
    if eigenaar.person is None:
        return t.EIGENAAR_NIEMAND.format(waarom=eigenaar.waarom)
    return t.EIGENAAR_TOON.format(naam=eigenaar.person.name, waarom=eigenaar.waarom)


def _form(v: Voorstel, herkomst: Herkomst) -> Form:
    c, owner = v.candidate, v.eigenaar.person
    eigenaar = owner.email if owner else ""
    if c.soort is Soort.MOTIE:
        return Form(
            t.MOTIE_FORM,
            (FormField("titel", t.MOTIE_TITEL, initial=cut(omschrijving(c), MOTIE_TITEL)),
             FormField("nummer", t.MOTIE_NUMMER, placeholder="bijv. M2026-014"),
             FormField("dictum", t.MOTIE_DICTUM, multiline=True, initial=c.sentence),
             FormField("deadline", "Deadline", required=False, initial=v.termijn),
             FormField("eigenaar", "Ambtelijk eigenaar", required=False, initial=eigenaar),
             FormField("vergadering", "Vergadering", required=False, initial=herkomst.vergadering)),
            # The number last but one: left out while unknown, so a pasted command asks for it in words.
            "motie nieuw titel: {titel}; nummer: {nummer}; dictum: {dictum}; deadline: {deadline}; "
            "eigenaar: {eigenaar}; vergadering: {vergadering}" + ("; vertrouwelijk: ja" if herkomst.vertrouwelijk else ""),
            t.REGISTREER,
        )
    base = registratie_form(omschrijving(c, herkomst.bron))
    person = c.person
    initial = {
        "portefeuillehouder": person.email if person and person.is_portefeuillehouder else "",
        "eigenaar": eigenaar,
        "deadline": v.termijn,
        "vergadering": herkomst.vergadering,
        "vertrouwelijk": "ja" if herkomst.vertrouwelijk else "",
    }
    fields = tuple(FormField(f.name, f.label, f.required, f.multiline, f.placeholder,
                             initial.get(f.name) or f.initial, f.suggest) for f in base.fields)
    return Form(base.title, fields, base.submit_command, base.submit_label)
