"""The organisation's rules, enforced in the console: closed is closed, roles are roles, nothing ownerless.

Each test is a case from issue 14 that the bot used to accept silently.
"""
from __future__ import annotations

import datetime as dt

import pytest

from bot.app import App
from bot.clock import FixedClock
from handlers.ports import ToezeggingFilter
from tests.dialogue import ANNA, HANS, KARIN, say

T5 = "T-2026-005"
REGISTER = (
    "toezegging nieuw Brief over het fietspad Oosterweg; portefeuillehouder: De Vries; eigenaar: Hans Bakker; "
    "deadline: Q2 2027"
)
MOTIE = "motie nieuw M2026-014 Veilig fietspad; portefeuillehouder: De Vries; eigenaar: Bakker; termijn: Q2 2027"
CLOSED = f"{T5} is afgedaan; heropen hem eerst: 'toezegging heropen {T5} omdat …'"


def _open_followups(app: App) -> list[str]:
    with app.uow_factory() as uow:
        return [f.key for f in uow.followup_sources()[0].open_followups()] + [
            f.key for f in uow.moties.open_followups()
        ]


def test_closed_is_closed_for_every_change(app: App) -> None:
    say(app, REGISTER)
    say(app, f"toezegging afgedaan {T5} raadsinformatiebrief 2026-45")
    for command in (f"toezegging stand {T5} nog bezig", f"toezegging verzet {T5} naar Q4 2027 omdat het uitloopt",
                    f"toezegging afdoening {T5} brief", f"toezegging deels {T5}", f"toezegging wijzig {T5} aan: VVD",
                    f"toezegging vervallen {T5} omdat het niet meer hoeft"):
        assert CLOSED in say(app, command), command
    assert "Status: afgedaan" in say(app, f"toezegging {T5}")


def test_reopening_needs_a_reason_and_moves_the_afdoening_into_the_history(app: App) -> None:
    say(app, REGISTER)
    say(app, f"toezegging afgedaan {T5} raadsinformatiebrief 2026-45")
    assert f"Waarom wordt {T5} heropend? Een reden is verplicht." in say(app, f"toezegging heropen {T5}")
    reopened = say(app, f"toezegging heropen {T5} omdat de raad meer wil weten")
    assert "openstaand" in reopened and "raadsinformatiebrief 2026-45" not in reopened
    assert "raadsinformatiebrief 2026-45" not in say(app, f"toezegging {T5}")
    history = say(app, f"toezegging historie {T5}")
    assert "raadsinformatiebrief 2026-45 → —" in history and "reden: de raad meer wil weten" in history
    assert "stand van zaken" in say(app, f"toezegging stand {T5} nieuwe brief in voorbereiding").lower()


def test_deels_voldaan_stays_open_listed_and_reminded(app: App) -> None:
    say(app, REGISTER)
    assert "deels voldaan" in say(app, f"toezegging deels {T5} omdat deel 2 in 2027 volgt")
    assert T5 in say(app, "toezeggingen")
    assert T5 in _open_followups(app)
    assert "al deels voldaan en staat open voor een vervolg" in say(app, f"toezegging deels {T5}")


def test_reopening_a_taken_over_motie_reopens_its_toezegging_once(app: App) -> None:
    say(app, MOTIE)
    say(app, "motie overnemen als toezegging M2026-014")
    say(app, f"toezegging afgedaan {T5} statenbrief 2027-03")
    assert T5 not in _open_followups(app) and "M2026-014" not in _open_followups(app)
    refused = say(app, "motie stand M2026-014 nog bezig")
    assert f"M2026-014 is overgenomen als toezegging {T5}; die wordt nu gevolgd." in refused
    assert f"'toezegging stand {T5} …'" in refused
    out = say(app, "motie heropen M2026-014 omdat de Staten meer willen")
    assert f"Motie M2026-014 is overgenomen als toezegging {T5}; die toezegging is heropend" in out
    followed = _open_followups(app)
    assert followed.count(T5) == 1 and "M2026-014" not in followed  # one promise, one reminder
    assert "toezegging heropend" in say(app, "motie historie M2026-014")
    assert f"{T5} is openstaand en staat dus nog open" in say(app, "motie heropen M2026-014 omdat het nog eens moet")


def test_reopening_the_toezegging_of_a_motie_keeps_the_motie_closed(app: App) -> None:
    say(app, MOTIE)
    say(app, "motie overnemen als toezegging M2026-014")
    say(app, f"toezegging afgedaan {T5} statenbrief 2027-03")
    assert "openstaand" in say(app, f"toezegging heropen {T5} omdat de Staten een vervolg willen")
    followed = _open_followups(app)
    assert followed.count(T5) == 1 and "M2026-014" not in followed
    assert "Geen moties gevonden" in say(app, "moties")
    history = say(app, "motie historie M2026-014")
    assert "toezegging heropend" in history and "de Staten een vervolg willen" in history


