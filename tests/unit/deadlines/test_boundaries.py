"""The deadline layer stays pure: no infrastructure imports, no clock of its own."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import handlers.deadlines as package

PACKAGE_DIR = Path(package.__file__).parent
FORBIDDEN = ("sqlalchemy", "apscheduler", "slack", "slack_sdk", "slack_bolt", "botbuilder")


def test_no_infrastructure_is_imported() -> None:
    code = (
        "import sys, handlers.deadlines\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({FORBIDDEN!r})))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_today_is_always_passed_in() -> None:
    for source in PACKAGE_DIR.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert ".now(" not in text and "date.today(" not in text, source


def test_public_interface() -> None:
    assert {"parse_deadline", "load_calendar", "Calendar", "Deadline", "DeadlineKind", "Precision",
            "is_working_day", "add_working_days", "describe"} <= set(package.__all__)
