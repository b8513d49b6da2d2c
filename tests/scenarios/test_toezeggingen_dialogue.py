"""Whole dialogues through the console: what a user sees when following toezeggingen."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from bot.clock import FixedClock
from tests.dialogue import ANNA, HANS, KARIN, ask, converse, say

REGISTER = (
    "toezegging nieuw Raadsinformatiebrief over het fietspad Oosterweg; portefeuillehouder: De Vries; "
    "eigenaar: Hans Bakker; deadline: voor de zomer; vergadering: raad 12-11-2026; aan: fractie Groen"
)


def test_register_list_move_history_close(app: App) -> None:
    out = converse(
        app,
        [
            REGISTER,
            "toezeggingen mijn",
            "toezegging verzet T-2026-005 naar Q3 2027 omdat het verkeersonderzoek uitloopt",
            "toezegging historie T-2026-005",
            "toezegging afgedaan T-2026-005 raadsinformatiebrief 2027-31",
            "toezegging T-2026-005",
        ],
        as_email=HANS,
    )
    assert "Toezegging T-2026-005 is geregistreerd." in out
    assert "Deadline: voor de zomer → wo 30 juni 2027" in out
    assert "Toegezegd in  raad do 12 november 2026" in out
    assert "2 toezeggingen van jou." in out  # the demo has one for Hans already
    assert "Deadline: Q3 2027 → do 30 september 2027" in out
    assert "Hans Bakker · deadline verzet" in out
    assert "voor de zomer (wo 30 juni 2027) → Q3 2027 (do 30 september 2027) — reden: het verkeersonderzoek uitloopt" in out
    assert "Status: afgedaan" in out
    assert "raadsinformatiebrief 2027-31" in out


def test_moving_a_deadline_without_reason_is_refused_and_changes_nothing(app: App) -> None:
    say(app, REGISTER)
    answer = say(app, "toezegging verzet T-2026-005 naar Q3 2027")
    assert "Een deadline verzetten kan alleen met een reden." in answer
    assert "omdat" in answer  # the example shows how
    assert "wo 30 juni 2027" in say(app, "toezegging T-2026-005")
    assert "deadline verzet" not in say(app, "toezegging historie T-2026-005")


def test_unparseable_deadline_gets_examples_and_nothing_is_stored(app: App) -> None:
    answer = say(app, "toezegging nieuw Brief; portefeuillehouder: De Vries; deadline: 32 maart")
    assert "32 maart" in answer and "Q2 2027" in answer
    assert "T-2026-005" not in say(app, "toezeggingen alle")


def test_past_deadline_with_year_is_accepted_with_a_warning(app: App) -> None:
    answer = say(app, "toezegging nieuw Oude toezegging; portefeuillehouder: Kuipers; deadline: 1 maart 2025")
    assert "geregistreerd" in answer
    assert "Let op: deze deadline ligt in het verleden" in answer
    assert "termijn overschreden" in say(app, "toezeggingen verlopen")


def test_overdue_is_derived_from_the_clock_not_stored(app: App, clock: FixedClock) -> None:
    say(app, REGISTER)
    assert "termijn overschreden" not in say(app, "toezegging T-2026-005")
    clock.advance(dt.timedelta(days=250))
    assert "openstaand · termijn overschreden" in say(app, "toezegging T-2026-005")


def test_status_flow_and_reasons(app: App) -> None:
    say(app, REGISTER)
    assert "Voor 'vervallen' is een reden nodig." in say(app, "toezegging vervallen T-2026-005")
    assert "afdoening voorgesteld" in say(app, "toezegging afdoening T-2026-005 RIB 2026-45")
    assert "vervallen" in say(app, "toezegging vervallen T-2026-005 omdat de raad het voorstel introk")
    refused = say(app, "toezegging afgedaan T-2026-005")
    assert "T-2026-005 is vervallen; heropen hem eerst: 'toezegging heropen T-2026-005 omdat …'" in refused
    assert "openstaand" in say(app, "toezegging heropen T-2026-005 omdat de raad er toch om vraagt")
    history = say(app, "toezegging historie T-2026-005")
    assert "reden: de raad het voorstel introk" in history
    assert "Status: afdoening voorgesteld → vervallen" in history


def test_lists_by_person_and_period(app: App) -> None:
    say(app, REGISTER)
    assert "T-2026-005" in say(app, "toezeggingen van Anna de Vries")
    assert "T-2026-005" not in say(app, "toezeggingen van Kuipers")
    soon = say(app, "toezeggingen binnen 4 weken")
    assert "T-2026-004" in soon and "T-2026-005" not in soon
    assert "begrijp ik niet als selectie" in say(app, "toezeggingen gisteren")


def test_unknown_names_get_close_matches(app: App) -> None:
    answer = say(app, "toezegging nieuw Brief; portefeuillehouder: Anna de Vris; deadline: Q2 2027")
    assert "'Anna de Vris' ken ik niet. Bedoel je: Anna de Vries (anna.devries@noordwaard.example)" in answer


def test_unknown_user_is_told_who_can_add_them(app: App) -> None:
    answer = say(app, "toezeggingen", as_email="onbekend@elders.example")
    assert "Ik ken je nog niet (onbekend@elders.example)" in answer
    assert "Karin Bos" in answer and "Lars Dekker" in answer


def test_confidential_toezegging_never_shown_in_a_channel(app: App) -> None:
    say(app, "toezegging nieuw Gevoelige grondaankoop; portefeuillehouder: Kuipers; deadline: Q2 2027; vertrouwelijk")
    in_channel = say(app, "toezeggingen", private=False)
    assert "grondaankoop" not in in_channel
    assert "1 vertrouwelijke toezegging niet getoond" in in_channel
    assert "grondaankoop" not in say(app, "toezegging T-2026-005", private=False)
    assert ask(app, "toezegging T-2026-005").shows_confidential


def test_edit_fields_is_audited_and_deadline_edit_points_to_verzet(app: App) -> None:
    say(app, REGISTER)
    assert "Ambtelijk eigenaar: Maaike Peters" in say(app, "toezegging wijzig T-2026-005 eigenaar: Maaike Peters")
    assert "met 'verzet', met een reden" in say(app, "toezegging wijzig T-2026-005 deadline: Q4 2027")
    assert "Ambtelijk eigenaar: Hans Bakker → Maaike Peters" in say(app, "toezegging historie T-2026-005")


def test_numbers_are_per_year(app: App, clock: FixedClock) -> None:
    clock.advance(dt.timedelta(days=40))
    assert "T-2027-001" in say(app, "toezegging nieuw Nieuw jaar; portefeuillehouder: Jansen; deadline: Q2 2027", ANNA)
    assert "T-2026-002" in say(app, "toezegging t-2026-2")


def test_help_lists_commands_and_explains_one(app: App) -> None:
    overview = say(app, "help")
    for words in ("toezegging nieuw", "toezeggingen", "toezegging verzet", "toezegging historie", "help"):
        assert words in overview
    detail = say(app, "help toezegging verzet")
    assert "Gebruik: toezegging verzet <nummer> naar <deadline> omdat <reden>" in detail
    assert "help" in say(app, "help", as_email="onbekend@elders.example")


def test_unknown_command_suggests(app: App) -> None:
    assert "Bedoelde je: toezeggingen" in say(app, "toezegingen")


def test_dialogue_skips_comments_and_stops_on_stop(sqlite_app: App) -> None:
    out = converse(sqlite_app, ["# een opmerking", "wie ben ik", "stop", "help"], as_email=KARIN)
    assert "Je bent Karin Bos." in out
    assert "Dit kan ik voor je doen" not in out


def test_only_owner_and_keepers_may_change_and_the_refusal_names_them(app: App) -> None:
    say(app, REGISTER)  # owner: Hans Bakker
    refused = say(app, "toezegging stand T-2026-005 Bijna klaar", as_email="maaike.peters@noordwaard.example")
    assert "Je mag toezegging T-2026-005 niet wijzigen. Dat kan Hans Bakker (eigenaar), Karin Bos (concernadviseur)" in refused
    assert "Olga Brouwer (griffier)" in refused
    assert "Bijna klaar" in say(app, "toezegging stand T-2026-005 Bijna klaar", as_email=HANS)
    assert "Wacht op cijfers" in say(app, "toezegging stand T-2026-005 Wacht op cijfers", as_email="olga.brouwer@noordwaard.example")


def test_confidential_is_readable_only_by_those_involved(app: App) -> None:
    say(app, "toezegging nieuw Grondaankoop; portefeuillehouder: Kuipers; eigenaar: Hans Bakker; deadline: Q2 2027; vertrouwelijk")
    assert "Grondaankoop" in say(app, "toezegging T-2026-005", as_email=HANS)
    assert "Grondaankoop" in say(app, "toezegging T-2026-005", as_email="bram.kuipers@noordwaard.example")
    refused = say(app, "toezegging T-2026-005", as_email="maaike.peters@noordwaard.example")
    assert "vertrouwelijk" in refused and "Grondaankoop" not in refused
    assert "Grondaankoop" not in say(app, "toezeggingen alle", as_email="maaike.peters@noordwaard.example")


def test_help_overview_fits_on_a_screen_with_one_line_per_section(app: App) -> None:
    lines = say(app, "help").splitlines()
    sections = [line.split()[0] for line in lines[1:]]
    assert sections == ["Toezeggingen", "Moties", "Lobby", "Rollenregister", "Herinneringen", "Stand-van-zakenronde",
                        "Meeluisteren", "Agenda", "Algemeen"]
    assert len(lines) < 12
