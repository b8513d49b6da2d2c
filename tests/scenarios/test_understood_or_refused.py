"""Every word understood or refused: nothing after an item number is silently dropped, hints are true,
English and near misses get a Dutch answer that names the mistake and the command that works."""
from __future__ import annotations

from bot.app import App
from tests.dialogue import ANNA, HANS, KARIN, ask, converse, say
from tests.scenarios.test_lists_that_fit import _seed


def _deadline_and_status(app: App, nummer: str) -> tuple[str, str]:
    with app.uow_factory() as uow:
        found = uow.toezeggingen.get(nummer)
        assert found is not None
        return found.deadline.text, found.status.value


def _history_lines(app: App, nummer: str) -> int:
    with app.uow_factory() as uow:
        return len(uow.audit.history("toezegging", nummer))


def test_a_verb_after_the_number_runs_that_command_with_all_its_rules(app: App) -> None:
    out = say(app, "toezegging T-2026-001 verzet naar Q3 2027 omdat het verkeersonderzoek uitloopt")
    assert "T-2026-001: deadline verzet." in out and "Q3 2027 → do 30 september 2027" in out
    assert _deadline_and_status(app, "T-2026-001") == ("Q3 2027", "openstaand")
    # Afspraak is afspraak in this word order too: no reason, no move.
    refused = say(app, "toezegging T-2026-001 verzet naar Q4 2027")
    assert "alleen met een reden" in refused and _deadline_and_status(app, "T-2026-001")[0] == "Q3 2027"

    out = say(app, "toezegging T-2026-001 afgedaan")
    assert "T-2026-001: status gewijzigd." in out and "Status: afgedaan" in out
    assert _deadline_and_status(app, "T-2026-001")[1] == "afgedaan"
    assert "toezegging heropen T-2026-001" in say(app, "toezegging T-2026-001 afgedaan")  # the status machine


def test_the_natural_order_keeps_the_rights_of_the_command(app: App) -> None:
    # Hans owns T-2026-001 but not T-2026-002: a change in either word order is refused alike.
    refused = say(app, "toezegging T-2026-002 stand Brief ligt klaar", HANS)
    assert refused == say(app, "toezegging stand T-2026-002 Brief ligt klaar", HANS)
    assert "Brief ligt klaar" not in say(app, "toezegging T-2026-002")


def test_words_a_show_command_does_not_use_are_refused_and_name_the_command_that_works(app: App) -> None:
    before = _history_lines(app, "T-2026-001")
    out = say(app, "toezegging T-2026-001 naar Q3 2027 omdat het uitloopt")
    assert "'toezegging T-2026-001' toont alleen het item" in out and "er is niets veranderd" in out
    assert "'toezegging verzet T-2026-001 naar <deadline> omdat <reden>'" in out
    assert _deadline_and_status(app, "T-2026-001") == ("Q1 2027", "openstaand")
    assert _history_lines(app, "T-2026-001") == before
    # A typo of the verb is named as such.
    assert "'toezegging afgedaan T-2026-001 [referentie]'" in say(app, "toezegging T-2026-001 afgedan")
    assert "toont alleen het item" in say(app, "toezegging historie T-2026-001 stand")
    ask(app, "motie nieuw M2026-050 Bankjes; datum: 12-11-2026; portefeuillehouder: De Vries")
    assert "toont alleen het item" in say(app, "motie M2026-050 is klaar")


def test_a_bare_number_shows_that_item_and_takes_a_verb_too(app: App) -> None:
    assert say(app, "T-2026-001").startswith("Toezegging T-2026-001\n")
    assert "T-2026-001: stand van zaken bijgewerkt." in say(app, "t-2026-001 stand Brief ligt ter ondertekening")
    ask(app, "motie nieuw M2026-050 Bankjes; datum: 12-11-2026; portefeuillehouder: De Vries")
    assert say(app, "M2026-050").startswith("Motie M2026-050")
    out = say(app, "T-2026-999")
    assert "Ik ken geen toezegging, motie, lobbyactie of agendapunt met nummer T-2026-999." in out


