"""A spreadsheet as rows of cells: the first row with text is the heading; every sheet of a workbook counts.

A list comes from outside, so reading it is bounded: the file's size, its unpacked size (an .xlsx is a zip),
the number of rows (reading stops at the first row past the limit) and the length of a cell. Formulas are read as
the text they are ('=SOM(A1)'), never evaluated; openpyxl's read-only mode streams the rows.
"""
from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from handlers.texts import bestanden as t
from handlers.texts import getal
from storage.exporters.cells import from_csv_field
from storage.importers.archive import ArchiveRefused, check_archive
from storage.importers.dateorder import DateOrder
from storage.importers.limits import MIB, ImportLimits

# <mergeCell ref="B1:C1"/>: the range, its first row and its last row.
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+(\d+):[A-Z]+(\d+))"')
SNIFF_ROWS = 50



Rows = Iterator[tuple[int, list[Any]]]


@dataclass
class Column:
    """What the survey of the whole file learnt about one column before any row is imported."""

    filled: bool = False
    dates: DateOrder = field(default_factory=DateOrder)


@dataclass
class Table:
    """A file surveyed once (headings, row count, what each column holds, problems), read again row by row.

    The rows are never all in memory: `rows()` streams them from the file a second time, so a list of 20,000
    rows costs what one row costs."""

    headings: list[str]
    # How the file was read, for the dry-run: 'csv, scheidingsteken ';', tekenset UTF-8'.
    read_as: str
    stream: Callable[[list[str]], Rows]
    limits: ImportLimits
    count: int = 0
    columns: list[Column] = field(default_factory=list)
    # (row number, Dutch message) for rows that cannot be read as they are, such as a cell far too long
    problems: list[tuple[int, str]] = field(default_factory=list)

    def rows(self) -> Rows:
        """(row number as the user sees it in Excel, cells in heading order), each cell cut to the allowed length."""
        for number, cells in self.stream(list(self.headings)):
            yield number, [_cut(value, self.limits) for value in cells]


class SheetError(Exception):
    """The file itself cannot be read (not the rows in it)."""


def read_table(path: Path, limits: ImportLimits = ImportLimits()) -> Table:
    suffix = path.suffix.lower()
    if suffix not in {".xlsx", ".xlsm", ".csv", ".txt"}:
        raise SheetError(f"{path.name}: alleen .xlsx en .csv kan ik lezen.")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise SheetError(t.IMPORT_TOO_LARGE.format(naam=path.name, mb=getal(size // MIB), max=f"{limits.max_bytes / MIB:g}"))
    table = _xlsx(path, limits) if suffix in {".xlsx", ".xlsm"} else _csv(path, limits)
    return _survey(table, path.name)


def _survey(table: Table, name: str) -> Table:
    """The first pass: stops at the first row past the limit (one past it is the message), and notes a cell too
    long as a problem of its row, whether each column has content and how its dates are written."""
    limits = table.limits
    for number, cells in table.stream(table.headings):
        if table.count == limits.max_rows:
            raise SheetError(t.IMPORT_TOO_MANY_ROWS.format(naam=name, max=getal(limits.max_rows)))
        table.count += 1
        while len(table.columns) < len(cells):
            table.columns.append(Column())
        for index, value in enumerate(cells):
            if isinstance(value, str) and len(value) > limits.max_cell_chars:
                heading = table.headings[index] if index < len(table.headings) else str(index + 1)
                table.problems.append((number, t.IMPORT_CELL_TOO_LONG.format(
                    kop=heading, n=getal(len(value)), max=getal(limits.max_cell_chars))))
            column = table.columns[index]
            column.filled = column.filled or bool(_text(value))
            column.dates.see(value)
    return table


def _cut(value: Any, limits: ImportLimits) -> Any:
    return value[: limits.max_cell_chars] if isinstance(value, str) else value


def _xlsx(path: Path, limits: ImportLimits) -> Table:
    try:
        check_archive(path, t.EXCEL, limits.archive)
    except ArchiveRefused as refused:
        raise SheetError(str(refused)) from None
    _open(path).close()  # a damaged file is refused before the survey starts

    def stream(headings: list[str]) -> Rows:
        workbook = _open(path)
        try:
            yield from _xlsx_rows(workbook, headings)
        finally:
            workbook.close()

    return Table([], "xlsx", stream, limits)


def _open(path: Path) -> Any:
    try:
        # data_only=False: a formula comes back as its own text, so nothing in the list is ever evaluated.
        return load_workbook(path, read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds for a damaged file; all mean "not readable"
        raise SheetError(f"{path.name} is geen leesbaar Excel-bestand: {error}") from error


def _xlsx_rows(workbook: Any, headings: list[str]) -> Rows:
    """Data rows, streamed; `headings` is filled in from the first row with text (read again, it is skipped)."""
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
    codec, encoding = encoding_of(path)
    with path.open(encoding=codec, errors="replace", newline="") as handle:
        delimiter = sniff_delimiter("".join(itertools.islice(handle, SNIFF_ROWS + 1)))
    # The csv module's own cap (128 KB a field) would stop a long cell with an English error; the file's size is
    # the bound here, and a cell past max_cell_chars is reported for its row.
    csv.field_size_limit(max(csv.field_size_limit(), limits.max_bytes))
    shown = {";": "';'", ",": "','", "\t": "tab"}[delimiter]

    def stream(headings: list[str]) -> Rows:
        with path.open(encoding=codec, errors="replace", newline="") as handle:
            try:
                yield from _csv_rows(csv.reader(handle, delimiter=delimiter), headings)
            except csv.Error as error:
                raise SheetError(t.IMPORT_CSV_BROKEN.format(naam=path.name, fout=error)) from None

    return Table([], f"csv, scheidingsteken {shown}, tekenset {encoding}", stream, limits)


def _csv_rows(reader: Iterator[list[str]], headings: list[str]) -> Rows:
    """The first row is the heading (filled into `headings` the first time), the rows with text after it data."""
    for number, values in enumerate(reader, start=1):
        if number == 1:
            if not headings:
                headings.extend(v.strip() for v in values)
        elif any(v.strip() for v in values):
            yield number, [from_csv_field(v) for v in values]


def encoding_of(path: Path) -> tuple[str, str]:
    """(codec, as the dry-run names it): UTF-8 with or without BOM, else Windows-1252 (what Excel on Windows
    writes as 'CSV'). Checked in chunks, so a large file is never in memory whole."""
    with path.open("rb") as source:
        if source.read(3) == b"\xef\xbb\xbf":
            return "utf-8-sig", "UTF-8 (met BOM)"
        source.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            while chunk := source.read(MIB):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1252", "Windows-1252"
    return "utf-8", "UTF-8"


def sniff_delimiter(text: str, sample_rows: int = SNIFF_ROWS) -> str:
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
