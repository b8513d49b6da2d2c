"""Item text written so that the program that opens the file shows it, and never runs it.

Item text is whatever someone typed or imported: '=HYPERLINK(…)', '@SUM(…)', "=cmd|' /C calc'!A0" (DDE), or a
title with a line break that would start a new calendar property. Every exporter writes text through here.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from openpyxl.cell.cell import Cell

# What a spreadsheet program reads as the start of a formula (OWASP, CSV injection), tab and CR included.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters that XML (xlsx, docx) cannot hold; openpyxl refuses them, lxml too.
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Everything some calendar reader takes for a line break (str.splitlines' set), and the other control characters.
_LINE_BREAK = re.compile(r"\r\n|[\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def sheet_row(sheet: Any, values: Iterable[Any]) -> None:
    """One row of an openpyxl sheet: every text cell stays text, also when someone edits it in Excel later."""
    # The cells are made here and appended as they are: looking the row up again (sheet[sheet.max_row]) walks every
    # cell of the sheet, which made a 10,000-row export take close to a minute.
    sheet.append([text_cell(sheet, v) if isinstance(v, str) else v for v in values])


def text_cell(sheet: Any, value: str) -> Cell:
    """A text cell that stays text: no formula, nothing XML cannot hold, Excel's own text mark before a risky start."""
    # A row and column of its own: a write-only sheet (a streamed export) places the cell as it is appended.
    cell = Cell(sheet, row=1, column=1, value=_NOT_XML.sub("", value))
    cell.data_type = "s"  # openpyxl would make '=…' a formula; a string it is
    if cell.value.startswith(FORMULA_START):
        cell.quotePrefix = True  # Excel's own "this is text" mark: F2 + Enter keeps it text
    return cell


def csv_field(value: Any) -> str:
    """A CSV field no spreadsheet evaluates: a risky first character gets a leading apostrophe (OWASP)."""
    if value is None:
        return ""
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def from_csv_field(text: str) -> str:
    """The other way round, for an import: "'=SOM(A1)" as our export (or Excel) wrote it reads as '=SOM(A1)'."""
    return text[1:] if text[:1] == "'" and text[1:2] in FORMULA_START else text


def docx_text(value: str) -> str:
    """python-docx writes plain runs (never field codes); only characters XML cannot hold are dropped."""
    return _NOT_XML.sub("", value)


def ics_text(value: str) -> str:
    """One iCalendar TEXT value: every kind of line break becomes \\n (which icalendar escapes), control characters go.

    icalendar escapes ',', ';', '\\\\' and \\n itself, but leaves a lone CR, which readers that split on it take for
    a new line: 'x\\rBEGIN:VEVENT' would add an event."""
    return _CONTROL.sub("", _LINE_BREAK.sub("\n", value))
