"""Whole dialogues through the console: registering and following moties, the lists, digest, take-over."""
from __future__ import annotations

from bot.app import App
from handlers.commands.moties.digest import weekly_digest
from tests.dialogue import ANNA, HANS, KARIN, ask, converse, say

MAARTEN = "maaike.peters@noordwaard.example"  # professional, not involved
M14 = (
    "motie nieuw M2026-014 Veilig fietspad Oosterweg; dictum: verzoekt het college een veilige oversteek te maken; "
    "datum: 12-11-2026; vergadering: Provinciale Staten; indieners: J. Mulder; fracties: Groen, VVD; "
    "uitslag: aangenomen; portefeuillehouder: De Vries; eigenaar: Hans Bakker; termijn: 1 november 2026"
)
M15 = "motie nieuw M2026-015 Geen windmolens op de dijk; uitslag: verworpen; fracties: BBB"
M16 = "motie nieuw M2026-016 Meer bankjes langs de Vaart; portefeuillehouder: Kuipers; termijn: Q2 2027"


def test_register_show_and_the_lists(app: App) -> None:
    out = converse(app, [M14, M15, M16, "motie m2026-014", "moties", "moties open", "moties verlopen",
                         "moties zonder eigenaar", "moties van De Vries", "moties alle"])
    assert "Motie M2026-014 is geregistreerd." in out
    assert "Dictum       verzoekt het college een veilige oversteek te maken" in out
    assert "Let op: deze deadline ligt in het verleden (zo 1 november 2026)." in out
    assert "De motie is verworpen: hij wordt niet opgevolgd." in out
    assert "Status: niet gevolgd (verworpen)" in out
    assert out.count("2 moties die openstaan, waarvan 1 te laat.") == 2
    assert "1 motie met termijn overschreden." in out
    # Karin (an ambtenaar) registered M2026-016 without an eigenaar: she owns it, so nothing is ownerless.
    assert "Eigenaar: jij (er was geen eigenaar genoemd)." in out
    assert "Geen moties gevonden zonder ambtelijk eigenaar." in out
    assert "1 motie van portefeuillehouder Anna de Vries" in out
    assert "3 moties in totaal" in out


def test_progress_afdoening_close_and_history(app: App) -> None:
    say(app, M14)
    out = converse(app, [
        "motie stand M2026-014 De oversteek is aanbesteed",
        "motie afdoening M2026-014 statenbrief 2027-03",
        "moties afdoening voorgesteld",
        "motie afgedaan M2026-014",
        "motie historie M2026-014",
    ], as_email=HANS)
    assert "M2026-014: stand van zaken bijgewerkt." in out
    assert "Afdoening        statenbrief 2027-03 (ma 23 november 2026)" in out
    assert "1 motie met afdoening voorgesteld" in out
    assert "Status: afgedaan" in out
    assert "Hans Bakker · status gewijzigd  Status: openstaand → afdoening voorgesteld" in out
    assert "Status: afdoening voorgesteld → afgedaan" in out


def test_moving_the_termijn_needs_a_reason(app: App) -> None:
    say(app, M16)
    assert "Een deadline verzetten kan alleen met een reden." in say(app, "motie verzet M2026-016 naar Q3 2027")
    out = say(app, "motie verzet M2026-016 naar Q3 2027 omdat de aanbesteding uitloopt")
    assert "M2026-016: termijn verzet." in out and "Deadline: Q3 2027 → do 30 september 2027" in out
    assert "reden: de aanbesteding uitloopt" in say(app, "motie historie M2026-016")


def test_niet_uitgevoerd_needs_a_reason_and_closes_the_motie(app: App) -> None:
    say(app, M16)
    refused = say(app, "motie niet-uitgevoerd M2026-016")
    assert "Voor 'niet uitgevoerd' is een reden nodig." in refused
    assert "motie niet-uitgevoerd M2026-016 omdat" in refused
    out = say(app, "motie niet-uitgevoerd M2026-016 omdat het college geen budget heeft")
    assert "Status: niet uitgevoerd" in out
    assert "Geen moties gevonden die openstaan." in say(app, "moties")
    assert "heropen hem eerst: 'motie heropen M2026-016 omdat …'" in say(app, "motie afgedaan M2026-016")


def test_wijzig_sets_owner_and_uitslag(app: App) -> None:
    say(app, M16)
    out = say(app, "motie wijzig M2026-016 eigenaar: Bakker; uitslag: aangehouden")
    assert "M2026-016: gewijzigd." in out and "Uitslag: aangehouden" in out
    assert "Geen moties gevonden die openstaan." in say(app, "moties")
    wrong = say(app, "motie wijzig M2026-016 uitslag: misschien")
    assert "De uitslag 'misschien' ken ik niet. Kies uit: aangenomen, verworpen" in wrong
    assert "Een deadline wijzig je met 'verzet'" in say(app, "motie wijzig M2026-016 termijn: Q4 2027")


def test_bad_input_says_what_works(app: App) -> None:
    assert "Noem het nummer zoals de griffie het schrijft" in say(app, "motie nieuw Zonder nummer")
    assert "Motie M2026-099 bestaat niet." in say(app, "motie M2026-099")
    say(app, M16)
    assert "Motie M2026-016 bestaat al." in say(app, M16)
    assert "'Bakkr' ken ik niet. Bedoel je: Hans Bakker" in say(app, "motie wijzig M2026-016 eigenaar: Bakkr")


