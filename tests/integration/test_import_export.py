"""Importing the lists councils keep (xlsx, csv), exporting them as published, and deadline calendars."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from openpyxl import Workbook, load_workbook

from bot.app import App
from storage.exporters.ics import select, write_ics
from storage.exporters.xlsx import OVERDUE_FILL, export_list
from storage.importers.kinds import MOTIES, TOEZEGGINGEN, ImportKind
from storage.importers.mapping import MappingError, load_mapping
from storage.importers.run import ImportOptions, ImportReport, import_file
from tests.dialogue import say

MOTIE_HEADINGS = ["Motienummer", "Titel", "Dictum", "Datum vergadering", "Indieners", "Fracties", "Status",
                  "Wethouder", "Einddatum"]
MOTIE_ROWS: list[list[Any]] = [
    ["M2026-014", "Veilig fietspad Oosterweg", "verzoekt het college een oversteek te maken",
     dt.datetime(2026, 11, 12), "J. Mulder", "Groen, VVD", "Aangenomen", "Anna de Vries", dt.datetime(2027, 3, 31)],
    ["M2026-015", "Geen windmolens op de dijk", "", dt.datetime(2026, 11, 12), "P. Smit", "BBB", "Verworpen", "", None],
    ["M2026-016", "Meer bankjes langs de Vaart", "", "12-11-2026", "K. de Wit", "CDA", "Aangenomen", "Kuipers", "P.M."],
    ["M2026-017", "Onderzoek naar de veerpont", "", "12-11-2026", "K. de Wit", "CDA", "Aangenomen", "Kuipers",
     "1 oktober 2026"],
]


def xlsx(path: Path, headings: list[str], rows: list[list[Any]], title: str = "Lijst") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    sheet.append(headings)
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def run(app: App, kind: ImportKind, path: Path, **options: Any) -> ImportReport:
    return import_file(app.uow_factory, app.clock, app.calendar, kind, path, ImportOptions(**options))


def test_moties_from_xlsx_with_council_headings(app: App, tmp_path: Path) -> None:
    report = run(app, MOTIES, xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS))
    assert report.errors == [] and report.committed
    assert (report.created, report.updated) == (4, 0)
    shown = say(app, "motie M2026-014")
    assert "Termijn: 31-03-2027 → wo 31 maart 2027" in shown and "Portefeuillehouder: Anna de Vries" in shown
    assert "Dictum     verzoekt het college een oversteek te maken" in shown
    assert "Status: niet gevolgd (verworpen)" in say(app, "motie M2026-015")
    assert "Termijn: onbekend (P.M.)" in say(app, "motie M2026-016")
    assert "1 motie met termijn overschreden." in say(app, "moties verlopen")
    assert "3 moties die openstaan" in say(app, "moties")
    assert "import moties.xlsx · geïmporteerd" in say(app, "motie historie M2026-014")


def test_reimport_updates_instead_of_duplicating_and_is_audited(app: App, tmp_path: Path) -> None:
    run(app, MOTIES, xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS))
    changed = [row[:] for row in MOTIE_ROWS]
    changed[0][8] = dt.datetime(2027, 6, 30)
    report = run(app, MOTIES, xlsx(tmp_path / "moties-v2.xlsx", MOTIE_HEADINGS, changed))
    assert (report.created, report.updated, report.unchanged) == (0, 1, 3)
    assert "4 moties in totaal" in say(app, "moties alle")
    history = say(app, "motie historie M2026-014")
    assert "Termijn: 31-03-2027 (wo 31 maart 2027) → 30-06-2027 (wo 30 juni 2027) — reden: import moties-v2.xlsx rij 2" in history


def test_toezeggingen_from_csv_with_month_first_dates_and_shouting_headings(app: App, tmp_path: Path) -> None:
    path = tmp_path / "portaal.csv"
    path.write_text(
        "NUMMER;ONDERWERP;DATUM TOEZEGGING;PORTEFEUILLEHOUDER;AMBTELIJK EIGENAAR;TERMIJN;STATUS;STAND VAN ZAKEN\n"
        ";Brief over de Wadbrug;11/30/2026;De Vries;hans.bakker@noordwaard.example;12/31/2026;Open;\n"
        "T-2026-001;Raadsinformatiebrief N-weg;11/11/2026;Anna de Vries;Hans Bakker;;Afgedaan;Verstuurd\n"
        ";Kosten veerpont;;Kuipers;;P.M.;;\n",
        encoding="utf-8",
    )
    report = run(app, TOEZEGGINGEN, path, date_format="MDY")
    assert report.errors == []
    assert (report.created, report.updated) == (2, 1)
    new = say(app, "toezegging T-2026-005")
    assert "Brief over de Wadbrug" in new and "Deadline: 31-12-2026 → do 31 december 2026" in new
    assert "Toegezegd in  ma 30 november 2026" in new
    assert "Deadline: onbekend (P.M.)" in say(app, "toezegging T-2026-006")
    assert "Status: afgedaan" in say(app, "toezegging T-2026-001")
    assert "6 toezeggingen in totaal" in say(app, "toezeggingen alle")


def test_a_corrupt_row_means_nothing_is_imported_and_the_rows_are_named(app: App, tmp_path: Path) -> None:
    rows = [row[:] for row in MOTIE_ROWS]
    rows[1][6] = "Misschien later"
    rows[3][3] = "31-02-2026"
    report = run(app, MOTIES, xlsx(tmp_path / "kapot.xlsx", MOTIE_HEADINGS, rows))
    assert not report.committed
    assert [number for number, _ in report.errors] == [3, 5]
    assert "status 'Misschien later' ken ik niet" in report.errors[0][1]
    assert "'31-02-2026' is geen bestaande datum" in report.errors[1][1]
    assert "Geen moties gevonden in totaal." in say(app, "moties alle")


def test_dry_run_shows_what_would_change_and_stores_nothing(app: App, tmp_path: Path) -> None:
    report = run(app, MOTIES, xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS), dry_run=True)
    assert report.created == 4 and not report.committed
    assert report.lines[0].startswith("rij 2: M2026-014 nieuw · Titel: — → Veilig fietspad Oosterweg")
    assert "Geen moties gevonden in totaal." in say(app, "moties alle")


def test_mapping_file_overrides_headings_and_sets_the_date_order(app: App, tmp_path: Path) -> None:
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("kolommen:\n  Wat is toegezegd: titel\n  Wie: eigenaar\n  Bestuurder: portefeuillehouder\n"
                       "  Klaar voor: termijn\ndatumnotatie: MDY\n", encoding="utf-8")
    loaded = load_mapping(mapping)
    overrides, date_format = loaded.columns, loaded.date_format
    path = xlsx(tmp_path / "eigen.xlsx", ["Wat is toegezegd", "Wie", "Bestuurder", "Klaar voor", "Notitie"],
                [["Notitie over de dijk", "Ingrid de Boer", "Carla Jansen", "03/04/2027", "x"]])
    report = run(app, TOEZEGGINGEN, path, overrides=overrides, date_format=date_format)
    assert report.errors == [] and report.ignored == ["Notitie"]
    assert "Deadline: 04-03-2027 → do 4 maart 2027" in say(app, "toezegging T-2026-005")
    (tmp_path / "fout.json").write_text('{"kolommen": {"X": "onzin"}}', encoding="utf-8")
    with pytest.raises(MappingError, match="onbekende velden onzin"):
        load_mapping(tmp_path / "fout.json")


def test_missing_required_column_is_a_file_error(app: App, tmp_path: Path) -> None:
    with pytest.raises(MappingError, match="kolom\\(men\\) nummer niet gevonden"):
        run(app, MOTIES, xlsx(tmp_path / "x.xlsx", ["Titel", "Datum"], [["Iets", "1-1-2026"]]))


def test_export_has_a_sheet_per_status_group_with_overdue_highlighted(app: App, tmp_path: Path) -> None:
    run(app, MOTIES, xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS))
    say(app, "motie afdoening M2026-016 statenbrief 2027-03")
    out = tmp_path / "export.xlsx"
    with app.uow_factory() as uow:
        assert export_list(uow, "moties", out, app.clock.now().date()) == 4
    book = load_workbook(out)
    assert book.sheetnames == ["Openstaand", "Afdoening voorgesteld", "Afgedaan", "Niet opgevolgd"]
    open_sheet = book["Openstaand"]
    rows = list(open_sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("Nummer", "Titel", "Dictum")
    assert [r[0] for r in rows[1:]] == ["M2026-017", "M2026-014"]
    assert open_sheet["A2"].fill.start_color.rgb.endswith(OVERDUE_FILL.start_color.rgb[-6:])
    assert open_sheet["A3"].fill.fill_type is None
    assert open_sheet.column_dimensions["B"].width > 20
    assert book["Afdoening voorgesteld"]["A2"].value == "M2026-016"
    assert book["Niet opgevolgd"]["A2"].value == "M2026-015"
    # What we publish reads back in: the export is a valid import.
    again = run(app, MOTIES, out)
    assert again.errors == [] and again.created == 0


def test_toezeggingen_export_groups_and_leaves_out_confidential(app: App, tmp_path: Path) -> None:
    say(app, "toezegging nieuw Geheim dossier; portefeuillehouder: Kuipers; deadline: Q1 2027; vertrouwelijk")
    say(app, "toezegging afgedaan T-2026-002 commissiebrief 2026-12")
    out = tmp_path / "toezeggingen.xlsx"
    with app.uow_factory() as uow:
        assert export_list(uow, "toezeggingen", out, app.clock.now().date()) == 4
        assert export_list(uow, "toezeggingen", tmp_path / "alles.xlsx", app.clock.now().date(), True) == 5
    book = load_workbook(out)
    assert book.sheetnames == ["Openstaand", "Afdoening voorgesteld", "Afgedaan"]
    assert book["Afgedaan"]["A2"].value == "T-2026-002" and book["Afgedaan"]["B2"].value.startswith("Evaluatie")
    assert all("Geheim" not in str(c.value) for sheet in book for row in sheet.iter_rows() for c in row)


def test_ics_feed_per_person_and_portefeuille(app: App, tmp_path: Path) -> None:
    run(app, MOTIES, xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS))
    out = tmp_path / "anna.ics"
    with app.uow_factory() as uow:
        anna = uow.people.by_email("anna.devries@noordwaard.example")
        found = select(uow, None, anna)
        write_ics(out, found, "Deadlines Anna de Vries", app.clock.now())
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    summaries = sorted(str(e["SUMMARY"]) for e in events)
    assert "Deadline motie M2026-014: Veilig fietspad Oosterweg" in summaries
    assert any(s.startswith("Deadline toezegging T-2026-001") for s in summaries)
    motie = next(e for e in events if "M2026-014" in str(e["SUMMARY"]))
    assert motie.decoded("DTSTART") == dt.date(2027, 3, 31) and str(motie["UID"]) == "motie-M2026-014@samenspel"
