"""Benchmark: the Dutch deadline layer against plain dateparser on cases.tsv.

Run with `.venv/bin/python bench/deadlines.py`. Prints the share of rows each gets right and the
median and p99 time per phrase, measured in the same run after a warm-up of both.
"""
from __future__ import annotations

import csv
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import dateparser

from handlers.deadlines import load_calendar, parse_deadline

REPO_ROOT = Path(__file__).resolve().parents[1]
ROUNDS = 5

Row = dict[str, str]


def data_file(name: str) -> Path:
    shared = (REPO_ROOT / ".." / "shared" / "deadlines" / name).resolve()
    return shared if shared.is_file() else REPO_ROOT / "tests" / "unit" / "deadlines" / "data" / name


def layer_correct(row: Row) -> bool:
    result = parse_deadline(row["phrase"], dt.date.fromisoformat(row["today"]), CALENDAR)
    got = (result.kind.value, result.due.isoformat() if result.due else "", result.precision or "")
    # For an error row only the kind matters: there is no due date or precision to compare.
    return got[0] == "error" if row["kind"] == "error" else got == (row["kind"], row["due"], row["precision"])


def plain_correct(row: Row) -> bool:
    today = dt.datetime.fromisoformat(row["today"])
    settings = {"DATE_ORDER": "DMY", "RELATIVE_BASE": today, "PREFER_DATES_FROM": "future"}
    found = dateparser.parse(row["phrase"], languages=["nl", "en"], settings=settings)
    # Plain dateparser has no kinds: it is right only where a due date is expected and found.
    return row["kind"] == "date" and found is not None and found.date().isoformat() == row["due"]


def measure(check: Callable[[Row], bool], rows: list[Row]) -> tuple[float, float, float]:
    for row in rows:  # warm-up: caches, lazy imports, compiled patterns
        check(row)
    times: list[float] = []
    correct = 0
    for _ in range(ROUNDS):
        correct = 0
        for row in rows:
            start = time.perf_counter()
            correct += check(row)
            times.append(time.perf_counter() - start)
    times.sort()
    p99 = times[min(len(times) - 1, int(0.99 * len(times)))]
    return correct / len(rows), statistics.median(times), p99


CALENDAR = load_calendar(data_file("calendar.yaml"))


def main() -> None:
    with data_file("cases.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    print(f"{len(rows)} rows from {data_file('cases.tsv')}, {ROUNDS} rounds each")
    print(f"{'parser':<22}{'correct':>9}{'median µs':>12}{'p99 µs':>10}")
    for name, check in (("Dutch deadline layer", layer_correct), ("plain dateparser", plain_correct)):
        share, median, p99 = measure(check, rows)
        print(f"{name:<22}{share:>8.1%}{median * 1e6:>12.0f}{p99 * 1e6:>10.0f}")


if __name__ == "__main__":
    main()
