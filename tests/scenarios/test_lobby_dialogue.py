"""The lobby agenda through the console: register, list, contact log, move, close, history, confidentiality."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from tests.dialogue import ANNA, HANS, KARIN, converse, say

MAAIKE = "maaike.peters@noordwaard.example"  # professional, not involved
REGISTER = (
    "lobby nieuw Spoorverdubbeling in het MIRT; dossier: Nedersaksenlijn; target: ministerie van IenW; "
    "moment: 15 december 2026; bestuurder: De Vries; partners: SNN, provincie Groningen"
)


def test_register_list_contact_move_close_history(app: App) -> None:
    out = converse(
        app,
        [
            REGISTER,
            "lobby volgende maand",
            "lobby Nedersaksen",
            "lobby van De Vries",
            "lobby stand L-2026-001 Brief aan de minister is verstuurd",
            "lobby contact L-2026-001 Gesprek met de DG: positief over cofinanciering",
            "lobby verzet L-2026-001 naar 15 maart 2027 omdat het notaoverleg is uitgesteld",
            "lobby afgerond L-2026-001 40 miljoen in de voorjaarsnota",
            "lobby historie L-2026-001",
            "lobby L-2026-001",
        ],
        as_email=HANS,
    )
    assert "Lobbyactie L-2026-001 is geregistreerd." in out
    assert "Kansrijk moment: 15 december 2026 → di 15 december 2026" in out
    assert "Status: gepland · Kansrijk moment: 15 december 2026" in out
    assert "Eigenaar: Hans Bakker" in out and "Bestuurder: Anna de Vries" in out
    assert "1 lobbyactie met een kansrijk moment in december." in out
    assert "1 lobbyactie in dossier 'Nedersaksen'." in out
    assert "1 lobbyactie van Anna de Vries." in out
    assert "Status: lopend" in out  # a contact starts the lobby
    assert "Gesprek met de DG: positief over cofinanciering" in out
    assert "Kansrijk moment: 15 maart 2027 → ma 15 maart 2027" in out
    assert "Status: afgerond" in out and "Opbrengst" in out and "40 miljoen in de voorjaarsnota" in out
    assert "Hans Bakker · kansrijk moment verzet" in out
    assert "reden: het notaoverleg is uitgesteld" in out
    assert "Status: lopend → afgerond" in out


def test_lists_this_month_and_all(app: App) -> None:
    say(app, REGISTER.replace("15 december 2026", "30 november 2026"))
    assert "met een kansrijk moment in november" in say(app, "lobby deze maand")
    assert "Geen lobbyacties gevonden met een kansrijk moment in december." in say(app, "lobby volgende maand")
    say(app, "lobby afdoening L-2026-001 Toezegging van de minister")  # the reminder buttons' verb
    assert "Geen lobbyacties gevonden die gepland of lopend zijn." in say(app, "lobby")
    assert "L-2026-001" in say(app, "lobby alle")


def test_missing_fields_and_reasons_are_explained(app: App) -> None:
    assert "Op wie richt de lobby zich" in say(app, "lobby nieuw Iets bereiken; dossier: Wadden; moment: 1 maart 2027")
    assert "kansrijke moment" in say(app, "lobby nieuw Iets bereiken; dossier: Wadden; target: EU")
    assert "32 maart" in say(app, "lobby nieuw Iets; dossier: Wadden; target: EU; moment: 32 maart")
    say(app, REGISTER)
    assert "alleen met een reden" in say(app, "lobby verzet L-2026-001 naar 15 maart 2027")
    assert "opbrengst is verplicht" in say(app, "lobby afgerond L-2026-001")
    assert "L-2026-009 bestaat niet" in say(app, "lobby L-2026-9")
    assert "lobby deze maand" in say(app, "lobby deze week")


def test_only_owner_and_keepers_may_change(app: App) -> None:
    say(app, REGISTER, as_email=HANS)
    refused = say(app, "lobby stand L-2026-001 Ik doe ook mee", as_email=MAAIKE)
    assert "Je mag lobbyactie L-2026-001 niet wijzigen" in refused and "Hans Bakker (eigenaar)" in refused
    assert "stand van zaken bijgewerkt" in say(app, "lobby stand L-2026-001 Afgestemd met SNN", as_email=KARIN)
    # The bestuurder lobbies in person and logs their own contacts.
    assert "contact vastgelegd" in say(app, "lobby contact L-2026-001 Gesprek met de minister", as_email=ANNA)


def test_confidential_lobby_stays_out_of_channels(app: App) -> None:
    say(app, REGISTER + "; vertrouwelijk", as_email=HANS)
    assert "[vertrouwelijk]" in say(app, "lobby L-2026-001", as_email=ANNA)
    assert "is vertrouwelijk en wordt hier niet getoond" in say(app, "lobby L-2026-001", as_email=HANS, private=False)
    listing = say(app, "lobby Nedersaksenlijn", as_email=HANS, private=False)
    assert "Spoorverdubbeling" not in listing and "1 vertrouwelijke lobbyactie niet getoond" in listing
    assert "is vertrouwelijk. Vraag het aan" in say(app, "lobby L-2026-001", as_email=MAAIKE)


def test_lobby_actions_are_followed_up_by_the_reminder_engine(app: App) -> None:
    say(app, REGISTER)
    with app.uow_factory() as uow:
        followups = [f for source in uow.followup_sources() for f in source.open_followups(dt.date(2026, 12, 31))]
    lobby = [f for f in followups if f.kind == "lobby"]
    assert len(lobby) == 1
    assert lobby[0].key == "L-2026-001" and lobby[0].deadline.due == dt.date(2026, 12, 15)
    assert lobby[0].portefeuillehouder_id is not None and lobby[0].eigenaar_id is not None


def test_a_closed_lobby_action_says_what_to_do_instead(app: App) -> None:
    say(app, REGISTER)
    same = say(app, "lobby verzet L-2026-001 naar 15 december 2026 omdat het toch zo blijft")
    assert "L-2026-001 staat al op '15 december 2026': er verandert niets." in same and "lobby verzet" in same
    say(app, "lobby afgerond L-2026-001 40 miljoen in de voorjaarsnota")
    again = say(app, "lobby afgerond L-2026-001 nog meer")
    assert "is al afgerond" in again and "lobby historie L-2026-001" in again
    contact = say(app, "lobby contact L-2026-001 Nog een gesprek")
    assert "kan niet meer" in contact and "lobby nieuw" in contact