def test_only_owner_or_keepers_may_change(app: App) -> None:
    say(app, M14)
    refused = say(app, "motie stand M2026-014 klaar", as_email=MAARTEN)
    assert "Je mag motie M2026-014 niet wijzigen. Dat kan Hans Bakker (eigenaar)" in refused
    assert "klaar" not in say(app, "motie M2026-014")


def test_confidential_motie_never_in_a_channel(app: App) -> None:
    say(app, M16 + "; vertrouwelijk")
    assert "is vertrouwelijk en wordt hier niet getoond" in say(app, "motie M2026-016", private=False)
    channel = say(app, "moties", private=False)
    assert "1 vertrouwelijke motie niet getoond" in channel and "bankjes" not in channel
    assert "Motie M2026-016 is vertrouwelijk" in say(app, "motie M2026-016", as_email=MAARTEN)
    assert "Meer bankjes" in say(app, "motie M2026-016", as_email=KARIN)


def test_motie_taken_over_as_toezegging_keeps_link_and_history(app: App) -> None:
    say(app, M16)
    say(app, "motie stand M2026-016 Locaties zijn gekozen")
    out = say(app, "motie overnemen als toezegging M2026-016")
    assert "Motie M2026-016 is overgenomen als toezegging T-2026-005." in out
    toezegging = say(app, "toezegging T-2026-005")
    assert "Voortgekomen uit motie  M2026-016 · Meer bankjes langs de Vaart" in toezegging
    assert "Stand van zaken         Locaties zijn gekozen" in toezegging
    assert "Deadline: Q2 2027 → wo 30 juni 2027" in toezegging
    motie = say(app, "motie M2026-016")
    assert "Overgenomen als toezegging  T-2026-005" in motie and "Status: afgedaan" in motie
    history = say(app, "toezegging historie T-2026-005")
    assert "overgenomen uit motie  Voortgekomen uit motie: — → M2026-016" in history
    motie_history = say(app, "motie historie M2026-016")
    assert "stand van zaken bijgewerkt" in motie_history
    assert "overgenomen als toezegging" in motie_history and "→ T-2026-005" in motie_history
    assert "al overgenomen als toezegging T-2026-005" in say(app, "motie overnemen als toezegging M2026-016")
    with app.uow_factory() as uow:
        kinds = {(f.kind, f.key) for source in uow.followup_sources() for f in source.open_followups()}
    assert ("toezegging", "T-2026-005") in kinds and ("motie", "M2026-016") not in kinds


def test_a_verworpen_motie_is_not_taken_over(app: App) -> None:
    say(app, M15)
    assert "alleen een aangenomen of overgenomen motie wordt een toezegging" in say(app, "motie overnemen M2026-015")


def test_open_moties_are_followups_for_the_reminder_engine(app: App) -> None:
    say(app, M14)
    say(app, M15)
    with app.uow_factory() as uow:
        found = uow.moties.open_followups()
    assert [(f.kind, f.key, f.status) for f in found] == [("motie", "M2026-014", "openstaand")]


def test_subscribe_and_the_weekly_digest(app: App) -> None:
    assert "Je krijgt voortaan elke week een overzicht" in say(app, "abonneer moties")
    assert "Je was al geabonneerd" in say(app, "abonneer moties")
    say(app, "abonneer moties", as_email=HANS)
    say(app, M14)
    say(app, M16 + "; vertrouwelijk")
    with app.uow_factory() as uow:
        subscribers = [uow.people.get(i) for i in uow.moties.subscribers()]
        assert {p.email for p in subscribers if p} == {KARIN, HANS}
        hans = uow.people.by_email(MAARTEN)
        assert hans is not None
        reply = weekly_digest(uow, hans, app.clock.now())
    assert reply.text == "Moties: overzicht van de week (sinds ma 16 november 2026)"
    assert "1 motie met termijn overschreden." in reply.notes
    assert "1 wijziging aan vertrouwelijke moties niet getoond." in reply.notes
    assert [item.key for item in reply.items] == ["M2026-014"] and not reply.shows_confidential
    own = say(app, "moties overzicht")
    assert "M2026-016 · Meer bankjes langs de Vaart" in own and "2 wijzigingen sinds" in own
    assert "vraag het in een privégesprek" in say(app, "moties overzicht", private=False)
    assert "niet meer" in say(app, "abonneer moties uit")


def test_help_lists_the_moties_commands(app: App) -> None:
    out = say(app, "help")
    assert "motie nieuw" in out and "abonneer moties" in out and "motie overnemen als toezegging" in out
    assert ask(app, "moties", as_email=ANNA).text.startswith("Geen moties gevonden")


def test_a_count_of_one_takes_the_singular_verb(app: App) -> None:
    """'1 motie die openstaat', not 'die openstaan': the count decides the verb as well as the noun."""
    say(app, M16)
    assert say(app, "moties").startswith("1 motie die openstaat.")
    say(app, M14)
    assert say(app, "moties").startswith("2 moties die openstaan")
    say(app, "lobby nieuw Spoorverdubbeling in het MIRT; dossier: Nedersaksenlijn; target: ministerie van IenW; "
             "moment: 15 december 2026; bestuurder: De Vries")
    assert say(app, "lobby").startswith("1 lobbyactie die gepland of lopend is.")
