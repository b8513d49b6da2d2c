"""Benchmark: importing a generated 10,000-row moties list (xlsx) into a fresh SQLite database.

Run with `.venv/bin/python bench/import.py [ROWS]`. Prints the time and rows per second to import, to re-import
the same file (every row matched on number, nothing changed) and to export it again, and the peak memory of a
dry-run of the same file measured with tracemalloc (the rows are streamed, so it stays flat as the list grows).
"""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from openpyxl import Workbook

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT))

from bot.startup import open_app  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from storage.exporters.xlsx import export_list  # noqa: E402
from storage.importers.kinds import MOTIES  # noqa: E402
from storage.importers.run import ImportOptions, import_file  # noqa: E402

HEADINGS = ["Nummer", "Onderwerp", "Datum", "Portefeuillehouder", "Ambtelijk eigenaar", "Deadline", "Status",
            "Stand van zaken", "Fracties"]
PEOPLE = ["Anna de Vries", "Bram Kuipers", "Carla Jansen", "Dirk Hoekstra"]
OWNERS = ["Hans Bakker", "Ingrid de Boer", "Jeroen Meijer", ""]
TERMIJNEN = ["Q2 2027", "voor de zomer", "P.M.", "", "1 maart 2027", dt.datetime(2027, 1, 15)]


def generate(path: Path, rows: int) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADINGS)
    for i in range(1, rows + 1):
        sheet.append([
            f"M2026-{i:04d}", f"Motie {i} over het provinciale beleid", dt.datetime(2026, 1 + i % 11, 1 + i % 27),
            PEOPLE[i % 4], OWNERS[i % 4], TERMIJNEN[i % len(TERMIJNEN)], "Aangenomen" if i % 5 else "Verworpen",
            "In uitvoering" if i % 3 else "", "Groen, VVD",
        ])
    book.save(path)


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        source, out = Path(folder) / "moties.xlsx", Path(folder) / "export.xlsx"
        generate(source, rows)
        settings = Settings(DATABASE_URL=f"sqlite:///{Path(folder) / 'bench.db'}")  # type: ignore[call-arg]
        app = open_app(settings, FixedClock(dt.datetime(2026, 11, 23, 10, tzinfo=TIMEZONE)))
        try:
            for label in ("import", "re-import"):
                start = time.perf_counter()
                report = import_file(app.uow_factory, app.clock, app.calendar, MOTIES, source, ImportOptions())
                took = time.perf_counter() - start
                assert not report.errors, report.errors[:3]
                print(f"{label:10s} {rows} rows: {took:6.2f} s, {rows / took:5.0f} rows/s  ({report.created} nieuw, "
                      f"{report.updated} gewijzigd, {report.unchanged} ongewijzigd)")
            # tracemalloc slows Python down several times: measured on its own run, not on the timed ones.
            tracemalloc.start()
            report = import_file(app.uow_factory, app.clock, app.calendar, MOTIES, source, ImportOptions(dry_run=True))
            _size, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            assert not report.errors, report.errors[:3]
            print(f"dry-run    {rows} rows: peak {peak / 2**20:5.1f} MB (tracemalloc)")
            start = time.perf_counter()
            with app.uow_factory() as uow:
                count = export_list(uow, "moties", out, app.clock.now().date())
            print(f"export     {count} rows: {time.perf_counter() - start:6.2f} s")
        finally:
            app.close()


if __name__ == "__main__":
    main()
