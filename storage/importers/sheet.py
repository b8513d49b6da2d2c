"""A spreadsheet as rows of cells: the first row with text is the heading; every sheet of a workbook counts.

A list comes from outside, so reading it is bounded: the file's size, its unpacked size (an .xlsx is a zip),
the number of rows (reading stops at the first row past the limit) and the length of a cell. Formulas are read as
the text they are ('=SOM(A1)'), never evaluated; openpyxl's read-only mode streams the rows.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from handlers.texts import bestanden as t
from handlers.texts import getal
from storage.exporters.cells import from_csv_field
from storage.importers.archive import ArchiveRefused, check_archive
from storage.importers.limits import MIB, ImportLimits

# <mergeCell ref="B1:C1"/>: the range, its first row and its last row.
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+(\d+):[A-Z]+(\d+))"')



@dataclass(frozen=True)
class Table:
    headings: list[str]
    # (row number as the user sees it in Excel, cells in heading order)
    rows: list[tuple[int, list[Any]]]
    # How the file was read, for the dry-run: 'csv, scheidingsteken ';', tekenset UTF-8'.
    read_as: str = "xlsx"
    # (row number, Dutch message) for rows that cannot be read as they are, such as a cell far too long
    problems: list[tuple[int, str]] = field(default_factory=list)


class SheetError(Exception):
    """The file itself cannot be read (not the rows in it)."""


def read_table(path: Path, limits: ImportLimits = ImportLimits()) -> Table:
    suffix = path.suffix.lower()
    if suffix not in {".xlsx", ".xlsm", ".csv", ".txt"}:
        raise SheetError(f"{path.name}: alleen .xlsx en .csv kan ik lezen.")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise SheetError(t.IMPORT_TOO_LARGE.format(naam=path.name, mb=getal(size // MIB), max=f"{limits.max_bytes / MIB:g}"))
    return _xlsx(path, limits) if suffix in {".xlsx", ".xlsm"} else _csv(path, limits)


def _bounded(rows: Iterator[tuple[int, list[Any]]], table: Table, name: str, limits: ImportLimits) -> Table:
    """Reads the rows up to the limit (one past it is the message); a cell too long is a problem of its row,
    and only its allowed length is kept."""
    for number, cells in rows:
        if len(table.rows) == limits.max_rows:
            raise SheetError(t.IMPORT_TOO_MANY_ROWS.format(naam=name, max=getal(limits.max_rows)))
        for index, value in enumerate(cells):
            if isinstance(value, str) and len(value) > limits.max_cell_chars:
                heading = table.headings[index] if index < len(table.headings) else str(index + 1)
                table.problems.append((number, t.IMPORT_CELL_TOO_LONG.format(
                    kop=heading, n=getal(len(value)), max=getal(limits.max_cell_chars))))
                cells[index] = value[: limits.max_cell_chars]
        table.rows.append((number, cells))
    return table



def _xlsx(path: Path, limits: ImportLimits) -> Table:
    try:
        check_archive(path, t.EXCEL, limits.archive)
        # data_only=False: a formula comes back as its own text, so nothing in the list is ever evaluated.
        workbook = load_workbook(path, read_only=True, data_only=False)
    except ArchiveRefused as refused:
        raise SheetError(str(refused)) from None
    except Exception as error:  # openpyxl raises many kinds for a damaged file; all mean "not readable"
        raise SheetError(f"{path.name} is geen leesbaar Excel-bestand: {error}") from error
    table = Table([], [])
    try:
        return _bounded(_xlsx_rows(workbook, table.headings), table, path.name, limits)
    finally:
        workbook.close()


def _xlsx_rows(workbook: Any, headings: list[str]) -> Iterator[tuple[int, list[Any]]]:
    """Data rows, streamed; `headings` is filled in from the first row with text."""
    # A published list has one sheet per status group; they share the heading of the first.
    for sheet in workbook.worksheets:
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            values = list(cells)
            if not headings or _is_heading(values, headings):
                if not headings and any(_text(v) for v in values):
                    headings.extend(_text(v) for v in values)
                    _refuse_merged_heading(workbook, sheet, number)
                continue
            if any(_text(v) for v in values):
                yield number, values


def _refuse_merged_heading(workbook: Any, sheet: Any, heading_row: int) -> None:
    """Read-only mode does not show merged cells; the sheet's XML lists them after its rows, so its bytes are
    scanned once for them (no XML tree is built: memory stays flat over a sheet of many rows)."""
    merged: list[str] = []
    tail = b""
    with workbook._archive.open(sheet._worksheet_path) as source:
        while chunk := source.read(MIB):
            data = tail + chunk
            for found in _MERGE.finditer(data):
                if int(found.group(2)) <= heading_row <= int(found.group(3)):
                    merged.append(found.group(1).decode())
            tail = data[-200:]
    if merged:
        raise SheetError(t.IMPORT_MERGED_HEADING.format(blad=sheet.title, cellen=", ".join(dict.fromkeys(merged))))


def _is_heading(values: list[Any], headings: list[str]) -> bool:
    return [_text(v) for v in values][: len(headings)] == headings


def _csv(path: Path, limits: ImportLimits) -> Table:
    text, encoding = decode(path.read_bytes())
    delimiter = sniff_delimiter(text)
    # The csv module's own cap (128 KB a field) would stop a long cell with an English error; the file's size is
    # the bound here, and a cell past max_cell_chars is reported for its row.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_bytes))
    shown = {";": "';'", ",": "','", "\t": "tab"}[delimiter]
    table = Table([], [], f"csv, scheidingsteken {shown}, tekenset {encoding}")
    try:
        return _bounded(_csv_rows(csv.reader(io.StringIO(text), delimiter=delimiter), table.headings), table,
                        path.name, limits)
    except csv.Error as error:
        raise SheetError(t.IMPORT_CSV_BROKEN.format(naam=path.name, fout=error)) from None


def _csv_rows(reader: Iterator[list[str]], headings: list[str]) -> Iterator[tuple[int, list[Any]]]:
    for number, values in enumerate(reader, start=1):
        if not headings:
            headings.extend(v.strip() for v in values)
        elif any(v.strip() for v in values):
            yield number, [from_csv_field(v) for v in values]


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
