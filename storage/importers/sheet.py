"""A spreadsheet as rows of cells: the first row with text is the heading; every sheet of a workbook counts."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook


@dataclass(frozen=True)
class Table:
    headings: list[str]
    # (row number as the user sees it in Excel, cells in heading order)
    rows: list[tuple[int, list[Any]]]


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
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")  # what Excel on Windows writes as "CSV"
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=";,\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    headings: list[str] = []
    rows: list[tuple[int, list[Any]]] = []
    for number, values in enumerate(reader, start=1):
        if not headings:
            headings = [v.strip() for v in values]
        elif any(v.strip() for v in values):
            rows.append((number, list(values)))
    return Table(headings, rows)


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()
