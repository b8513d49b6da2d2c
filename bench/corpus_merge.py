"""Merge the collected TSV files into tests/data/listening/corpus.tsv, split into ontwikkel and toets by document.

Run: .venv/bin/python bench/corpus_merge.py --ontwikkel A.tsv B.tsv --gesplitst C.tsv D.tsv --toets E.tsv

Files after --ontwikkel were read while the rules were made: all their rows are ontwikkel. Rows of files after
--gesplitst go to one part by their document (a hash of `bron`), so that sentences of one document never sit in both.
Files after --toets were collected blind, after the rules, and are never looked at while tuning: all toets.
Files after --gesplitst-later were collected blind and measured whole once (docs/meeluisteren.md gives that first
figure); then half of their documents, by another hash, became ontwikkel to tune on; the other half stays toets.
A sentence that occurs twice is kept once, in the part that was seen first.
With --bij-bestaand the corpus as it stands is read first, every row in the part it already has, and the files are
added to it: so a later blind set joins without the staging files of earlier rounds.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import io
from pathlib import Path

from corpus import CORPUS

COLUMNS = ("soort", "zin", "bron", "datum", "termijn", "verval", "klasse", "wie", "deel")


def by_document(url: str, salt: str = "") -> str:
    return "ontwikkel" if hashlib.sha1((salt + url).encode()).digest()[0] % 2 == 0 else "toets"


def read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ontwikkel", nargs="*", type=Path, default=[])
    parser.add_argument("--gesplitst", nargs="*", type=Path, default=[])
    parser.add_argument("--toets", nargs="*", type=Path, default=[])
    parser.add_argument("--gesplitst-later", nargs="*", type=Path, default=[])
    parser.add_argument("--bij-bestaand", action="store_true", help="start from the corpus as it stands")
    args = parser.parse_args()
    seen: set[str] = set()
    placed: dict[str, str] = {}  # a document goes to the part where it was first placed, with all its sentences
    merged: list[dict[str, str]] = []
    if args.bij_bestaand:
        for row in read(CORPUS):
            seen.add(" ".join(row["zin"].lower().split()))
            placed.setdefault(row["bron"].strip(), row["deel"])
            merged.append(row)
    for files, part in ((args.ontwikkel, "ontwikkel"), (args.gesplitst, None), (args.gesplitst_later, "later"),
                        (args.toets, "toets")):
        for path in files:
            for row in read(path):
                key = " ".join(row["zin"].lower().split())
                if key in seen or not row["zin"].strip():
                    continue
                seen.add(key)
                url = row["bron"].strip()
                deel = placed.setdefault(url, by_document(url, "blind") if part == "later"
                                         else part or by_document(url))
                merged.append({**{c: (row.get(c) or "").strip() for c in COLUMNS[:-1]}, "deel": deel})
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, quotechar=None)
    writer.writeheader()
    writer.writerows(merged)
    CORPUS.write_text(out.getvalue(), encoding="utf-8")
    for part in ("ontwikkel", "toets"):
        rows = [r for r in merged if r["deel"] == part]
        print(f"{part}: {len(rows)} zinnen, {sum(r['soort'] != 'geen' for r in rows)} beloften, "
              f"{len({r['bron'] for r in rows})} documenten")


if __name__ == "__main__":
    main()
