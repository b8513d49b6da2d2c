"""`samenspel deadline`: run() with a phrase or a TSV batch, one JSON object per line."""
from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from bot.cli import deadline
from bot.cli.common import reported
from bot.settings import load_settings
from tests.unit.deadlines.data_files import data_file

CALENDAR = str(data_file("calendar.yaml"))


def run(argv: list[str], default_calendar: str | None = CALENDAR) -> int:
    parser = argparse.ArgumentParser(prog="samenspel deadline")
    deadline.add_arguments(parser)
    args = parser.parse_args(argv)
    return reported(lambda: deadline.run(args, default_calendar, load_settings().asap_days))


def output(capsys: pytest.CaptureFixture[str]) -> list[dict[str, str | None]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_one_phrase(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["voor de zomer", "--today", "2026-11-23"]) == 0
    assert output(capsys) == [{"text": "voor de zomer", "kind": "date", "due": "2027-07-09", "precision": "moment"}]


def test_today_defaults_to_now(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["Q2 2027"]) == 0
    assert output(capsys)[0]["due"] == "2027-06-30"


def test_calendar_option_wins_over_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "ander.yaml"
    other.write_text("momenten:\n  begroting 2028: 2027-10-01\n", encoding="utf-8")
    assert run(["bij de begroting 2028", "--today", "2026-11-23", "--calendar", str(other)]) == 0
    assert output(capsys)[0]["due"] == "2027-10-01"


def test_no_calendar_makes_moments_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["bij de begroting 2028", "--today", "2026-11-23"], default_calendar=None) == 0
    assert output(capsys)[0]["kind"] == "error"


def test_unreadable_calendar_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["Q2 2027", "--calendar", str(tmp_path / "weg.yaml")]) == 2
    assert "weg.yaml" in capsys.readouterr().err


def test_batch_keeps_order_and_reports_errors_as_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "batch.tsv"
    batch.write_text(
        "today\tphrase\tnote\n"
        "2026-11-23\tQ2 2027\tx\n"
        "2026-11-23\tblabla\t\n"
        "gisteren\tQ2 2027\t\n"
        "2026-11-23\tdoorlopend\t\n"
        "2027-08-15\tvoor de zomer\t\n",
        encoding="utf-8",
    )
    assert run(["--batch", str(batch)]) == 0
    rows = output(capsys)
    assert [r["kind"] for r in rows] == ["date", "error", "error", "continuous", "date"]
    assert rows[0]["due"] == "2027-06-30" and rows[4]["due"] == "2028-06-30"
    assert rows[3] == {"text": "doorlopend", "kind": "continuous", "due": None, "precision": None}


def test_batch_of_all_cases(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["--batch", str(data_file("cases.tsv"))]) == 0
    rows = output(capsys)
    assert len(rows) >= 104 and rows[0]["text"] == "1 maart 2027"


def test_batch_without_the_columns_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = tmp_path / "batch.tsv"
    batch.write_text("datum\ttekst\n2026-11-23\tQ2\n", encoding="utf-8")
    assert run(["--batch", str(batch)]) == 2
    assert "today" in capsys.readouterr().err


def test_no_phrase_and_no_batch(capsys: pytest.CaptureFixture[str]) -> None:
    assert run([]) == 2


def test_asap_days_from_the_environment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("SAMENSPEL_ASAP_DAYS", "3")
    assert run(["zsm", "--today", "2026-11-23"]) == 0
    assert output(capsys)[0]["due"] == "2026-11-26"