def test_a_number_of_two_kinds_asks_which_one(app: App) -> None:
    ask(app, "motie nieuw T-2026-001 Een motie met het nummer van een toezegging; datum: 12-11-2026; "
             "portefeuillehouder: De Vries")
    out = say(app, "T-2026-001")
    assert "T-2026-001 is meer dan één item: toezegging T-2026-001 of motie T-2026-001." in out


def test_hints_about_another_kind_are_only_given_when_that_item_exists(app: App) -> None:
    for typed, answer in (
        ("toezegging 1", "Toezegging 1 bestaat niet."),
        ("toezegging T-2026-999", "Toezegging T-2026-999 bestaat niet."),
        ("motie T-2026-999", "Motie T-2026-999 bestaat niet."),
        ("toezegging ID59", "Toezegging ID59 bestaat niet."),
        ("motie ID59", "Motie ID59 bestaat niet."),
    ):
        out = say(app, typed)
        assert out.startswith(answer) and "is een" not in out, (typed, out)
    # An existing item of the other kind is named, truthfully.
    assert "T-2026-001 is een toezegging, geen motie. Typ 'toezegging T-2026-001'." in say(app, "motie T-2026-001")


def test_one_line_of_english_gets_the_dutch_command(app: App) -> None:
    out = say(app, "add commitment Brief over het fietspad")
    assert "Ik begrijp alleen Nederlands: 'add commitment' heet hier 'toezegging nieuw'." in out
    assert "'toezegging nieuw Brief over het fietspad'" in out
    assert "'list' heet hier 'toezeggingen'" in say(app, "list")
    assert "'who am i?' heet hier 'wie ben ik'" in say(app, "who am i?")
    assert say(app, "help me").startswith("Dit kan ik voor je doen.")
    assert say(app, "help mij") == say(app, "help")


def test_a_typo_still_suggests_the_command(app: App) -> None:
    assert "Dat commando ken ik niet: 'toezegingen'." in say(app, "toezegingen")
    # A stranger typing a number learns nothing about what exists.
    assert say(app, "T-2026-001", "nieuw@noordwaard.example").startswith("Ik ken je nog niet")


def test_the_whole_dialogue_in_the_console(app: App) -> None:
    out = converse(app, ["toezegging T-2026-004 afgedaan raadsinformatiebrief 2026-50", "T-2026-004"], KARIN)
    assert out.count("Status: afgedaan") == 2


def test_volgende_vorige_and_pagina_page_on_in_the_last_list(app: App) -> None:
    _seed(app, 31)
    out = converse(app, ["volgende", "toezeggingen verlopen", "volgende", "pagina 3", "volgende", "vorige", "vorige",
                         "vorige", "meer"])
    answers = out.split("samenspel> ")[1:]
    assert "Vraag eerst een lijst op" in answers[0]
    pages = [a for a in answers if "Pagina " in a]
    assert [a.split("Pagina ")[1][:7] for a in pages] == ["1 van 3", "2 van 3", "3 van 3", "2 van 3", "1 van 3",
                                                            "2 van 3"]
    assert "Er is geen volgende pagina: dit was pagina 3 van 3 van 'toezeggingen verlopen'." in answers[4]
    assert "Er is geen vorige pagina: dit was de eerste pagina van 'toezeggingen verlopen'." in answers[7]
    # The remembered list is each person's own.
    assert "Vraag eerst een lijst op" in say(app, "volgende", HANS)


def test_paging_runs_the_list_again_with_the_readers_rights(app: App) -> None:
    _seed(app, 31, confidential_every=4)
    ask(app, "toezeggingen verlopen")
    # Asked in private, paged on in a channel: the channel still sees no confidential item.
    channel = ask(app, "volgende", private=False)
    assert channel.items and not any(item.confidential for item in channel.items)