def test_roles_are_checked_for_every_field(app: App) -> None:
    ph = say(app, "toezegging nieuw Brief; portefeuillehouder: Hans Bakker; deadline: Q2 2027")
    assert "Hans Bakker is teamleider, geen portefeuillehouder" in ph
    assert "Anna de Vries (gedeputeerde Mobiliteit)" in ph  # closest in function first
    owner = say(app, "toezegging nieuw Brief; portefeuillehouder: De Vries; eigenaar: Anna de Vries; deadline: Q2 2027")
    assert "Anna de Vries is portefeuillehouder, geen ambtenaar; als eigenaar past een ambtenaar" in owner
    assert "Hans Bakker (teamleider Mobiliteit)" in owner
    assert "geen ambtenaar" in say(app, "toezegging wijzig T-2026-001 eigenaar: Kuipers")
    assert "geen portefeuillehouder" in say(app, "toezegging wijzig T-2026-001 portefeuillehouder: Bakker")
    assert "geen portefeuillehouder" in say(app, "motie nieuw M2026-020 Iets; portefeuillehouder: Bakker")
    assert "geen ambtenaar" in say(app, "motie nieuw M2026-020 Iets; portefeuillehouder: De Vries; eigenaar: Jansen")
    lobby = "lobby nieuw MIRT; dossier: Nedersaksenlijn; target: IenW; moment: Q2 2027"
    assert "geen bestuurder" in say(app, f"{lobby}; bestuurder: Bakker")
    assert "geen ambtenaar" in say(app, f"{lobby}; eigenaar: De Vries")
    punt = "agendapunt nieuw Fiets; vergadering: PO 30-11-2026; fase: besluitvorming"
    assert "geen portefeuillehouder" in say(app, f"{punt}; portefeuillehouder: Bakker")
    assert "geen ambtenaar" in say(app, f"{punt}; portefeuillehouder: De Vries; opdrachtnemer: Kuipers")
    assert "staat op de agenda" in say(app, f"{punt}; portefeuillehouder: De Vries; inbrenger: Bakker; opdrachtnemer: Bakker")
    assert "geen portefeuillehouder" in say(app, "agendapunt wijzig A-2026-001 portefeuillehouder: Bakker")
    assert "geen ambtenaar" in say(app, "agendapunt wijzig A-2026-001 opdrachtnemer: Kuipers")
    assert "geen portefeuillehouder" in say(app, "vergadering nieuw PO extra; soort: po; datum: 2-12-2026; "
                                                 "portefeuillehouder: Bakker")
    with app.uow_factory() as uow:
        assert len(uow.toezeggingen.find(ToezeggingFilter(open_only=False))) == 4  # nothing half-written


def test_no_eigenaar_makes_an_ambtenaar_registrant_the_owner(app: App) -> None:
    out = say(app, "toezegging nieuw Brief; portefeuillehouder: De Vries; deadline: Q2 2027", HANS)
    assert "Eigenaar: jij (er was geen eigenaar genoemd)." in out
    assert T5 in say(app, "toezeggingen mijn", HANS)


def test_a_bestuurder_registering_without_eigenaar_leaves_it_visibly_ownerless(app: App) -> None:
    out = say(app, "toezegging nieuw Brief; portefeuillehouder: De Vries; deadline: Q2 2027", ANNA)
    assert f"{T5} heeft nog geen eigenaar: jij bent geen ambtenaar." in out
    assert f"'toezegging wijzig {T5} eigenaar: <naam>'" in out
    assert T5 in say(app, "toezeggingen zonder eigenaar")
    assert T5 in say(app, "overzicht", KARIN)  # the concernadviseurs' digest
    say(app, f"toezegging wijzig {T5} eigenaar: Bakker")
    assert "Geen toezeggingen gevonden zonder eigenaar" in say(app, "toezeggingen zonder eigenaar")
    lobby = say(app, "lobby nieuw MIRT; dossier: Nedersaksenlijn; target: IenW; moment: Q2 2027", ANNA)
    assert "heeft nog geen eigenaar" in lobby and "L-2026-001" in say(app, "lobby zonder eigenaar")


def test_a_far_year_needs_confirmation_and_is_named_in_the_deadline_echo(app: App) -> None:
    line = "toezegging nieuw Brief; portefeuillehouder: De Vries; deadline: 1 maart 2045"
    asked = say(app, line)
    assert asked == ("De termijn wo 1 maart 2045 ligt meer dan 10 jaar in de toekomst (het jaar 2045). Klopt dat? "
                     f"Zet dan '; bevestig' achter het commando: '{line}; bevestig'")
    out = say(app, line + "; bevestig")
    assert "is geregistreerd" in out and "Let op: het jaar 2045 ligt meer dan 10 jaar in de toekomst." in out
    assert "bevestig" not in say(app, "toezegging T-2026-005")  # the word is no part of the description
    # Beyond a century it is refused, naming the date as read, and nothing is stored.
    refused = say(app, "toezegging nieuw Brief; portefeuillehouder: De Vries; deadline: 1 maart 3027")
    assert "ligt te ver van vandaag (do 1 maart 3027)" in refused and "geregistreerd" not in refused
    assert "het jaar 1999 ligt meer dan 10 jaar in het verleden" in say(
        app, "toezegging nieuw Brief; portefeuillehouder: De Vries; deadline: 1 maart 1999")


