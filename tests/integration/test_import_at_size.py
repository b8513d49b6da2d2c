"""Importing at size (issue 30): 10,000 rows streamed in bounded memory with progress, iBabs' month-first dates
recognised per column, and a portefeuillehouder who is not in the registry kept as written."""
from __future__ import annotations

import csv
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from bot.app import App
from bot.cli.lists import report_lines
from storage.importers.kinds import TOEZEGGINGEN
from storage.importers.limits import ImportLimits
from storage.importers.run import ImportOptions, ImportReport, import_file
from storage.importers.sheet import SheetError, read_table
from tests.dialogue import say

MB = 1024 * 1024
HEADINGS = ["Nummer", "Onderwerp", "Datum", "Portefeuillehouder", "Ambtelijk eigenaar", "Termijn", "Stand van zaken"]
# The header of an old iBabs portal's toezeggingen export (tests/data/imports/ibabs_oud_toezeggingen.csv).
IBABS = ["ID", "Onderwerp", "Toezegging", "Datum", "Portefeuillehouder", "Ambtenaar", "Einddatum", "Status", "Afgedaan",
         "Datum afdoening", "Toelichting"]


def _csv(path: Path, headings: list[str], rows: Any) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headings)
        writer.writerows(rows)
    return path


def _rows(count: int) -> Any:
    """Generated, never held: the file is written row by row too."""
    for n in range(count):
        yield [f"T-2027-{n:05d}", f"Toezegging {n} over het provinciale beleid", f"{1 + n % 28}-{1 + n % 12}-2026",
               ("De Vries", "Kuipers", "Jansen")[n % 3], "Bakker", ("Q3 2027", "voor de zomer", "P.M.", "1-3-2027")[n % 4],
               "loopt volgens planning" if n % 2 else ""]


def _import(app: App, path: Path, **options: Any) -> ImportReport:
    return import_file(app.uow_factory, app.clock, app.calendar, TOEZEGGINGEN, path, ImportOptions(**options))


@pytest.mark.timeout(400)
def test_10000_rows_import_with_progress_in_bounded_memory(app: App, tmp_path: Path) -> None:
    path = _csv(tmp_path / "groot.csv", HEADINGS, _rows(10_000))
    calls: list[tuple[int, int]] = []
    tracemalloc.start()
    try:
        report = import_file(app.uow_factory, app.clock, app.calendar, TOEZEGGINGEN, path,
                             ImportOptions(limits=app.settings.import_limits), lambda done, total: calls.append((done, total)))
        _size, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.errors == [] and report.committed and report.created == 10_000
    # The rows are counted before the first is imported, so the progress knows its end from the start.
    assert calls[0] == (1, 10_000) and calls[-1] == (10_000, 10_000) and len(calls) == 10_000
    assert peak < 100 * MB, f"peak {peak / MB:.0f} MB"
    assert "T-2027-09999 · Toezegging 9999 over het provinciale beleid" in say(app, "toezegging T-2027-09999")
    assert "Portefeuillehouder: Bram Kuipers" in say(app, "toezegging T-2027-09997")


def test_the_row_limit_setting_holds_at_its_value_and_stops_one_past_it(tmp_path: Path) -> None:
    limits = ImportLimits(max_rows=10_000)
    assert read_table(_csv(tmp_path / "precies.csv", HEADINGS, _rows(10_000)), limits).count == 10_000
    with pytest.raises(SheetError, match="heeft meer dan 10.000 rijen"):
        read_table(_csv(tmp_path / "een-te-veel.csv", HEADINGS, _rows(10_001)), limits)


def _ibabs(path: Path, dates: list[tuple[str, str, str]]) -> Path:
    """iBabs rows with (Datum, Einddatum, Datum afdoening) as the portal writes them."""
    rows = [[f"ID{n}", f"Onderwerp {n}", f"De gedeputeerde zegt toe {n}", datum, "gedeputeerde De Vries", "H. Bakker",
             eind, "Afgedaan" if afgedaan else "In behandeling", "x" if afgedaan else "", afgedaan, ""]
            for n, (datum, eind, afgedaan) in enumerate(dates, start=1)]
    return _csv(path, IBABS, rows)


def test_ibabs_month_first_dates_are_recognised_per_column_without_a_date_format(app: App, tmp_path: Path) -> None:
    path = _ibabs(tmp_path / "ibabs.csv", [("3/19/2019", "6/30/2020", ""), ("4/5/2019", "4/5/2021", "11/2/2020")])
    report = _import(app, path, dry_run=True)
    lines = report_lines(report, "ibabs.csv", True)
    assert "kolom 'Datum': datums maand-eerst (zoals 3/19/2019), herkend aan de waarden" in lines
    assert "kolom 'Einddatum': datums maand-eerst (zoals 6/30/2020), herkend aan de waarden" in lines
    # 'Datum afdoening' only holds 11/2/2020: either order; read day first as before, said once, with the way out.
    ambiguous = [line for line in lines if "eerst" in line and "Datum afdoening" in line]
    assert ambiguous == ["kolom 'Datum afdoening': elke datum kan dag-eerst én maand-eerst zijn; gelezen als dag-eerst "
                         "(11/2/2020 = 11 februari 2020). Maand-eerst bedoeld? Geef --date-format MDY (of "
                         "'datumnotatie: MDY' in de mapping); let op: in dit bestand zijn 'Datum', 'Einddatum' maand-eerst"]
    assert report.errors == []
    _import(app, path)
    first, second = say(app, "toezegging ID1"), say(app, "toezegging ID2")
    assert "di 19 maart 2019" in first and "Deadline: 30-06-2020 → di 30 juni 2020" in first
    # 4/5/2019 in a month-first column is 5 April, not 4 May.
    assert "vr 5 april 2019" in second and "Deadline: 05-04-2021 → ma 5 april 2021" in second
    assert "Datum afdoening     di 11 februari 2020" in second
    # Forcing the order is still one option away, and wins over what the values show.
    _import(app, path, date_format="MDY")
    assert "Datum afdoening     ma 2 november 2020" in say(app, "toezegging ID2")
    refused = _import(app, path, date_format="DMY", dry_run=True)
    assert "'3/19/2019' is geen bestaande datum (datumnotatie DMY)" in refused.errors[0][1]


