"""iCalendar import: a weekly GS series with a cancelled week (EXDATE) and a moved week (RECURRENCE-ID)."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from bot.app import App
from handlers.domain.agenda import Soort
from storage.importers.agenda_ics import guess_soort, read_meetings, store_meetings
from tests.dialogue import say

ICS = Path(__file__).resolve().parents[1] / "data" / "college.ics"
ROOT = Path(__file__).resolve().parents[2]


def _read() -> list[tuple[str, str, dt.date, dt.time | None]]:
    found = read_meetings(ICS.read_bytes(), dt.date(2026, 11, 23), dt.date(2027, 6, 30), 5)
    assert found.overgeslagen == ["Kerstborrel"]
    return [(v.soort.value, v.naam, v.datum, v.tijd) for v in found.vergaderingen]


def test_series_with_exdate_and_moved_occurrence() -> None:
    meetings = _read()
    gs_days = [day for soort, _naam, day, _t in meetings if soort == "college"]
    assert gs_days == [dt.date(2026, 12, 1), dt.date(2026, 12, 8), dt.date(2026, 12, 16), dt.date(2026, 12, 22), dt.date(2027, 1, 5)]
    assert dt.date(2026, 12, 29) not in gs_days  # EXDATE: cancelled
    assert ("college", "Vergadering Gedeputeerde Staten (verplaatst)", dt.date(2026, 12, 16), dt.time(14, 0)) in meetings
    assert ("po", "PO Economie extra", dt.date(2026, 12, 3), dt.time(10, 0)) in meetings


def test_soort_is_recognised_from_the_title() -> None:
    assert guess_soort("Collegevergadering B&W") is Soort.COLLEGE
    assert guess_soort("Vergadering Gedeputeerde Staten") is Soort.COLLEGE
    assert guess_soort("PO Mobiliteit") is Soort.PO
    assert guess_soort("Portefeuillehoudersoverleg Water") is Soort.PO
    assert guess_soort("Kerstborrel") is None


def test_import_is_stored_and_a_reimport_updates_instead_of_doubling(app: App) -> None:
    found = read_meetings(ICS.read_bytes(), dt.date(2026, 11, 23), dt.date(2027, 6, 30), 5)
    first = store_meetings(app.uow_factory, found.vergaderingen)
    again = store_meetings(app.uow_factory, found.vergaderingen)
    assert [v.id for v in first] == [v.id for v in again]
    moved = next(v for v in first if v.datum == dt.date(2026, 12, 16))
    assert moved.sleutel == "ical:gs-wekelijks@noordwaard.example:2026-12-15"
    assert moved.stukken_deadline == dt.date(2026, 12, 9)
    answer = say(app, f"vergadering {moved.id}")
    assert "Vergadering Gedeputeerde Staten (verplaatst) · wo 16 december 2026 14:00" in answer


def test_command_line_imports_a_file(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'ics.db'}", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-m", "bot.cli", "agenda", "import", str(ICS), "--van", "2026-11-23", "--tot", "2027-06-30"],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert "6 vergaderingen geïmporteerd." in done.stdout
    assert "Overgeslagen (geen PO of college; gebruik --soort): Kerstborrel" in done.stdout
    missing = subprocess.run(
        [sys.executable, "-m", "bot.cli", "agenda", "import", str(tmp_path / "nee.ics")],
        capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path,
    )
    assert missing.returncode == 1 and "nee.ics bestaat niet. Controleer de naam en de map." in missing.stderr  # like every file


def test_command_line_runs_one_announcement_sweep_to_the_console(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'sweep.db'}", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
           "SAMENSPEL_AGENDA_CHANNEL": "console"}
    command = [sys.executable, "-m", "bot.cli", "agenda", "aankondigen", "--now", "2026-11-30T09:15"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "[console] Agenda GS · di 1 december 2026 10:00" in done.stdout
    assert "2 aankondigingen verstuurd." in done.stdout
    again = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert "geen aankondigingen verstuurd." in again.stdout


def test_command_line_names_imported_meetings_that_double_the_fixed_rooster(tmp_path: Path) -> None:
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'dubbel.db'}", "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    command = [sys.executable, "-m", "bot.cli", "agenda", "import", str(ICS), "--van", "2026-11-23", "--tot", "2027-06-30"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # The default rooster has GS on Tuesdays: four of the imported GS meetings fall on those days; 16 December does not.
    assert "Let op: 4 geïmporteerde vergaderingen vallen op dezelfde dag als een vergadering uit het vaste rooster" in done.stdout
    assert "(college): Vergadering Gedeputeerde Staten · di 1 december 2026 09:30; " in done.stdout
    assert "zet het vaste rooster dan uit: SAMENSPEL_AGENDA_COLLEGE= (leeg)" in done.stdout
    without = subprocess.run(command, capture_output=True, text=True, timeout=60, cwd=tmp_path,
                             env={**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'los.db'}", "SAMENSPEL_AGENDA_COLLEGE": ""})
    assert without.returncode == 0, without.stderr
    assert "Let op" not in without.stdout
