"""`samenspel import` and `samenspel export` as a user runs them in a terminal."""
from __future__ import annotations

import subprocess
from pathlib import Path

from icalendar import Calendar
from openpyxl import load_workbook

from tests.integration.test_import_export import MOTIE_HEADINGS, MOTIE_ROWS, xlsx
from tests.scenarios.test_cli import SAMENSPEL, _env, with_demo


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*SAMENSPEL, *args], capture_output=True, text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path)


def test_import_dry_run_then_import_then_export_and_ics(tmp_path: Path) -> None:
    with_demo(tmp_path)
    source = xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS)
    dry = _run(tmp_path, "import", "moties", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "rij 2: M2026-014 nieuw" in dry.stdout
    assert "zou importeren (dry-run, niets opgeslagen): 4 nieuw, 0 gewijzigd, 0 ongewijzigd." in dry.stdout
    assert "(4/4 rijen)" in dry.stderr  # the progress bar
    done = _run(tmp_path, "import", "moties", str(source), "--as", "karin.bos@noordwaard.example")
    assert "moties.xlsx: geïmporteerd: 4 nieuw" in done.stdout
    again = _run(tmp_path, "import", "moties", str(source))
    assert "0 nieuw, 0 gewijzigd, 4 ongewijzigd" in again.stdout
    export = _run(tmp_path, "export", "moties", str(tmp_path / "uit.xlsx"))
    assert export.returncode == 0 and "5 moties geschreven" in export.stdout  # 4 imported + the demo motie
    assert load_workbook(tmp_path / "uit.xlsx").sheetnames[0] == "Openstaand"
    ics = _run(tmp_path, "export", "ics", str(tmp_path / "kuipers.ics"), "--portefeuille", "Kuipers")
    assert ics.returncode == 0, ics.stderr
    events = Calendar.from_ical((tmp_path / "kuipers.ics").read_bytes()).walk("VEVENT")
    assert any("M2026-017" in str(e["SUMMARY"]) for e in events)


def test_a_bad_row_is_reported_with_its_number_and_exit_code(tmp_path: Path) -> None:
    with_demo(tmp_path)
    rows = [row[:] for row in MOTIE_ROWS]
    rows[2][7] = "Kuipres"
    out = _run(tmp_path, "import", "moties", str(xlsx(tmp_path / "m.xlsx", MOTIE_HEADINGS, rows)))
    assert out.returncode == 1
    assert "rij 4: Portefeuillehouder: 'Kuipres' ken ik niet. Bedoel je: Bram Kuipers" in out.stdout
    assert "1 rij niet te lezen; er is niets geïmporteerd." in out.stdout
    missing = _run(tmp_path, "export", "ics", str(tmp_path / "x.ics"), "--persoon", "Nobody Known")
    assert missing.returncode == 2 and "ken ik niet" in missing.stderr