@pytest.mark.parametrize("command", [
    "toezegging verzet T-2026-001 naar 1 maart 2026 omdat de brief al verstuurd is",
    "toezegging verzet T-2026-001 naar 1 maart 2040 omdat het een lang traject is",
    "motie verzet M2026-014 naar 1 oktober 2026 omdat het al klaar had moeten zijn",
    "lobby verzet L-2026-001 naar 1 januari 2026 omdat het moment al voorbij is",
])
def test_a_deadline_moved_into_the_past_or_far_ahead_needs_confirmation(app: App, command: str) -> None:
    say(app, MOTIE)
    say(app, "lobby nieuw MIRT; dossier: Nedersaksenlijn; target: IenW; moment: Q2 2027; bestuurder: De Vries")
    nummer = command.split()[2]
    before = say(app, f"{command.split()[0]} historie {nummer}")
    asked = say(app, command)
    assert asked.startswith("De termijn ") and f"Zet dan '; bevestig' achter het commando: '{command}; bevestig'" in asked
    assert say(app, f"{command.split()[0]} historie {nummer}") == before  # nothing changed
    done = say(app, command + "; bevestig")
    assert "Deadline:" in done or "Kansrijk moment:" in done, done
    history = say(app, f"{command.split()[0]} historie {nummer}")
    assert history != before and "bevestig" not in history  # moved; the word is no part of the reason


def test_unusual_meeting_days_need_confirmation(app: App) -> None:
    base = "vergadering nieuw PO extra; soort: po; datum: {d}; portefeuillehouder: De Vries"
    past = say(app, base.format(d="1-1-2020"))
    assert "wo 1 januari 2020 ligt in het verleden. Klopt dat? Zet dan '; bevestig' achter het commando" in past
    assert "valt in het weekend" in say(app, base.format(d="5-12-2026"))
    assert "is een feestdag (Eerste kerstdag)" in say(app, base.format(d="25-12-2026"))
    assert "is gepland" in say(app, base.format(d="5-12-2026") + "; bevestig")
    assert "is gepland" in say(app, base.format(d="2-12-2026"))


def test_points_only_before_and_outcomes_only_after_the_meeting(app: App, clock: FixedClock) -> None:
    punt = "agendapunt nieuw Fiets; vergadering: PO 30-11-2026; fase: besluitvorming; portefeuillehouder: De Vries"
    assert "staat op de agenda" in say(app, punt)
    meeting = say(app, "vergadering PO 30-11-2026").split(" · ")[0].removeprefix("Vergadering ")
    assert "is nog niet begonnen" in say(app, f"vergadering {meeting} besluit Vastgesteld")
    clock.moment = dt.datetime(2026, 11, 30, 11, 0, tzinfo=clock.moment.tzinfo)
    assert "is al begonnen (of voorbij); daar kan geen punt meer bij" in say(app, punt)
    assert "Besluit" in say(app, f"vergadering {meeting} besluit Vastgesteld", ANNA)
    refused = say(app, "agendapunt wijzig A-2026-001 fase: oordeelsvorming")
    assert "A-2026-001 is al behandeld (de vergadering van 30-11-2026 is begonnen); wijzig kan niet meer." in refused


def test_withdraw_and_move_an_agendapunt(app: App) -> None:
    say(app, "agendapunt nieuw Fiets; vergadering: PO 30-11-2026; fase: besluitvorming; portefeuillehouder: De Vries")
    say(app, "agendapunt nieuw Water; vergadering: PO 30-11-2026; fase: beeldvorming; portefeuillehouder: De Vries")
    moved = say(app, "agendapunt verplaats A-2026-001 naar PO 7-12-2026 omdat de stukken niet klaar zijn")
    assert "A-2026-001 staat nu op de agenda van PO · ma 7 december 2026" in moved
    assert "Stukken uiterlijk   ma 30 november 2026" in moved  # the stukken deadline moved along
    assert "A-2026-001" in say(app, "vergadering PO 7-12-2026")
    assert "A-2026-001" not in say(app, "vergadering PO 30-11-2026")
    assert "al op de agenda" in say(app, "agendapunt verplaats A-2026-001 naar PO 7-12-2026")
    withdrawn = say(app, "agendapunt intrekken A-2026-002 omdat het voorstel wordt herzien")
    assert "A-2026-002 is ingetrokken en staat niet meer op de agenda van PO" in withdrawn
    assert "A-2026-002" not in say(app, "vergadering PO 30-11-2026")
    assert "Status" in say(app, "agendapunt A-2026-002") and "ingetrokken" in say(app, "agendapunt A-2026-002")
    refused = say(app, "agendapunt verplaats A-2026-002 naar PO 7-12-2026")
    assert "A-2026-002 is ingetrokken; verplaats kan niet meer." in refused
    assert "reden: het voorstel wordt herzien" in say(app, "agendapunt historie A-2026-002")
