"""Where the labelled cases live: the sibling `shared/` folder beside the repository, else our copy."""
from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import NamedTuple

REPO_ROOT = Path(__file__).resolve().parents[3]
SHARED = (REPO_ROOT / ".." / "shared" / "deadlines").resolve()
COPY = Path(__file__).resolve().parent / "data"


def data_file(name: str) -> Path:
    shared = SHARED / name
    return shared if shared.is_file() else COPY / name


class Case(NamedTuple):
    today: dt.date
    phrase: str
    kind: str
    due: dt.date | None
    precision: str | None


def load_cases() -> list[Case]:
    with data_file("cases.tsv").open(encoding="utf-8", newline="") as handle:
        return [
            Case(
                dt.date.fromisoformat(row["today"]),
                row["phrase"],
                row["kind"],
                dt.date.fromisoformat(row["due"]) if row["due"] else None,
                row["precision"] or None,
            )
            for row in csv.DictReader(handle, delimiter="\t")
        ]
