"""Every registry rule, with the located message a user sees when loading a broken file."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from handlers.domain.registry.derive import opdrachtgevers
from handlers.domain.registry.problems import RegisterInvalid, locate
from handlers.domain.registry.reading import read_register
from handlers.domain.registry.validation import validate
from handlers.domain.registry.yamlfile import dump, parse

PEOPLE = """\
personen:
  - {naam: Anna de Vries, email: anna@x.example, rollen: [portefeuillehouder]}
  - {naam: Frank Smit, email: frank@x.example, rollen: [directielid]}
  - {naam: Hans Bakker, email: hans@x.example, rollen: [teamleider]}
  - {naam: Maaike Peters, email: maaike@x.example, rollen: [professional]}
  - {naam: Els Mulder, email: els@x.example, rollen: [secretaris]}
"""


def opdracht(bog: str = "anna@x.example", aog: str = "frank@x.example", aon: str = "hans@x.example") -> str:
    return textwrap.dedent(f"""\
        opdrachten:
          - naam: Fietspaden
            driehoek:
              bestuurlijk_opdrachtgever: {bog}
              ambtelijk_opdrachtgever: {aog}
              ambtelijk_opdrachtnemer: {aon}
            professionals: [maaike@x.example]
        """)


def problems(text: str) -> list[str]:
    data, lines = parse(text)
    register, found = read_register(data)
    return [str(p) for p in locate([*found, *validate(register)], lines)]


def test_a_sound_registry_has_no_problems() -> None:
    assert problems(PEOPLE + opdracht()) == []


def test_names_work_as_well_as_emails() -> None:
    assert problems(PEOPLE + opdracht("Anna de Vries", "frank smit", "HANS BAKKER")) == []


def test_bestuurlijk_opdrachtgever_must_be_a_portefeuillehouder() -> None:
    assert problems(PEOPLE + opdracht(bog="maaike@x.example")) == [
        "regel 10, opdrachten[0].driehoek.bestuurlijk_opdrachtgever: Maaike Peters (maaike@x.example) is geen "
        "portefeuillehouder (rollen: professional). De bestuurlijk opdrachtgever, portefeuillehouder of "
        "contactbestuurder is een gedeputeerde, wethouder, burgemeester of commissaris."
    ]


def test_ambtelijk_opdrachtgever_must_be_directie_or_secretaris() -> None:
    assert problems(PEOPLE + opdracht(aog="maaike@x.example")) == [
        "regel 11, opdrachten[0].driehoek.ambtelijk_opdrachtgever: Maaike Peters (maaike@x.example) is geen "
        "directielid of secretaris (rollen: professional). Een ambtelijk opdrachtgever is een directielid of de secretaris."
    ]
    assert problems(PEOPLE + opdracht(aog="els@x.example")) == []


def test_opdrachtnemer_must_be_teamleider_or_opgavemanager() -> None:
    assert problems(PEOPLE + opdracht(aon="maaike@x.example")) == [
        "regel 12, opdrachten[0].driehoek.ambtelijk_opdrachtnemer: Maaike Peters (maaike@x.example) is geen "
        "teamleider of opgavemanager (rollen: professional). Een ambtelijk opdrachtnemer is een teamleider of opgavemanager."
    ]


def test_nobody_sits_on_two_chairs() -> None:
    text = PEOPLE.replace("rollen: [directielid]", "rollen: [directielid, teamleider]") + opdracht(aon="frank@x.example")
    assert problems(text) == [
        "regel 11, opdrachten[0].driehoek.ambtelijk_opdrachtgever: Frank Smit (frank@x.example) zit op twee stoelen "
        "van de driehoek (ambtelijk opdrachtgever en ambtelijk opdrachtnemer). Ga niet op elkaars stoel zitten: "
        "kies drie verschillende mensen."
    ]


def test_an_opdrachtnemer_has_one_ambtelijk_opdrachtgever_per_opdracht() -> None:
    text = PEOPLE + opdracht(aog="[frank@x.example, els@x.example]")
    assert problems(text) == [
        "regel 11, opdrachten[0].driehoek.ambtelijk_opdrachtgever: een opdrachtnemer heeft per opdracht precies één "
        "ambtelijk opdrachtgever, hier staan er meerdere (frank@x.example, els@x.example). Kies er één."
    ]


def test_an_ambtenaar_never_has_a_bestuurlijk_opdrachtgever() -> None:
    text = PEOPLE.replace("rollen: [teamleider]}", "rollen: [teamleider], opdrachtgever: Anna de Vries}")
    assert problems(text) == [
        "regel 4, personen[2].opdrachtgever: Hans Bakker (hans@x.example) heeft Anna de Vries (anna@x.example) als "
        "opdrachtgever, maar dat is een bestuurder. Een ambtenaar heeft een ambtelijk opdrachtgever, nooit een bestuurlijke."
    ]


def test_unknown_people_are_named_with_a_suggestion() -> None:
    assert problems(PEOPLE + opdracht(aon="Hans Bakkr")) == [
        "regel 12, opdrachten[0].driehoek.ambtelijk_opdrachtnemer: 'Hans Bakkr' staat niet bij de personen. "
        "Bedoel je: Hans Bakker?"
    ]


def test_duplicate_emails() -> None:
    text = PEOPLE + "  - {naam: Hans Bakker jr, email: HANS@x.example, rollen: [professional]}\n"
    assert problems(text) == [
        "regel 7, personen[5].email: het e-mailadres hans@x.example staat er dubbel in (ook bij personen[2]); "
        "één persoon, één e-mailadres."
    ]


def test_unknown_roles_units_and_statuses() -> None:
    text = PEOPLE.replace("rollen: [professional]}", "rollen: [stagiair], eenheid: nergens}") + opdracht().replace(
        "    driehoek:", "    status: bijna klaar\n    driehoek:")
    found = problems(text)
    assert found[0].startswith("regel 5, personen[3].eenheid: de eenheid 'nergens' bestaat niet")
    assert found[1].startswith("regel 5, personen[3].rollen[0]: de rol 'stagiair' ken ik niet; bekende rollen: portefeuillehouder")
    assert found[2] == ("regel 9, opdrachten[0].status: 'bijna klaar' ken ik niet; kies uit: in voorbereiding, lopend, "
                        "afgerond, gestopt.")


def test_portefeuille_and_contact_need_a_bestuurder() -> None:
    text = PEOPLE + textwrap.dedent("""\
        portefeuilles:
          - {houder: hans@x.example, naam: Mobiliteit, onderwerpen: [fiets]}
        contactgebieden:
          - {gebied: Wadbrug, soort: gemeente, contact: frank@x.example}
        """)
    found = problems(text)
    assert found[0].startswith("regel 8, portefeuilles[0].houder: Hans Bakker (hans@x.example) is geen portefeuillehouder")
    assert found[1].startswith("regel 10, contactgebieden[0].contact: Frank Smit (frank@x.example) is geen portefeuillehouder")


def test_missing_driehoek_and_missing_fields() -> None:
    text = PEOPLE + "opdrachten:\n  - {omschrijving: zonder naam}\n"
    assert problems(text) == [
        "regel 8, opdrachten[0].driehoek: de driehoek ontbreekt: geef bestuurlijk_opdrachtgever, ambtelijk_opdrachtgever "
        "en ambtelijk_opdrachtnemer.",
        "regel 8, opdrachten[0].driehoek.ambtelijk_opdrachtgever: hier hoort een persoon (e-mailadres of volledige naam).",
        "regel 8, opdrachten[0].driehoek.ambtelijk_opdrachtnemer: hier hoort een persoon (e-mailadres of volledige naam).",
        "regel 8, opdrachten[0].driehoek.bestuurlijk_opdrachtgever: hier hoort een persoon (e-mailadres of volledige naam).",
        "regel 8, opdrachten[0].naam: 'naam' ontbreekt.",
    ]


def test_broken_yaml_names_the_line() -> None:
    with pytest.raises(RegisterInvalid) as raised:
        parse("personen:\n  - {naam: Anna\n  - x\n", "kapot.yaml")
    assert "Het register in kapot.yaml is niet geladen: 1 probleem. Er is niets veranderd." in raised.value.message
    assert ("- regel 4, het bestand is geen geldige YAML (did not find expected ',' or '}'; begonnen op regel 2). "
            "Let op de inspringing, de dubbele punten en sluitende haakjes.") in raised.value.message


def test_export_reads_back_to_the_same_register() -> None:
    register, _ = read_register(parse(PEOPLE + opdracht())[0])
    again, found = read_register(parse(dump(register))[0])
    assert found == [] and again == register


def test_a_mistyped_field_is_reported_not_ignored() -> None:
    text = PEOPLE.replace("{naam: Hans Bakker, email: hans@x.example", "{naam: Hans Bakker, emial: hans@x.example")
    found = problems(text)
    assert found[0] == "regel 4, personen[2].email: 'email' ontbreekt."
    assert found[1] == ("regel 4, personen[2].emial: het veld 'emial' ken ik hier niet; bekende velden: eenheid, email, "
                        "functie, naam, opdrachtgever, rollen, slack, teams.")


def test_the_example_in_the_rollenregister_page_is_a_sound_registry() -> None:
    chapter = (Path(__file__).resolve().parents[2] / "docs" / "rollenregister.md").read_text(encoding="utf-8")
    example = chapter.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert problems(example) == []
    register, _ = read_register(parse(example)[0])
    assert opdrachtgevers(register) == {
        "willem@voorbeeld.example": None, "sam@voorbeeld.example": None, "dana@voorbeeld.example": "sam@voorbeeld.example",
        "tim@voorbeeld.example": "dana@voorbeeld.example", "pim@voorbeeld.example": "tim@voorbeeld.example",
        "cor@voorbeeld.example": "sam@voorbeeld.example", "connie@voorbeeld.example": "sam@voorbeeld.example",
    }
