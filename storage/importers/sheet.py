"""A spreadsheet as rows of cells: the first row with text is the heading; every sheet of a workbook counts."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from storage.exporters.cells import from_csv_field


@dataclass(frozen=True)
class Table:
    headings: list[str]
    # (row number as the user sees it in Excel, cells in heading order)
    rows: list[tuple[int, list[Any]]]
    # How the file was read, for the dry-run: 'csv, scheidingsteken ';', tekenset UTF-8'.
    read_as: str = "xlsx"


class SheetError(Exception):
    """The file itself cannot be read (not the rows in it)."""


def read_table(path: Path) -> Table:
    suffix = path.suffix.lower()
    if suffix in {".xlsx", ".xlsm"}:
        return _xlsx(path)
    if suffix in {".csv", ".txt"}:
        return _csv(path)
    raise SheetError(f"{path.name}: alleen .xlsx en .csv kan ik lezen.")


def _xlsx(path: Path) -> Table:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file; all mean "not readable"
        raise SheetError(f"{path.name} is geen leesbaar Excel-bestand: {error}") from error
    headings: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    try:
        # A published list has one sheet per status group; they share the heading of the first.
        for sheet in workbook.worksheets:
            sheet_rows = sheet.iter_rows(values_only=True)
            for number, cells in enumerate(sheet_rows, start=1):
                values = list(cells)
                if not headings or _is_heading(values, headings):
                    if not headings and any(_text(v) for v in values):
                        headings = [_text(v) for v in values]
                    continue
                if any(_text(v) for v in values):
                    rows.append((number, values))
    finally:
        workbook.close()
    return Table(headings, rows)


def _is_heading(values: list[Any], headings: list[str]) -> bool:
    return [_text(v) for v in values][: len(headings)] == headings


def _csv(path: Path) -> Table:
    text, encoding = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    headings: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    for number, values in enumerate(reader, start=1):
        if not headings:
            headings = [v.strip() for v in values]
        elif any(v.strip() for v in values):
            rows.append((number, [from_csv_field(v) for v in values]))
    shown = {";": "';'", ",": "','", "\t": "tab"}[delimiter]
    return Table(headings, rows, f"csv, scheidingsteken {shown}, tekenset {encoding}")


def decode(raw: bytes) -> tuple[str, str]:
    """UTF-8 with or without BOM, else Windows-1252 (what Excel on Windows writes as 'CSV')."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 (met BOM)"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252"


def sniff_delimiter(text: str, sample_rows: int = 50) -> str:
    """The separator that splits the whole heading line and a sample of rows into the same number of cells.

    Counting characters is not enough: long free text holds commas, so each candidate is parsed (quotes
    honoured) and judged by how many rows agree with the heading's cell count, then by that count.
    """
    lines = text.splitlines()
    sample = "\n".join(lines[: sample_rows + 1])
    best, best_score = ";", (-1.0, 0)
    for candidate in (";", "\t", ","):
        parsed = [row for row in csv.reader(io.StringIO(sample), delimiter=candidate) if any(c.strip() for c in row)]
        if not parsed or len(parsed[0]) < 2:
            continue
        width = len(parsed[0])
        agree = sum(1 for row in parsed[1:] if len(row) == width) / max(len(parsed) - 1, 1)
        score = (agree, width)
        if score > best_score:
            best, best_score = candidate, score
    return best


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()