def test_a_change_that_changes_nothing_says_so_and_writes_no_history(app: App) -> None:
    before = _history_lines(app, "T-2026-001")
    out = say(app, "toezegging wijzig T-2026-001 eigenaar: Bakker")
    assert out.startswith("T-2026-001: ambtelijk eigenaar is al Hans Bakker; er is niets veranderd.")
    assert say(app, "toezegging wijzig T-2026-001 vertrouwelijk: nee").startswith(
        "T-2026-001: vertrouwelijk is al nee; er is niets veranderd.")
    assert "bijgewerkt" in say(app, "toezegging stand T-2026-001 Brief ligt klaar")
    assert "stand van zaken is al Brief ligt klaar; er is niets veranderd" in say(app, "toezegging stand T-2026-001 Brief ligt klaar")
    assert _history_lines(app, "T-2026-001") == before + 1  # only the real change
    ask(app, "motie nieuw M2026-050 Bankjes; datum: 12-11-2026; portefeuillehouder: De Vries; eigenaar: Bakker")
    assert "ambtelijk eigenaar is al Hans Bakker; er is niets veranderd" in say(app, "motie wijzig M2026-050 eigenaar: Hans Bakker")
    with app.uow_factory() as uow:
        assert [e.action for e in uow.audit.history("motie", "M2026-050")] == ["nieuw"]


def test_the_meetings_list_pages_on_with_its_own_command(app: App) -> None:
    first = ask(app, "vergaderingen")
    assert first.page is not None and first.page.next_command == "vergaderingen pagina 2"  # was 'agenda pagina 2'
    assert "Pagina 2 van" in say(app, "volgende")


def test_commas_separate_fields_where_a_known_field_follows(app: App) -> None:
    out = say(app, "toezegging nieuw Brief over het fietspad, portefeuillehouder: De Vries, deadline: Q3 2027, "
                   "eigenaar: Bakker, aan: fractie Groen, Fietsersbelang, vertrouwelijk")
    assert "Toezegging T-2026-005 is geregistreerd." in out
    with app.uow_factory() as uow:
        found = uow.toezeggingen.get("T-2026-005")
        assert found is not None
        assert (found.omschrijving, found.deadline.text, found.aan, found.vertrouwelijk) == (
            "Brief over het fietspad", "Q3 2027", "fractie Groen, Fietsersbelang", True)
    assert "vertrouwelijk is al ja" in say(app, "toezegging wijzig T-2026-005 eigenaar: Bakker, vertrouwelijk: ja")


def test_a_first_name_finds_the_one_person_who_has_it_and_asks_when_two_do(app: App) -> None:
    assert say(app, "toezeggingen van Anna").startswith("1 toezegging van Anna de Vries.")
    assert "Hans Bakker" in say(app, "personen Hans")
    ask(app, "register persoon nieuw Anna Smit; email: anna.smit@noordwaard.example; functie: beleidsmedewerker")
    out = say(app, "toezeggingen van Anna")
    assert out.startswith("Wie bedoel je met 'Anna': Anna de Vries (anna.devries@noordwaard.example) of "
                          "Anna Smit (anna.smit@noordwaard.example)? Noem de volledige naam of het e-mailadres.")


def test_ik_is_the_speaker_and_a_portefeuillehouder_is_not_asked_who_promised(app: App) -> None:
    out = say(app, "toezegging nieuw Brief over de dijk; deadline: Q3 2027", ANNA)
    assert "Toezegging T-2026-005 is geregistreerd." in out and "Portefeuillehouder: Anna de Vries" in out
    assert "Portefeuillehouder: Anna de Vries" in say(
        app, "toezegging nieuw Brief over de weg; portefeuillehouder: ik; deadline: Q3 2027", ANNA)
    assert say(app, "toezeggingen van ik", HANS).startswith("1 toezegging van Hans Bakker.")
    assert "ambtelijk eigenaar is al Hans Bakker" in say(app, "toezegging wijzig T-2026-001 eigenaar: ik", HANS)
    # Someone who promises nothing is still asked.
    assert "Noem de portefeuillehouder" in say(app, "toezegging nieuw Brief over de brug; deadline: Q3 2027", HANS)