def test_day_first_values_keep_a_column_day_first_and_mixed_orders_name_the_rows(app: App, tmp_path: Path) -> None:
    path = _ibabs(tmp_path / "nl.csv", [("19-3-2019", "30-6-2020", "13-2-2020"), ("4-5-2019", "4-5-2021", "1-2-2020")])
    report = _import(app, path)
    assert report.errors == [] and report.date_notes == []  # every column shows day first: nothing to say
    assert "za 4 mei 2019" in say(app, "toezegging ID2")
    mixed = _ibabs(tmp_path / "gemengd.csv", [("3/19/2019", "", ""), ("19/3/2019", "", "")])
    report = _import(app, mixed, dry_run=True)
    # One value can only be month first, another only day first: no guess; the row that does not fit says so.
    assert [number for number, _message in report.errors] == [2]
    assert "'3/19/2019' is geen bestaande datum" in report.errors[0][1]


def test_a_portefeuillehouder_not_in_the_registry_is_imported_as_onvolledig_with_the_name_as_written(
    app: App, tmp_path: Path
) -> None:
    path = _csv(tmp_path / "namen.csv", HEADINGS, [
        ["T-2027-801", "Brief over de veerpont", "12-11-2026", "wethouder Van Dam", "Bakker", "Q3 2027", ""],
        ["T-2027-802", "Notitie over bankjes", "12-11-2026", "Kuipres", "Bakker", "Q3 2027", ""],
        ["T-2027-803", "Overzicht buurtbussen", "12-11-2026", "De Vries", "M. Pietersen", "Q3 2027", ""],
    ])
    report = _import(app, path)
    assert report.errors == [] and report.created == 3 and report.incomplete == 3  # imported, none left out
    lines = report_lines(report, "namen.csv", False)
    named = [line for line in lines if "staat niet in het register" in line]
    assert named[0].startswith("rij 2: T-2027-801: portefeuillehouder 'wethouder Van Dam' staat niet in het register")
    assert named[1] == ("rij 3: T-2027-802: portefeuillehouder 'Kuipres' staat niet in het register (bedoel je "
                        "Bram Kuipers (bram.kuipers@noordwaard.example)?)")
    assert named[2].startswith("rij 4: T-2027-803: ambtelijk eigenaar 'M. Pietersen' staat niet in het register")
    assert ("3 rijen met een naam die niet in het register staat: geïmporteerd als onvolledig, met de naam zoals "
            "geschreven. Vul aan met 'toezegging wijzig <nummer> portefeuillehouder: <naam>', of zet de naam onder "
            "'namen:' in de mapping en importeer opnieuw") in lines
    # The item and the lists show who the list meant.
    assert "Portefeuillehouder: wethouder Van Dam (niet in het register)" in say(app, "toezegging T-2027-801")
    onvolledig = say(app, "toezeggingen onvolledig")
    assert "T-2027-801 · Brief over de veerpont" in onvolledig
    assert "portefeuillehouder wethouder Van Dam niet in het register" in onvolledig
    assert "M. Pietersen (niet in het register)" in onvolledig
    # Importing the same list again changes nothing.
    again = _import(app, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    # Fixed with the ordinary command: the person from the registry replaces the name, and the history says so.
    changed = say(app, "toezegging wijzig T-2027-801 portefeuillehouder: Kuipers")
    assert "Portefeuillehouder: Bram Kuipers" in changed and "niet in het register" not in changed
    assert "wethouder Van Dam (niet in het register) → Bram Kuipers" in say(app, "toezegging historie T-2027-801")
    assert "T-2027-801" not in say(app, "toezeggingen onvolledig")
    # Re-importing the list afterwards does not undo the fix.
    assert _import(app, path).unchanged == 3
    assert "Portefeuillehouder: Bram Kuipers" in say(app, "toezegging T-2027-801")


def test_a_motie_and_an_export_keep_the_name_as_written(app: App, tmp_path: Path) -> None:
    from storage.exporters.xlsx import export_list
    from storage.importers.kinds import MOTIES

    path = _csv(tmp_path / "moties.csv", ["Motienummer", "Titel", "Portefeuillehouder"],
                [["M2027-001", "Schoolroutes", "gedeputeerde Wolters"]])
    report = import_file(app.uow_factory, app.clock, app.calendar, MOTIES, path, ImportOptions())
    assert report.errors == [] and report.created == 1
    assert [(row, field, written) for row, _n, field, written, _r in report.unknown_names] == [
        (2, "portefeuillehouder", "gedeputeerde Wolters")]
    assert "Portefeuillehouder: gedeputeerde Wolters (niet in het register)" in say(app, "motie M2027-001")
    out = tmp_path / "uit.xlsx"
    with app.uow_factory() as uow:
        export_list(uow, "moties", out, app.clock.now().date())
    back = import_file(app.uow_factory, app.clock, app.calendar, MOTIES, out, ImportOptions())
    assert back.errors == [] and back.updated == 0 and back.created == 0
