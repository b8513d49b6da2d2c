"""`samenspel import` and `samenspel export` as a user runs them in a terminal."""
from __future__ import annotations

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import termios
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
    assert dry.stderr == ""  # not a terminal: no progress bar, so no carriage returns in a log
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
    rows[2][3] = "31-02-2026"
    out = _run(tmp_path, "import", "moties", str(xlsx(tmp_path / "m.xlsx", MOTIE_HEADINGS, rows)))
    assert out.returncode == 1
    assert "rij 4: Datum: '31-02-2026' is geen bestaande datum (datumnotatie DMY)" in out.stdout
    assert "1 rij niet te lezen; er is niets geïmporteerd." in out.stdout
    missing = _run(tmp_path, "export", "ics", str(tmp_path / "x.ics"), "--persoon", "Nobody Known")
    assert missing.returncode == 2 and "ken ik niet" in missing.stderr


def test_the_progress_bar_shows_at_a_terminal_and_when_asked_never_in_a_pipe(tmp_path: Path) -> None:
    with_demo(tmp_path)
    source = xlsx(tmp_path / "moties.xlsx", MOTIE_HEADINGS, MOTIE_ROWS)
    piped = _run(tmp_path, "import", "moties", str(source), "--dry-run")
    assert piped.returncode == 0 and piped.stderr == ""
    assert not re.search(r"[\r\x1b]", piped.stdout)  # the report itself is plain lines
    asked = _run(tmp_path, "import", "moties", str(source), "--dry-run", "--voortgang")
    assert asked.returncode == 0 and "moties.xlsx: 100%" in asked.stderr and "4/4" in asked.stderr
    # stderr a terminal, as for a person at the command line (stdout stays a pipe: the report is read there).
    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a terminal 100 columns wide
    process = subprocess.Popen([*SAMENSPEL, "import", "moties", str(source), "--dry-run"], stdout=subprocess.PIPE,
                               stderr=side, env=_env(tmp_path), cwd=tmp_path, text=True)
    os.close(side)
    shown = b""
    while select.select([main], [], [], 60)[0]:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal is gone with the process
            break
        if not chunk:
            break
        shown += chunk
    report, _ = process.communicate(timeout=60)
    os.close(main)
    assert process.returncode == 0 and "4 nieuw" in report
    assert "moties.xlsx: 100%" in shown.decode() and "4/4" in shown.decode()
