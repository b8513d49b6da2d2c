"""PO and college agendas through the console: meetings, points with an explicit fase, outcomes, permissions."""
from __future__ import annotations

import datetime as dt

from bot.app import App
from bot.clock import FixedClock
from tests.conftest import make_app
from tests.dialogue import ANNA, HANS, KARIN, converse, say

BRAM = "bram.kuipers@noordwaard.example"
PUNT = (
    "agendapunt nieuw Subsidieregeling fietsinfrastructuur; vergadering: PO 30-11-2026; fase: besluitvorming; "
    "portefeuillehouder: De Vries; opdrachtnemer: Bakker; documenten: https://docs.noordwaard.example/fiets"
)


def test_coming_meetings_follow_the_default_schedule(app: App) -> None:
    out = say(app, "vergaderingen")
    assert "PO · ma 30 november 2026 10:00" in out and "GS · di 1 december 2026 10:00" in out
    assert "PO · ma 28 december 2026 10:00" in out and "Stukken uiterlijk: vr 18 december 2026" in out
    assert "GS" not in say(app, "vergaderingen po").replace("vergadering(en)", "")
    assert "vergaderingen college" in say(app, "vergaderingen morgen")


def test_point_on_the_agenda_grouped_by_fase_and_changed(app: App) -> None:
    out = converse(
        app,
        [
            PUNT,
            "agendapunt nieuw Evaluatie Waddenfonds; vergadering: PO 30-11-2026; fase: beeld; portefeuillehouder: De Vries",
            "vergadering PO 30-11-2026",
            "agendapunt A-2026-001",
            "agendapunt wijzig A-2026-001 fase: oordeelsvorming; vergadering: PO 7-12-2026",
            "agendapunt historie A-2026-001",
            "agenda volgende PO",
        ],
        as_email=KARIN,
    )
    assert "Agendapunt A-2026-001 staat op de agenda van PO · ma 30 november 2026 10:00." in out
    assert "Ambtelijk opdrachtnemer  Hans Bakker" in out
    assert "Stukken uiterlijk        ma 23 november 2026" in out
    assert "Beeldvorming       A-2026-002 Evaluatie Waddenfonds" in out
    assert "Besluitvorming     A-2026-001 Subsidieregeling fietsinfrastructuur — ph Anna de Vries" in out
    assert "Fase: besluitvorming → oordeelsvorming" in out
    assert "Vergadering: PO · ma 30 november 2026 10:00 → PO · ma 7 december 2026 10:00" in out
    assert "Stukken uiterlijk        ma 30 november 2026" in out


def test_a_point_without_fase_is_refused_listing_the_three(app: App) -> None:
    answer = say(app, PUNT.replace("fase: besluitvorming; ", ""))
    assert "beeldvorming, oordeelsvorming of besluitvorming" in answer and "fase:" in answer
    assert "'besluit light' is geen fase" in say(app, PUNT.replace("fase: besluitvorming", "fase: besluit light"))
    assert "Nog geen agendapunten." in say(app, "vergadering PO 30-11-2026")


def test_unknown_meeting_names_what_works(app: App) -> None:
    answer = say(app, PUNT.replace("PO 30-11-2026", "PO 1-12-2026"))
    assert "Vergadering 'PO 1-12-2026' ken ik niet" in answer and "volgende PO" in answer
    assert "ken ik niet" in say(app, "vergadering 999")


def test_the_portefeuillehouder_owns_the_agenda_supported_by_the_concernadviseur(app: App) -> None:
    refused = say(app, PUNT, as_email=HANS)
    assert "Je mag de agenda van PO niet wijzigen" in refused and "Anna de Vries (eigenaar)" in refused
    assert "Agendapunt A-2026-001" in say(app, PUNT, as_email=ANNA)
    assert "Je mag agendapunt A-2026-001 niet wijzigen" in say(app, "agendapunt wijzig A-2026-001 fase: beeldvorming", as_email=BRAM)
    assert "gewijzigd" in say(app, "agendapunt wijzig A-2026-001 fase: beeldvorming", as_email=KARIN)
    # The opdrachtnemer may add the documents link, nothing else.
    assert "gewijzigd" in say(app, "agendapunt wijzig A-2026-001 documenten: https://docs/nota", as_email=HANS)
    assert "niet wijzigen" in say(app, "agendapunt wijzig A-2026-001 fase: besluitvorming", as_email=HANS)


def test_confidential_point_is_only_a_placeholder_in_a_channel(app: App) -> None:
    say(app, PUNT + "; vertrouwelijk")
    private = say(app, "vergadering PO 30-11-2026", as_email=ANNA)
    assert "Subsidieregeling" in private
    channel = say(app, "vergadering PO 30-11-2026", as_email=ANNA, private=False)
    assert "vertrouwelijk agendapunt" in channel and "Subsidieregeling" not in channel and "A-2026-001" not in channel
    assert "is vertrouwelijk en wordt hier niet getoond" in say(app, "agendapunt A-2026-001", private=False)
    assert "vertrouwelijk agendapunt" in say(app, "vergadering PO 30-11-2026", as_email=BRAM)


