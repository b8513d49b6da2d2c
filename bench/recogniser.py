"""Precision and recall of the promise recogniser on real council sentences, and the time per message.

Run: .venv/bin/python bench/recogniser.py [--toon-toets]

A promise is any sentence labelled toezegging, motie or actiepunt; precision and recall count a sentence as found
when the recogniser proposes it at all (the kind is reported apart). The misses of the ontwikkel part are printed
to work on; the toets part's only with --toon-toets, which is for a final check, not for tuning.
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import Row, calendar, run_benchmark, said_on  # noqa: E402
from handlers.domain.people import Person  # noqa: E402
from handlers.listening.recogniser import DOCUMENT_THRESHOLD, recognise, suggestion  # noqa: E402

PEOPLE = [Person(i, name, f"p{i}@noordwaard.nl") for i, name in
          enumerate(("Anna de Vries", "Pieter van de Ven", "Hans Bakker", "Karin Bos", "Lars Dekker"), 1)]
CALENDAR = calendar()


def label_of(row: Row) -> str:
    found = [c for c in recognise(row["zin"], said_on(row), PEOPLE, CALENDAR) if c.confidence >= DOCUMENT_THRESHOLD]
    return found[0].soort.value if found else "geen"


# 'wie' labels that name a person ("wethouder Oosters", "Kees Arendz"): is that surname what the bot says?
_TITLES = frozenset({"wethouder", "gedeputeerde", "burgemeester", "de", "van", "het", "college", "staten", "gs",
                     "voorzitter", "griffie", "griffier"})


def named_surname(row: Row) -> str:
    words = [w for w in re.findall(r"[A-Z][\w'-]+", row["wie"]) if w.lower() not in _TITLES]
    return words[-1].lower() if words else ""


def who_right(row: Row) -> bool:
    found = [c for c in recognise(row["zin"], said_on(row), PEOPLE, CALENDAR) if c.confidence >= DOCUMENT_THRESHOLD]
    return bool(found) and named_surname(row) in found[0].who.lower()


def report(name: str, part: list[Row], show_misses: bool) -> None:
    guesses = [(r, label_of(r)) for r in part]
    tp = sum(1 for r, g in guesses if r["soort"] != "geen" and g != "geen")
    fp = sum(1 for r, g in guesses if r["soort"] == "geen" and g != "geen")
    fn = sum(1 for r, g in guesses if r["soort"] != "geen" and g == "geen")
    kind_right = sum(1 for r, g in guesses if r["soort"] != "geen" and g == r["soort"])
    sources = len({r["bron"] for r in part})
    print(f"== {name}: {len(part)} zinnen uit {sources} documenten ({tp + fn} beloften, {len(part) - tp - fn} geen)")
    print(f"  beloften   precisie {_share(tp, tp + fp)}  recall {_share(tp, tp + fn)}  (tp {tp}, fp {fp}, fn {fn}); "
          f"soort goed bij {_share(kind_right, tp)} van de gevonden")
    named = [r for r, g in guesses if r["soort"] != "geen" and g != "geen" and named_surname(r)]
    print(f"  wie: bij {len(named)} gevonden beloften met een naam in de zin of eromheen noemt de bot die naam bij "
          f"{_share(sum(who_right(r) for r in named), len(named))} (alleen de zin zelf, zonder sprekersbeurt)")
    by_class = Counter(r["klasse"] for r, _g in guesses if r["soort"] != "geen")
    found_class = Counter(r["klasse"] for r, g in guesses if r["soort"] != "geen" and g != "geen")
    print("  recall per vorm: " + ", ".join(f"{k} {found_class[k]}/{n}" for k, n in by_class.most_common()))
    neg_class = Counter(r["klasse"] for r, _g in guesses if r["soort"] == "geen")
    alarm_class = Counter(r["klasse"] for r, g in guesses if r["soort"] == "geen" and g != "geen")
    print("  vals alarm per soort negatief: " + ", ".join(f"{k} {alarm_class[k]}/{n}" for k, n in neg_class.most_common()))
    if show_misses:
        for r, g in guesses:
            if (r["soort"] == "geen") != (g == "geen"):
                print(f"  mis: verwacht {r['soort']:<10} kreeg {g:<10} [{r['klasse']}] {r['zin']}")


def _share(n: int, total: int) -> str:
    return f"{n / total:6.1%}" if total else "   n.v.t."


def main() -> None:
    run_benchmark(__doc__ or "", report, lambda row: suggestion(row["zin"], said_on(row), PEOPLE, CALENDAR, PEOPLE[0]),
                  "bericht (kanaal-luisteraar)")


if __name__ == "__main__":
    main()
