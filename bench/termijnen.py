"""The termijn finder inside real sentences: is the proposed due date the one the sentence means?

Run: .venv/bin/python bench/termijnen.py [--toon-toets]

Each labelled termijn is read in its whole sentence, on the day the sentence was said (`datum`), through the one
finder that listening, `verslag`, import and `samenspel deadline --in-tekst` use. Right means: the proposal's due
date is the labelled one (z.s.m.: a z.s.m. proposal). Promises without a termijn count as wrong when the finder
proposes one anyway (a meeting date or update stamp taken as the termijn).
"""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import Row, calendar, expected_due, run_benchmark, said_on  # noqa: E402
from handlers.deadlines.finder import FoundTermijn, find_termijnen, proposal  # noqa: E402
from handlers.deadlines.model import DeadlineKind  # noqa: E402

CALENDAR = calendar()


def found(row: Row) -> FoundTermijn | None:
    return proposal(find_termijnen(row["zin"], said_on(row), CALENDAR))


def right(row: Row, want: dt.date | str) -> bool:
    got = found(row)
    if got is None:
        return False
    if want == "asap":
        return got.deadline.kind is DeadlineKind.ASAP
    return got.deadline.due == want


def report(name: str, part: list[Row], show_misses: bool) -> None:
    labelled = [(r, expected_due(r, CALENDAR)) for r in part if r["termijn"].strip()]
    dated = [(r, want) for r, want in labelled if want is not None]
    good = [r for r, want in dated if right(r, want)]
    without = [r for r in part if r["soort"] != "geen" and not r["termijn"].strip()]
    invented = [r for r in without if found(r) is not None]
    print(f"== {name}: {len(dated)} termijnen met een datum ({len(labelled) - len(dated)} zonder: doorlopend, "
          f"onbekend, vaag), {len(without)} beloften zonder termijn")
    share = len(good) / len(dated) if dated else 1.0
    print(f"  goede vervaldatum {share:6.1%} ({len(good)}/{len(dated)}); "
          f"een termijn bedacht bij {len(invented)}/{len(without)} beloften zonder termijn")
    if show_misses:
        for r, want in dated:
            if r not in good:
                got = found(r)
                shown = f"{got.phrase!r} → {got.deadline.due}" if got else "niets"
                print(f"  mis: {r['termijn']!r} (gezegd {r['datum'] or '?'}) verwacht {want}, kreeg {shown}: {r['zin']}")
        for r in invented:
            got = found(r)
            assert got is not None
            print(f"  bedacht: {got.phrase!r} → {got.deadline.due}: {r['zin']}")


def main() -> None:
    run_benchmark(__doc__ or "", report, found, "zin")


if __name__ == "__main__":
    main()
