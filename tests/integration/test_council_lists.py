"""Real council lists in and out (issue 15): iBabs old and new, Notubiz, a griffie sheet, a P&C bijlage, an LTA app.

The files under tests/data/imports are written in each source's own layout (headings, separators, encodings,
date styles, 'P.M.' and empty cells, free-text status); their content is invented.
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.cli.lists import report_lines
from handlers.deadlines.finder import find_termijnen
from storage.exporters.xlsx import export_list
from storage.importers.kinds import MOTIES, TOEZEGGINGEN, ImportKind
from storage.importers.mapping import load_mapping
from storage.importers.run import ImportOptions, ImportReport, import_file
from tests.dialogue import say

DATA = Path(__file__).parents[1] / "data" / "imports"
SOURCES: list[tuple[ImportKind, str, str | None, int]] = [
    (TOEZEGGINGEN, "ibabs_oud_toezeggingen.csv", "ibabs_oud_mapping.yaml", 3),
    (MOTIES, "ibabs_nieuw_moties.csv", None, 3),
    (TOEZEGGINGEN, "notubiz_toezeggingen.csv", None, 2),
    (TOEZEGGINGEN, "griffie_toezeggingen.xlsx", None, 4),
    (TOEZEGGINGEN, "pc_bijlage_toezeggingen.csv", None, 2),
    (TOEZEGGINGEN, "lta_toezeggingen.csv", None, 2),
]


def run(app: App, kind: ImportKind, path: Path, mapping: str | None = None, **options: Any) -> ImportReport:
    loaded = load_mapping(DATA / mapping) if mapping else None
    if loaded is not None:
        options.setdefault("date_format", loaded.date_format or "DMY")
        options.setdefault("names", loaded.names)
    return import_file(app.uow_factory, app.clock, app.calendar, kind, path, ImportOptions(**options))


@pytest.mark.parametrize(("kind", "name", "mapping", "rows"), SOURCES, ids=[s[1] for s in SOURCES])
def test_every_source_imports_without_editing_and_reimport_changes_nothing(
    app: App, kind: ImportKind, name: str, mapping: str | None, rows: int
) -> None:
    first = run(app, kind, DATA / name, mapping)
    assert first.errors == [] and first.committed
    assert first.created == rows
    again = run(app, kind, DATA / name, mapping)
    assert (again.created, again.updated, again.unchanged) == (0, 0, rows)


def test_ibabs_old_portal_rows_land_right(app: App) -> None:
    report = run(app, TOEZEGGINGEN, DATA / "ibabs_oud_toezeggingen.csv", "ibabs_oud_mapping.yaml")
    assert report.read_as == "csv, scheidingsteken ';', tekenset UTF-8 (met BOM)"
    shown = say(app, "toezegging ID8")
    # 10/5/2017 is 5 October in an old iBabs portal; the promise is kept next to the subject.
    assert "do 5 oktober 2017" in shown
    assert "Portefeuillehouder: Anna de Vries" in shown and "Ambtelijk eigenaar: Hans Bakker" in shown
    assert "De gedeputeerde zegt toe de Staten te informeren over de oversteek, de kosten en de planning" in shown
    assert "Deadline: 30-06-2020 → di 30 juni 2020" in shown  # written day-first: unambiguous to a Dutch reader
    # 'ID 59' and 'id59' are one number; 'Jansen, C.' is Carla Jansen; the Afgedaan box closes it.
    closed = say(app, "toezegging id59")
    assert "Datum afdoening" in closed and "2 november 2020" in closed
    assert "Status: afgedaan" in closed and "Portefeuillehouder: Carla Jansen" in closed
    # No ambtelijk eigenaar: imported, and on the concernadviseurs' list.
    assert "ID60" in say(app, "toezeggingen onvolledig")
    assert report.incomplete == 1
    # The termijn is only in the stand van zaken: proposed, not set.
    assert [(n, phrase) for _row, n, phrase, _due in report.proposals] == [("ID60", "Q3")]
    assert "Deadline: onbekend (P.M.)" in say(app, "toezegging ID60")


def test_termijn_from_text_is_applied_only_when_asked(app: App) -> None:
    report = run(app, TOEZEGGINGEN, DATA / "pc_bijlage_toezeggingen.csv", termijn_uit_tekst=True)
    assert report.proposals and report.proposals[0][1] == "1324"
    assert "Deadline: na het zomerreces" in say(app, "toezegging 1324")
    # The list still has an empty termijn cell: re-importing it does not wipe the termijn found before.
    again = run(app, TOEZEGGINGEN, DATA / "pc_bijlage_toezeggingen.csv")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_moties_from_the_new_ibabs_portal_keep_what_the_list_holds(app: App) -> None:
    report = run(app, MOTIES, DATA / "ibabs_nieuw_moties.csv")
    assert ("dictum", "Toelichting", []) in report.choices
    shown = say(app, "motie M179-2020")
    assert "verzoekt het college, in overleg met scholen" in shown
    assert "P. Smit, K. de Wit" in shown and "31 voor - 8 tegen" in shown and "7. Mobiliteitsplan" in shown
    assert "https://example.org/motie-179.pdf" in shown
    assert "Status: niet gevolgd (verworpen)" in say(app, "motie 236/2016")
    assert "Status: afgedaan" in say(app, "motie M12-2021")


def test_notubiz_tab_separated_windows_1252(app: App) -> None:
    report = run(app, TOEZEGGINGEN, DATA / "notubiz_toezeggingen.csv")
    assert report.read_as == "csv, scheidingsteken tab, tekenset Windows-1252"
    shown = say(app, "toezegging T-010")
    assert "di 28 maart 2023" in shown and "geïnformeerd" in shown and "Bram Kuipers" in shown


def test_lta_rows_without_number_match_on_subject_and_date_and_keep_their_moments(app: App) -> None:
    report = run(app, TOEZEGGINGEN, DATA / "lta_toezeggingen.csv")
    assert report.by_fingerprint == [2, 3]
    # Chat-made numbering stays T-JJJJ-NNN for rows that bring none.
    shown = say(app, "toezegging T-2026-005")
    assert "Herijking Omgevingsvisie" in shown and "commissie ma 5 december 2022, raad do 15 december 2022" in shown


def test_a_row_reports_all_its_problems_at_once(app: App, tmp_path: Path) -> None:
    path = tmp_path / "kapot.csv"
    path.write_text("Nr;Onderwerp;Datum;Portefeuillehouder;Termijn\n"
                    "7;Iets;31-02-2026;Jansen;morgenochtend vroeg ofzo\n"
                    "8;Anders;1-2-2026;wethouder Onbekend;Q1 2027\n", encoding="utf-8")
    report = run(app, TOEZEGGINGEN, path)
    assert not report.committed
    assert [n for n, _ in report.errors] == [2]  # a name the registry does not know is no problem of its row
    problems = report.errors[0][1]
    assert "'31-02-2026' is geen bestaande datum" in problems and "termijn 'morgenochtend vroeg ofzo'" in problems


def test_ambiguous_names_list_the_candidates_and_the_name_map_settles_them(app: App, tmp_path: Path) -> None:
    say(app, "register")  # the demo registry is loaded; add a second Jansen through the people list
    with app.uow_factory() as uow:
        from handlers.domain.people import Person
        uow.people.add(Person(None, "Karel Jansen", "karel.jansen@noordwaard.example"))
        uow.commit()
    path = tmp_path / "lijst.csv"
    path.write_text("Nr;Onderwerp;Portefeuillehouder\n1;Iets;gedeputeerde Jansen\n", encoding="utf-8")
    report = run(app, TOEZEGGINGEN, path)
    assert "past bij meerdere mensen: Carla Jansen" in report.errors[0][1] and "Karel Jansen" in report.errors[0][1]
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("namen:\n  gedeputeerde Jansen: carla.jansen@noordwaard.example\nkolommen:\n  Nr: ~\n",
                       encoding="utf-8")
    loaded = load_mapping(mapping)
    report = import_file(app.uow_factory, app.clock, app.calendar, TOEZEGGINGEN, path,
                         ImportOptions(overrides=loaded.columns, names=loaded.names))
    # The number column is mapped to nothing: left out, so the row gets our number and a fingerprint.
    assert report.errors == [] and report.ignored == ["Nr"] and report.by_fingerprint == [2]


@pytest.mark.parametrize("what", ["toezeggingen", "moties"])
def test_export_reads_back_in_unchanged(app: App, tmp_path: Path, what: str) -> None:
    for kind, name, mapping, _rows in SOURCES:
        if kind.name == what:
            assert run(app, kind, DATA / name, mapping).errors == []
    out = tmp_path / f"{what}.xlsx"
    with app.uow_factory() as uow:
        count = export_list(uow, what, out, app.clock.now().date())
    report = run(app, TOEZEGGINGEN if what == "toezeggingen" else MOTIES, out)
    assert report.errors == []
    assert (report.created, report.updated, report.unchanged) == (0, 0, count)


def test_dry_run_report_shows_reading_choices_and_unused_columns(app: App) -> None:
    report = run(app, TOEZEGGINGEN, DATA / "pc_bijlage_toezeggingen.csv", dry_run=True)
    lines = report_lines(report, "pc.csv", True)
    assert "kolom 'Actie - toezegging' → tekst" in lines and "kolommen niet gebruikt: Programma" in lines
    assert any("termijn uit de tekst: 'na het zomerreces'" in line for line in lines)
    assert lines[-1] == "pc.csv: zou importeren (dry-run, niets opgeslagen): 2 nieuw, 0 gewijzigd, 0 ongewijzigd."


def test_deadline_in_tekst_prints_every_termijn_and_marks_the_later_one() -> None:
    text = "Update 8/9/22: de raad wordt na het zomerreces geïnformeerd; planning Q3"
    found = find_termijnen(text, dt.date(2022, 9, 8))
    assert [f.phrase for f in found] == ["na het zomerreces", "Q3"]
    assert [f.proposal for f in found] == [False, True]
    assert find_termijnen("Besproken in de commissie van 12 maart 2023; update 5-4-2023: loopt", dt.date(2023, 5, 1)) == []
    out = subprocess.run(
        [sys.executable, "-m", "bot.cli", "deadline", "--in-tekst", text, "--today", "2022-09-08"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
    ).stdout.splitlines()
    assert [json.loads(line)["phrase"] for line in out] == ["na het zomerreces", "Q3"]
    assert json.loads(out[1]) == {"phrase": "Q3", "kind": "date", "due": "2022-09-30", "precision": "quarter",
                                  "proposal": True}


def test_a_dictum_column_wins_over_toelichting_and_an_empty_column_loses(app: App, tmp_path: Path) -> None:
    path = tmp_path / "moties.csv"
    path.write_text("Nummer;Titel;Einddatum;Planning;Dictum;Toelichting\n"
                    "M1;Iets;;Q2 2027;verzoekt het college iets;College werkt aan een brief\n", encoding="utf-8")
    report = run(app, MOTIES, path)
    assert ("dictum", "Dictum", []) in report.choices
    assert ("stand_van_zaken", "Toelichting", []) in report.choices
    # 'Einddatum' is the better heading for the termijn, but empty in every row: 'Planning' wins.
    assert ("termijn", "Planning", ["Einddatum"]) in report.choices
    assert "Termijn: Q2 2027" in say(app, "motie M1")


def test_the_same_number_written_differently_is_the_same_item(app: App, tmp_path: Path) -> None:
    run(app, TOEZEGGINGEN, DATA / "ibabs_oud_toezeggingen.csv", "ibabs_oud_mapping.yaml")
    path = tmp_path / "v2.csv"
    path.write_text("ID;Onderwerp;Datum\nid59;Waterberging Vaartpolder;3/14/2019\n", encoding="utf-8")
    report = run(app, TOEZEGGINGEN, path, date_format="MDY")
    assert (report.created, report.updated, report.unchanged) == (0, 0, 1)
    assert "Toezegging ID 59" in say(app, "toezegging ID59")


def test_month_first_termijn_of_a_motie_survives_export_and_import(app: App, tmp_path: Path) -> None:
    path = tmp_path / "oud.csv"
    path.write_text("Motienummer;Titel;Datum;Einddatum\nM179-2020;Schoolroutes;6/2/2020;6/30/2020\n", encoding="utf-8")
    assert run(app, MOTIES, path, date_format="MDY").errors == []
    out = tmp_path / "export.xlsx"
    with app.uow_factory() as uow:
        export_list(uow, "moties", out, app.clock.now().date())
    again = run(app, MOTIES, out)  # read back with the default day-first order
    assert again.errors == [] and (again.created, again.updated, again.unchanged) == (0, 0, 1)
    assert "Termijn: 30-06-2020 → di 30 juni 2020" in say(app, "motie M179-2020")


def test_griffie_sheet_and_pc_bijlage_rows_land_right(app: App) -> None:
    assert run(app, TOEZEGGINGEN, DATA / "griffie_toezeggingen.xlsx").errors == []
    leegstand = say(app, "toezegging 2")
    assert "ma 5 december 2022" in leegstand and "Deadline: voor de zomer 2023" in leegstand
    assert "Portefeuillehouder: Carla Jansen" in say(app, "toezegging 3")  # 'mevrouw C. Jansen'
    assert "Deadline: onbekend (P.M.)" in say(app, "toezegging 3")
    closed = say(app, "toezegging 4")  # from the 'Afgedaan' sheet
    assert "Status: afgedaan" in closed and "Ambtelijk eigenaar: Pieter de Graaf" in closed
    report = run(app, TOEZEGGINGEN, DATA / "pc_bijlage_toezeggingen.csv")
    assert report.incomplete == 2 and report.ignored == ["Programma"]
    fonds = say(app, "toezegging 22")
    assert "Uitwerking van de kaders voor het fonds Wonen" in fonds and "Deadline: Q3 2027" in fonds
    incomplete = say(app, "toezeggingen onvolledig")
    assert "22 · Uitwerking" in incomplete and "1324 · Rapportage" in incomplete
