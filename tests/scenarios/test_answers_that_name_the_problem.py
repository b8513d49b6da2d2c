"""Each misleading answer from the trial, replaced by one that names the actual problem and what works."""
from __future__ import annotations

import subprocess
from pathlib import Path

from bot.app import App
from bot.teams.translate import render_reply as teams
from handlers.messages import Field, OutgoingReply
from handlers.texts import aantal, een_van
from tests.dialogue import KARIN, ask, say
from tests.integration.test_import_export import MOTIE_HEADINGS, MOTIE_ROWS, xlsx
from tests.scenarios.test_cli import SAMENSPEL, _env, with_demo


def test_a_typo_after_toezegging_suggests_the_word(app: App) -> None:
    out = say(app, "toezegging niew Brief sturen; portefeuillehouder: De Vries; deadline: Q3 2027")
    assert "Bedoelde je 'toezegging nieuw'?" in out


def test_a_motie_number_after_toezegging_says_it_is_a_motie(app: App) -> None:
    ask(app, "motie nieuw M2026-031 Snelfietsroute; datum: 12-11-2026; portefeuillehouder: De Vries")
    out = say(app, "toezegging M2026-031")
    assert "M2026-031 is een motie, geen toezegging. Typ 'motie M2026-031'." in out


def test_omdat_without_a_reason_asks_for_the_reason(app: App) -> None:
    out = say(app, "toezegging verzet T-2026-001 naar Q2 2027 omdat")
    assert "alleen met een reden" in out and "onbekende woorden" not in out


def test_an_unknown_field_lists_what_can_be_changed(app: App) -> None:
    out = say(app, "toezegging wijzig T-2026-001 kleur: rood")
    assert "Het veld 'kleur' ken ik niet. Te wijzigen: aan, eigenaar, omschrijving, portefeuillehouder, vertrouwelijk." in out


def test_too_long_a_title_is_refused_with_the_limit(app: App) -> None:
    out = say(app, f"toezegging nieuw {'x' * 301}; portefeuillehouder: De Vries; deadline: Q3 2027")
    assert "Omschrijving is 301 tekens lang; hoogstens 300 past." in out
    assert "10000 tekens lang; hoogstens 4000 past" in say(app, f"toezegging stand T-2026-001 {'y' * 10_000}")


def test_a_stranger_is_told_whom_to_ask_with_of(app: App) -> None:
    assert "Vraag Karin Bos of Lars Dekker om je toe te voegen." in say(app, "toezeggingen", "nieuw@noordwaard.example")
    assert een_van(["A", "B", "C"]) == "A, B of C"


def test_numbers_meet_nouns_in_proper_dutch() -> None:
    assert [aantal(n, "motie", "moties") for n in (0, 1, 2)] == ["geen moties", "1 motie", "2 moties"]


def test_motie_history_writes_dates_like_everything_else(app: App) -> None:
    ask(app, "motie nieuw M2026-050 Bankjes; datum: 12-11-2026; portefeuillehouder: De Vries")
    out = say(app, "motie historie M2026-050")
    assert "do 12 november 2026" in out and "2026-11-12" not in out


def test_as_a_handle_finds_the_person(tmp_path: Path) -> None:
    done = subprocess.run([*SAMENSPEL, "chat", "--as", "hans.bakker"], input="wie ben ik\n", capture_output=True,
                          text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert "Je bent Hans Bakker." in done.stdout, done.stdout + done.stderr


def test_an_mdy_import_echoes_the_date_in_words(tmp_path: Path) -> None:
    rows = [row[:] for row in MOTIE_ROWS[:1]]
    rows[0][MOTIE_HEADINGS.index("Einddatum")] = "03/04/2027"
    source = xlsx(tmp_path / "m.xlsx", MOTIE_HEADINGS, rows)
    with_demo(tmp_path)
    done = subprocess.run([*SAMENSPEL, "import", "moties", str(source), "--date-format", "MDY", "--dry-run"],
                          capture_output=True, text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert "4 maart 2027" in done.stdout and "→ 03/04/2027" not in done.stdout, done.stdout + done.stderr


def test_teams_shows_angle_brackets_and_line_breaks_literally(app: App) -> None:
    reply = ask(app, "help toezegging nieuw")
    card = str(teams(reply))
    assert "<omschrijving>" not in card and "&lt;omschrijving&gt;" in card
    activity = teams(OutgoingReply(text="x", fields=(Field("Stand", "regel 1\nregel 2"),)))
    [fact] = activity["attachments"][0]["content"]["body"][1]["facts"]
    assert fact["value"] == "regel 1\n\nregel 2"  # a single break would be joined by Teams' markdown
    plain = teams(OutgoingReply(text="Typ 'help <commando>' voor uitleg"))
    assert plain["text"] == "Typ 'help &lt;commando&gt;' voor uitleg"

