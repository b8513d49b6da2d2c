"""Precision and recall of the promise recogniser on the labelled sentences, and the time per message.

Run: .venv/bin/python bench/recogniser.py
"""
from __future__ import annotations

import csv
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from handlers.domain.people import Person  # noqa: E402
from handlers.listening.recogniser import DOCUMENT_THRESHOLD, recognise, suggestion  # noqa: E402

LABELLED = Path(__file__).resolve().parent.parent / "tests" / "data" / "listening" / "zinnen.tsv"
TODAY = dt.date(2026, 11, 23)
PEOPLE = [Person(i, name, f"p{i}@noordwaard.nl") for i, name in
          enumerate(("Anna de Vries", "Pieter van de Ven", "Hans Bakker", "Karin Bos", "Lars Dekker"), 1)]


def label_of(sentence: str) -> str:
    found = [c for c in recognise(sentence, TODAY, PEOPLE) if c.confidence >= DOCUMENT_THRESHOLD]
    return found[0].soort.value if found else "geen"


def main() -> None:
    every = list(csv.DictReader(LABELLED.read_text(encoding="utf-8").splitlines(), delimiter="\t"))
    for part, rows in (("ontwikkelset (regels hierop gemaakt)", [r for r in every if r["deel"] == "ontwikkel"]),
                       ("toetsset (na de regels geschreven, niet op afgesteld)", [r for r in every if r["deel"] == "toets"])):
        print(f"== {part}")
        report(rows)
    timing(every)


def report(rows: list[dict[str, str]]) -> None:
    kinds = sorted({r["soort"] for r in rows} - {"geen"})
    predicted = [(r["soort"], label_of(r["zin"])) for r in rows]
    print(f"{len(rows)} gelabelde zinnen ({LABELLED.relative_to(Path.cwd()) if LABELLED.is_relative_to(Path.cwd()) else LABELLED})")
    for kind in (*kinds, "alle"):
        match = (lambda label: label != "geen") if kind == "alle" else (lambda label, k=kind: label == k)
        tp = sum(1 for truth, guess in predicted if match(truth) and match(guess) and (kind != "alle" or truth == guess))
        fp = sum(1 for truth, guess in predicted if match(guess) and not (match(truth) and (kind != "alle" or truth == guess)))
        fn = sum(1 for truth, guess in predicted if match(truth) and not (match(guess) and (kind != "alle" or truth == guess)))
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"  {kind:<11} precisie {precision:6.1%}  recall {recall:6.1%}  (tp {tp}, fp {fp}, fn {fn})")
    for truth, (row, (_t, guess)) in zip((r["soort"] for r in rows), zip(rows, predicted)):
        if truth != guess:
            print(f"  mis: verwacht {truth:<10} kreeg {guess:<10} {row['zin']}")


def timing(rows: list[dict[str, str]]) -> None:
    timings = []
    for _round in range(20):
        for row in rows:
            start = time.perf_counter()
            suggestion(row["zin"], TODAY, PEOPLE, None, PEOPLE[0])
            timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    print(f"tijd per bericht (kanaal-luisteraar): mediaan {statistics.median(timings):.2f} ms, "
          f"p99 {timings[int(len(timings) * 0.99)]:.2f} ms, max {timings[-1]:.2f} ms over {len(timings)} berichten")


if __name__ == "__main__":
    main()
