"""The labelled corpus of real council sentences, shared by the recogniser and termijn benchmarks.

`tests/data/listening/corpus.tsv`: one real sentence a row, copied from a public council or Staten document, with
its address (`bron`), the date it was said or written (`datum`), its label (`soort`), the termijn as it stands in
the sentence and the due date that termijn means (`verval`). `deel` splits it by document into an ontwikkel part
(the rules were made on it) and a toets part (never looked at while tuning).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType

from handlers.deadlines import Calendar

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "listening" / "corpus.tsv"
# When a document does not say when it was written, its sentences are read as if today: an import of an old list.
UNDATED = dt.date(2026, 12, 6)
PARTS = ("ontwikkel", "toets")

Row = dict[str, str]

# Every organisation has these moments; their dates differ a little per organisation, so the corpus labels a
# moment by name and year ("moment:begroting 2021") and the benchmark reads it through one typical calendar.
_MOMENT_DATES = {
    "voorjaarsnota": (0, 7, 1), "kadernota": (0, 7, 1), "perspectiefnota": (0, 7, 1), "kaderbrief": (0, 7, 1),
    "begroting": (-1, 11, 10), "programmabegroting": (-1, 11, 10),
    "jaarrekening": (1, 7, 1), "jaarverslag": (1, 7, 1),
    "najaarsnota": (0, 11, 10), "bestuursrapportage": (0, 11, 10), "burap": (0, 11, 10),
    "voorjaarsrapportage": (0, 6, 15),
}


def calendar() -> Calendar:
    moments = {f"{name} {year}": dt.date(year + shift, month, day)
               for name, (shift, month, day) in _MOMENT_DATES.items() for year in range(2000, 2041)}
    return Calendar(MappingProxyType(moments))


def rows(part: str | None = None) -> list[Row]:
    every = list(csv.DictReader(CORPUS.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    return [r for r in every if part is None or r["deel"] == part]


def said_on(row: Row) -> dt.date:
    return dt.date.fromisoformat(row["datum"]) if row["datum"] else UNDATED


def expected_due(row: Row, cal: Calendar) -> dt.date | str | None:
    """The due date the label means, 'asap' for z.s.m., None where the label gives no date to compare."""
    value = row["verval"].strip()
    if value.startswith("moment:"):
        return cal.moments.get(" ".join(value.removeprefix("moment:").lower().split()))
    if value == "asap":
        return "asap"
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None  # doorlopend, onbekend, vaag: no date to be right about


def timed(part: list[Row], run: Callable[[Row], object], what: str) -> None:
    """Median, p99 and max time of `run` per sentence, five rounds over `part`."""
    timings = []
    for row in part * 5:
        start = time.perf_counter()
        run(row)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    print(f"tijd per {what}: mediaan {statistics.median(timings):.2f} ms, p99 {timings[int(len(timings) * 0.99)]:.2f} "
          f"ms, max {timings[-1]:.2f} ms over {len(timings)}")


def run_benchmark(doc: str, report: Callable[[str, list[Row], bool], None], run: Callable[[Row], object],
                  what: str) -> None:
    """Report each part (the toets part's misses only with --toon-toets), then the time per sentence."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--toon-toets", action="store_true", help="print the toets part's misses too")
    args = parser.parse_args()
    for part in PARTS:
        report(part, rows(part), part == "ontwikkel" or args.toon_toets)
    timed(rows(), run, what)
