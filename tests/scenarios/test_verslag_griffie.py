"""A griffie works through a besluitenlijst with `verslag` in the console, as it is.

Every proposed command is pasted back and registers, or asks in words for what it lacks; a termijn counts from
the meeting, not from the day it is registered; the owner comes from the role registry, not from whoever
confirms; the agenda item goes into the omschrijving; a long verslag comes five proposals a page.
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from bot.app import App
from handlers.texts import luisteren as t
from handlers.texts import moties as motie_texts
from tests.dialogue import HANS, ask, converse, long_verslag, say

WATER = Path(__file__).parents[1] / "data" / "verslagen" / "besluitenlijst_po_water_2_december.txt"  # six points
KORT = WATER.with_name("besluitenlijst_po_mobiliteit.txt")  # three: one page
# The griffier has a role in the registry and is no bestuurder: 'toezegging nieuw' would make her the owner.
OLGA = "olga.brouwer@noordwaard.example"
ASKS_FOR_PORTEFEUILLEHOUDER = "Wie heeft het toegezegd? Noem de portefeuillehouder."


def _read(app: App, text: str, as_email: str = OLGA) -> str:
    """The verslag pasted into the console under a line 'verslag', as a griffier does, and its second page."""
    return converse(app, ["verslag", *text.splitlines(), "einde", "volgende"], as_email)


def _proposed(out: str) -> list[str]:
    return re.findall(r"^    → Registreer: (.+)$", out, re.MULTILINE)


def _answers(out: str) -> list[str]:
    return out.split("samenspel> ")[1:]


def _three_weeks_later(app: App) -> None:
    """Registering happens weeks after the meeting of 2 December: a termijn must not move with it."""
    app.clock.advance(dt.timedelta(days=27))  # type: ignore[attr-defined]


def test_every_proposed_command_registers_or_asks_in_words_when_pasted_back(app: App) -> None:
    _three_weeks_later(app)
    shown = _read(app, WATER.read_text(encoding="utf-8"))
    assert "6 mogelijke punten uit PO Water en Mobiliteit 2 december 2026" in shown
    commands = _proposed(shown)
    assert len(commands) == 6 and not any("<" in c or ">" in c for c in commands), commands
    assert "Nog nodig: de portefeuillehouder, wie het toezegde (bij Snelfietsroute Wadbrug-Oosterend is dat " \
           "volgens het rollenregister Anna de Vries)" in shown
    assert "Nog nodig: het motienummer van de griffie" in shown

    answers = _answers(converse(app, commands, OLGA))
    assert [a.count("is geregistreerd") for a in answers] == [1, 0, 1, 1, 1, 0]
    assert ASKS_FOR_PORTEFEUILLEHOUDER in answers[1] and motie_texts.NEED_NUMMER in answers[5]
    assert not any("ken ik niet" in a for a in answers) and "<" not in answers[1] + answers[5]

    # What the proposal says to add makes it complete.
    completed = _answers(converse(app, [f"{commands[1]}; portefeuillehouder: Anna de Vries",
                                        f"{commands[5]}; nummer: M2026-050"], OLGA))
    assert "Toezegging T-2026-009 is geregistreerd." in completed[0]
    assert "Motie M2026-050 is geregistreerd." in completed[1]


def test_a_relative_termijn_counts_from_the_meeting_and_is_stored_as_its_date(app: App) -> None:
    _three_weeks_later(app)  # from today (29 December), six weeks would be 9 February
    shown = _read(app, WATER.read_text(encoding="utf-8"))
    assert "Termijn: binnen zes weken → wo 13 januari 2027" in shown
    first = _proposed(shown)[0]
    assert "; deadline: 13 januari 2027;" in first
    assert "; deadline: voor de zomer 2027;" in _proposed(shown)[2]  # a year, so it stays the summer of 2027
    say(app, first, OLGA)
    assert "Deadline: 13 januari 2027 → wo 13 januari 2027" in say(app, "toezegging T-2026-005", OLGA)


def test_the_owner_follows_the_registry_not_the_griffier_who_confirms(app: App) -> None:
    shown = _read(app, WATER.read_text(encoding="utf-8"))
    assert "Eigenaar: Hans Bakker (ambtelijk opdrachtnemer van Snelfietsroute Wadbrug-Oosterend)" in shown
    assert "Eigenaar: Maaike Peters (genoemd in de zin)" in shown
    assert "Eigenaar: Ingrid de Boer (ambtelijk opdrachtnemer van Dijkversterking Oostpolder, over waterveiligheid)" in shown
    assert "Eigenaar: Jeroen Meijer (ambtelijk opdrachtnemer van alle opdrachten van Bram Kuipers)" in shown
    assert f"Eigenaar: nog niemand: {t.EIGENAAR_REGEL}" in shown  # musea: nothing in the registry

    commands = _proposed(shown)
    converse(app, [commands[0], commands[3]], OLGA)
    assert "Ambtelijk eigenaar: Hans Bakker" in say(app, "toezegging T-2026-005", OLGA)
    # Where the registry has nobody, 'toezegging nieuw' decides as it always does, and the proposal said so.
    assert "Ambtelijk eigenaar: Olga Brouwer" in say(app, "toezegging T-2026-006", OLGA)


def test_the_agenda_item_goes_into_the_omschrijving_and_a_motie_title_ends_on_a_whole_word(app: App) -> None:
    shown = _read(app, WATER.read_text(encoding="utf-8"))
    commands = _proposed(shown)
    converse(app, [commands[0], f"{commands[5]}; nummer: M2026-050"], OLGA)
    assert "T-2026-005 · Snelfietsroute Wadbrug-Oosterend: Gedeputeerde De Vries zegt toe" in say(
        app, "toezegging T-2026-005", OLGA)
    titel = ask(app, "motie M2026-050", OLGA).items[0].title.removeprefix("M2026-050 · ")
    assert titel.endswith("…") and len(titel) <= 120
    full = "Motie fietsparkeren: De Staten verzoeken het college binnen drie maanden met een voorstel te komen voor " \
           "extra fietsparkeren"
    assert full.startswith(titel[:-1]) and full[len(titel) - 1] == " "  # cut between two words


def test_a_long_verslag_comes_five_proposals_a_page_with_volgende_and_pagina(app: App) -> None:
    out = _answers(converse(app, ["verslag", *long_verslag(23).splitlines(), "einde", "volgende",
                                  "verslag pagina 5", "volgende", "verslag pagina 6"], OLGA))
    first, second, last, none, too_far = out
    assert "23 mogelijke punten uit PO Mobiliteit 10 december 2026. Pagina 1 van 5." in first
    assert re.findall(r"^• (\d+) ·", first, re.MULTILINE) == ["1", "2", "3", "4", "5"]
    assert "Typ 'meer' of 'verslag pagina 2' voor de volgende 5." in first
    assert t.VERSLAG_BEWAARD in first
    assert "Pagina 2 van 5." in second and re.findall(r"^• (\d+) ·", second, re.MULTILINE)[0] == "6"
    assert re.findall(r"^• (\d+) ·", last, re.MULTILINE) == ["21", "22", "23"] and "volgende" not in last
    assert "geen volgende pagina" in none
    assert "Pagina 6 bestaat niet: er zijn 5 pagina's." in too_far


def test_a_kept_verslag_is_only_for_who_gave_it_for_a_week_and_a_short_one_replaces_it(app: App) -> None:
    converse(app, ["verslag", *long_verslag(12).splitlines(), "einde"], OLGA)
    assert t.VERSLAG_NIET_BEWAARD in say(app, "verslag pagina 2", HANS)
    assert "Pagina 2 van 3." in say(app, "verslag pagina 2", OLGA)
    # A verslag that fits one page is kept nowhere, and it replaces the long one.
    converse(app, ["verslag", *KORT.read_text(encoding="utf-8").splitlines()], OLGA)
    assert t.VERSLAG_NIET_BEWAARD in say(app, "verslag pagina 2", OLGA)

    converse(app, ["verslag", *long_verslag(12).splitlines(), "einde"], OLGA)
    app.clock.advance(dt.timedelta(days=8))  # type: ignore[attr-defined]
    assert t.VERSLAG_NIET_BEWAARD in say(app, "verslag pagina 2", OLGA)