def test_outcomes_recorded_against_a_meeting_the_same_way_for_every_po(app: App, clock: FixedClock) -> None:
    say(app, PUNT)
    meeting = say(app, "vergadering PO 30-11-2026").split(" · ")[0].removeprefix("Vergadering ")
    early = say(app, f"vergadering {meeting} besluit Vooruitgelopen besluit", as_email=ANNA)
    assert "is nog niet begonnen; een besluit leg je vast als de vergadering begonnen is" in early
    clock.moment = dt.datetime(2026, 11, 30, 12, 0, tzinfo=clock.moment.tzinfo)  # after the 10:00 PO
    out = converse(
        app,
        [
            f"vergadering {meeting} besluit Subsidieregeling fietsinfrastructuur vastgesteld",
            f"vergadering {meeting} actie Brief aan de gemeenten opstellen; eigenaar: Bakker",
            f"vergadering {meeting} toezegging T-2026-001",
            f"vergadering {meeting} motie M2026-014 fietsparkeren bij stations",
            f"vergadering {meeting} toezegging T-2026-099",
            f"vergadering {meeting}",
        ],
        as_email=ANNA,
    )
    assert "Besluiten          Subsidieregeling fietsinfrastructuur vastgesteld" in out
    assert "Actiepunten        Brief aan de gemeenten opstellen (Hans Bakker)" in out
    assert "Toezeggingen       T-2026-001 Raadsinformatiebrief" in out
    assert "Moties             M2026-014 fietsparkeren bij stations" in out
    assert "Toezegging 'T-2026-099' ken ik niet" in out
    say(app, f"vergadering {meeting} besluit Grondaankoop Oosterweg akkoord; vertrouwelijk", as_email=ANNA)
    assert "Grondaankoop" in say(app, f"vergadering {meeting}", as_email=ANNA)
    channel = say(app, f"vergadering {meeting}", as_email=ANNA, private=False)
    assert "Besluiten          vertrouwelijk" in channel and "Grondaankoop" not in channel
    assert "Grondaankoop" not in say(app, f"vergadering {meeting}", as_email=BRAM)
    refused = say(app, f"vergadering {meeting} besluit Iets", as_email=HANS)
    assert f"Je mag vergadering {meeting} niet wijzigen" in refused


def test_a_single_extra_meeting(app: App) -> None:
    answer = say(app, "vergadering nieuw PO Economie extra; soort: po; datum: 2-12-2026; tijd: 14:00; portefeuillehouder: Kuipers")
    assert "PO Economie extra · wo 2 december 2026 14:00 is gepland." in answer
    assert "Stukken uiterlijk  wo 25 november 2026" in answer
    assert "een portefeuillehouder of een concernadviseur" in say(
        app, "vergadering nieuw Extra; soort: po; datum: 2-12-2026", as_email=HANS
    )
    assert "soort (po of college)" in say(app, "vergadering nieuw Extra; datum: 2-12-2026")
    point = PUNT.replace("PO 30-11-2026", "PO Economie extra 2-12-2026").replace("De Vries", "Kuipers")
    assert "staat op de agenda van PO Economie extra" in say(app, point, as_email=BRAM)


def test_a_po_per_portefeuillehouder_is_owned_by_them(sqlite_url: str, clock: FixedClock) -> None:
    app = make_app(sqlite_url, clock, SAMENSPEL_AGENDA_PO="PO Mobiliteit=anna.devries@noordwaard.example, PO Economie")
    clock.moment = clock.moment.replace(hour=8)  # Monday morning, before the 10:00 PO
    try:
        assert "PO Mobiliteit · ma 30 november 2026" in say(app, "agenda")
        point = "agendapunt nieuw Busconcessie; vergadering: volgende PO Mobiliteit; fase: oordeelsvorming"
        refused = say(app, point, as_email=BRAM)
        assert "Je mag de agenda van PO Mobiliteit niet wijzigen" in refused and "Anna de Vries (eigenaar)" in refused
        added = say(app, point, as_email=ANNA)
        assert "staat op de agenda van PO Mobiliteit · ma 23 november 2026" in added
        assert "Portefeuillehouder  Anna de Vries" in added
        assert "Let op: de stukken hadden er al op ma 16 november 2026 moeten zijn." in added
        clock.moment = clock.moment.replace(hour=11)  # once it has begun, 'volgende' is next week's
        assert "PO Mobiliteit · ma 30 november 2026" in say(app, "vergadering volgende PO Mobiliteit")
    finally:
        app.close()
