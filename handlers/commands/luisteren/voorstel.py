"""A recognised promise as the bot offers it: the fields it read, why, and buttons to register or adjust.

Registering goes through the ordinary commands ('toezegging nieuw', 'motie nieuw'), so it is checked
and audited like anything typed.
"""
from __future__ import annotations

from handlers.commands.toezeggingen.render import registratie_form
from handlers.deadlines import describe
from handlers.listening.cues import Soort
from handlers.listening.recogniser import Candidate
from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item
from handlers.texts import luisteren as t

NEE_COMMAND = "luister nee"


def velden(candidate: Candidate) -> tuple[Field, ...]:
    termijn = candidate.termijn
    shown = f"{termijn.phrase} → {describe(termijn.deadline)}" if termijn else t.GEEN_TERMIJN
    return (
        Field(t.WIE, candidate.person.name if candidate.person else (candidate.who or t.ONBEKEND)),
        Field(t.WAT, candidate.sentence),
        Field(t.TERMIJN, shown),
        Field(t.ZEKERHEID, f"{candidate.percentage}%"),
        Field(t.WAAROM, "; ".join(candidate.reasons)),
    )


def knoppen(candidate: Candidate, *, vergadering: str = "", bron: str = "", vertrouwelijk: bool = False,
            nee: bool = True) -> tuple[Button, ...]:
    form = _form(candidate, vergadering, bron, vertrouwelijk)
    direct = _direct_command(candidate, vergadering, bron, vertrouwelijk)
    register = (Button(t.REGISTREER, command=direct, style=ButtonStyle.PRIMARY) if direct
                else Button(t.REGISTREER, form=form, style=ButtonStyle.PRIMARY))
    buttons = (register, Button(t.AANPASSEN, form=form))
    return (*buttons, Button(t.NEE_KNOP, command=NEE_COMMAND)) if nee else buttons


def item(index: int, candidate: Candidate, *, vergadering: str, vertrouwelijk: bool) -> Item:
    return Item(
        key=f"{index}. {candidate.soort.value}",
        title=candidate.sentence,
        fields=velden(candidate)[0:1] + velden(candidate)[2:],
        buttons=knoppen(candidate, vergadering=vergadering, vertrouwelijk=vertrouwelijk, nee=False),
        confidential=vertrouwelijk,
    )


def _omschrijving(candidate: Candidate, bron: str) -> str:
    return f"{candidate.sentence} ({t.BRON.format(link=bron)})" if bron else candidate.sentence


def _direct_command(candidate: Candidate, vergadering: str, bron: str, vertrouwelijk: bool) -> str:
    """One click registers only when nothing is missing: a portefeuillehouder who promised, and a termijn."""
    person, termijn = candidate.person, candidate.termijn
    if candidate.soort is Soort.MOTIE or person is None or not person.is_portefeuillehouder or termijn is None:
        return ""
    parts = [f"toezegging nieuw omschrijving: {_clean(_omschrijving(candidate, bron))}",
             f"portefeuillehouder: {person.email}", f"deadline: {termijn.phrase}"]
    if vergadering:
        parts.append(f"vergadering: {_clean(vergadering)}")
    if vertrouwelijk:
        parts.append("vertrouwelijk: ja")
    return "; ".join(parts)


def _form(candidate: Candidate, vergadering: str, bron: str, vertrouwelijk: bool) -> Form:
    termijn = candidate.termijn.phrase if candidate.termijn else ""
    if candidate.soort is Soort.MOTIE:
        return Form(
            t.MOTIE_FORM,
            (FormField("nummer", t.MOTIE_NUMMER, placeholder="bijv. M2026-014"),
             FormField("titel", t.MOTIE_TITEL, initial=candidate.sentence[:120]),
             FormField("dictum", t.MOTIE_DICTUM, multiline=True, initial=candidate.sentence),
             FormField("deadline", "Deadline", required=False, initial=termijn),
             FormField("vergadering", "Vergadering", required=False, initial=vergadering)),
            "motie nieuw nummer: {nummer}; titel: {titel}; dictum: {dictum}; deadline: {deadline}; "
            "vergadering: {vergadering}" + ("; vertrouwelijk: ja" if vertrouwelijk else ""),
            t.REGISTREER,
        )
    base = registratie_form(_omschrijving(candidate, bron))
    person = candidate.person
    initial = {
        "portefeuillehouder": person.email if person and person.is_portefeuillehouder else "",
        "eigenaar": person.email if person and not person.is_portefeuillehouder else "",
        "deadline": termijn,
        "vergadering": vergadering,
        "vertrouwelijk": "ja" if vertrouwelijk else "",
    }
    fields = tuple(FormField(f.name, f.label, f.required, f.multiline, f.placeholder,
                             initial.get(f.name) or f.initial, f.suggest) for f in base.fields)
    return Form(base.title, fields, base.submit_command, base.submit_label)


def _clean(text: str) -> str:
    # A ';' inside a value would start a new field in the command.
    return " ".join(text.replace(";", ",").split())
