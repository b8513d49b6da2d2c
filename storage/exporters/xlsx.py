"""`samenspel export toezeggingen|moties FILE.xlsx|FILE.csv`: one sheet per status group, overdue rows highlighted.

A .csv is the same table in one file, with the group as its first column. Every text cell goes through
storage/exporters/cells.py, so item text never becomes a formula in the program that opens the file.
"""
from __future__ import annotations

import csv
from copy import copy
import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from handlers.deadlines import DeadlineKind, Precision
from handlers.domain.followed import Followed, Status
from handlers.domain.motie import Motie
from handlers.ports import MotieFilter, ToezeggingFilter, UnitOfWork
from storage.exporters.cells import csv_field, sheet_row, text_cell

OVERDUE_FILL = PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid")
HEADING_FILL = PatternFill(start_color="D9E1F2", end_color="D9E1F2", fill_type="solid")
MAX_WIDTH = 60
GROUPS: tuple[tuple[str, frozenset[Status]], ...] = (
    ("Openstaand", frozenset({Status.OPENSTAAND, Status.DEELS_VOLDAAN})),
    ("Afdoening voorgesteld", frozenset({Status.AFDOENING_VOORGESTELD})),
    ("Afgedaan", frozenset({Status.AFGEDAAN, Status.NIET_UITGEVOERD, Status.VERVALLEN})),
)
NOT_FOLLOWED_SHEET = "Niet opgevolgd"
GROUP_COLUMN = "Groep"
Column = tuple[str, Callable[[Any], Any]]


def _common(name_of: Callable[[int | None], str], today: dt.date) -> tuple[Column, ...]:
    return (
        # A name the registry does not know goes out as the list wrote it, so it reads back in unchanged.
        ("Portefeuillehouder", lambda x: name_of(x.portefeuillehouder_id) or x.onbekende_portefeuillehouder),
        ("Ambtelijk eigenaar", lambda x: name_of(x.eigenaar_id) or x.onbekende_eigenaar),
        ("Termijn", termijn_cell),
        ("Uiterste datum", lambda x: x.deadline.due),
        ("Status", lambda x: x.status.value),
        ("Termijn overschreden", lambda x: "ja" if x.is_overdue(today) else ""),
        ("Stand van zaken", lambda x: x.stand_van_zaken),
        ("Afdoening", lambda x: x.afdoening_referentie),
        ("Datum afdoening", lambda x: x.afdoening_datum),
        ("Agendapunt", lambda x: x.agendapunt),
        ("Datum commissie", lambda x: x.momenten.get("commissie")),
        ("Datum raad", lambda x: x.momenten.get("raad")),
        ("Bijlagen", lambda x: "\n".join(x.bijlagen)),
    )


def termijn_cell(item: Followed) -> str:
    """A termijn that is one day is written as ISO (2020-06-30): '6/30/2020' would not read back in."""
    deadline = item.deadline
    if deadline.kind is DeadlineKind.DATE and deadline.precision is Precision.DAY and deadline.due:
        return deadline.due.isoformat()
    return deadline.text or "P.M."


def toezegging_columns(name_of: Callable[[int | None], str], today: dt.date) -> tuple[Column, ...]:
    return (
        ("Nummer", lambda z: z.nummer), ("Omschrijving", lambda z: z.omschrijving),
        ("Tekst toezegging", lambda z: z.tekst),
        ("Datum", lambda z: z.vergaderdatum), ("Vergadering", lambda z: z.gremium), ("Aan", lambda z: z.aan),
        *_common(name_of, today),
    )


def motie_columns(name_of: Callable[[int | None], str], today: dt.date) -> tuple[Column, ...]:
    return (
        ("Nummer", lambda m: m.nummer), ("Titel", lambda m: m.titel), ("Dictum", lambda m: m.dictum),
        ("Datum", lambda m: m.datum), ("Vergadering", lambda m: m.vergadering), ("Indieners", lambda m: m.indieners),
        ("Mede-indieners", lambda m: m.mede_indieners), ("Fracties", lambda m: m.fracties),
        ("Uitslag", lambda m: m.uitslag.value), ("Stemverhouding", lambda m: m.stemverhouding),
        *_common(name_of, today),
        ("Overgenomen als toezegging", lambda m: m.toezegging_nummer or ""),
    )


def lobby_columns(name_of: Callable[[int | None], str], today: dt.date) -> tuple[Column, ...]:
    return (
        ("Nummer", lambda a: a.nummer), ("Dossier", lambda a: a.dossier), ("Doel", lambda a: a.doel),
        ("Target", lambda a: a.target), ("Partners", lambda a: a.partners),
        ("Bestuurder", lambda a: name_of(a.bestuurder_id)), ("Ambtelijk eigenaar", lambda a: name_of(a.eigenaar_id)),
        ("Kansrijk moment", lambda a: a.moment.text or "P.M."), ("Uiterste datum", lambda a: a.moment.due),
        ("Status", lambda a: a.status.value), ("Termijn overschreden", lambda a: "ja" if a.is_overdue(today) else ""),
        ("Stand", lambda a: a.stand), ("Opbrengst", lambda a: a.opbrengst),
    )


LIST_COLUMNS = {"toezeggingen": toezegging_columns, "moties": motie_columns, "lobby": lobby_columns}


# A list export is streamed: openpyxl's write-only workbook writes each row to disk as it is appended, so widths are
# fixed up front (they cannot be measured afterwards) and long text columns wrap.
LONG_TEXT = frozenset({"Omschrijving", "Tekst toezegging", "Titel", "Dictum", "Stand van zaken", "Doel", "Stand",
                       "Opbrengst", "Bijlagen", "Indieners", "Mede-indieners", "Afdoening"})
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMAT = "DD-MM-YYYY"
BATCH = 500  # rows whose names are looked up together: one query per batch, never the whole list in memory


def write_list_workbook(uow: UnitOfWork, soort: str, sheet: str, items: Iterable[Any], today: dt.date,
                        out: Path | IO[bytes]) -> int:
    """Exactly these items (a filtered web list, already limited to what its reader may see), in their order, as
    one sheet with the export's columns, written as they come: memory stays flat however many rows. Returns how
    many rows were written."""
    names: dict[int, str] = {}
    columns = LIST_COLUMNS[soort](lambda person_id: names.get(person_id, "") if person_id is not None else "", today)
    workbook = Workbook(write_only=True)
    ws = workbook.create_sheet(sheet)
    styles = _Styles(ws)
    for index, (heading, _value) in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(index)].width = MAX_WIDTH if heading in LONG_TEXT else max(
            len(heading) + 2, 14)
    ws.freeze_panes = "A2"
    ws.append([styles.cell(heading, heading=True) for heading, _value in columns])
    wraps = [heading in LONG_TEXT for heading, _value in columns]
    written = 0
    rows = iter(items)
    while batch := list(islice(rows, BATCH)):
        names.clear()
        names.update(uow.people.names({i for x in batch for i in (
            x.eigenaar_id, getattr(x, "portefeuillehouder_id", None), getattr(x, "bestuurder_id", None))
            if i is not None}))
        for item in batch:
            late = item.is_overdue(today)
            ws.append([styles.cell(value(item), late=late, wrap=wrap) for (_h, value), wrap in zip(columns, wraps)])
        written += len(batch)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    workbook.save(out)
    return written


class _Styles:
    """Write-only cells with the list's few looks (heading, late row, wrapped text, date).

    Setting font, fill or alignment on a cell makes openpyxl hash the style to find it in the workbook: at 250,000
    cells that was most of the export's time. Each look is made once on a template cell; a new cell copies the
    template's style ids (openpyxl's StyleArray, pinned in constraints.txt), which is an assignment of four ints."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.templates: dict[tuple[bool, bool, bool, bool], Any] = {}

    def cell(self, value: Any, heading: bool = False, late: bool = False, wrap: bool = False) -> Any:
        if value is None and not late:
            return None
        # Text stays text (storage/exporters/cells.py); every value its own cell, or a write-only sheet would reuse
        # the previous one, style and all.
        cell = text_cell(self.ws, value) if isinstance(value, str) else WriteOnlyCell(self.ws, value)
        key = (heading, late, wrap and isinstance(value, str), isinstance(value, dt.date))
        if any(key):
            template = self._template(key)._style
            if cell._style is None:  # no style of its own yet
                cell._style = copy(template)
            else:  # a text cell keeps its quotePrefix
                style = cell._style
                style.fontId, style.fillId, style.alignmentId, style.numFmtId = (
                    template.fontId, template.fillId, template.alignmentId, template.numFmtId)
        return cell

    def _template(self, key: tuple[bool, bool, bool, bool]) -> Any:
        if key not in self.templates:
            heading, late, wrap, date = key
            template = WriteOnlyCell(self.ws)
            if heading:
                template.font, template.fill = Font(bold=True), HEADING_FILL
            if late:
                template.fill = OVERDUE_FILL
            if wrap:
                template.alignment = WRAP
            if date:
                template.number_format = DATE_FORMAT
            self.templates[key] = template
        return self.templates[key]


def export_list(uow: UnitOfWork, what: str, path: Path, today: dt.date, with_confidential: bool = False) -> int:
    """Writes the workbook and returns how many items it holds; confidential ones only when asked."""
    def name_of(person_id: int | None) -> str:
        person = uow.people.get(person_id) if person_id is not None else None
        return person.name if person else ""

    items: Sequence[Followed]
    if what == "moties":
        items, columns = uow.moties.find(MotieFilter(open_only=False)), motie_columns(name_of, today)
    else:
        items, columns = uow.toezeggingen.find(ToezeggingFilter(open_only=False)), toezegging_columns(name_of, today)
    items = [x for x in items if with_confidential or not x.vertrouwelijk]
    write = write_csv if path.suffix.lower() == ".csv" else write_workbook
    write(path, _grouped(items), columns, today)
    return len(items)


def _grouped(items: Sequence[Followed]) -> list[tuple[str, list[Followed]]]:
    followed = [x for x in items if not isinstance(x, Motie) or x.is_followed]
    groups = [(title, [x for x in followed if x.status in statuses]) for title, statuses in GROUPS]
    if any(isinstance(x, Motie) for x in items):
        groups.append((NOT_FOLLOWED_SHEET, [x for x in items if isinstance(x, Motie) and not x.is_followed]))
    return groups


def write_workbook(path: Path | IO[bytes], groups: list[tuple[str, list[Followed]]], columns: tuple[Column, ...], today: dt.date) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, items in groups:
        sheet = workbook.create_sheet(title)
        sheet_row(sheet, [heading for heading, _value in columns])
        for cell in sheet[1]:
            cell.font, cell.fill = Font(bold=True), HEADING_FILL
        for item in items:
            sheet_row(sheet, [value(item) for _heading, value in columns])
            if item.is_overdue(today):
                for cell in sheet[sheet.max_row]:
                    cell.fill = OVERDUE_FILL
        _layout(sheet, columns)
    workbook.save(path)


def write_csv(path: Path, groups: list[tuple[str, list[Followed]]], columns: tuple[Column, ...], _today: dt.date) -> None:
    """';' and a BOM, as Dutch Excel opens and saves a .csv; every field quoted, risky first characters neutralised."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_ALL)
        writer.writerow([GROUP_COLUMN, *(heading for heading, _value in columns)])
        for title, items in groups:
            writer.writerows([csv_field(title), *(csv_field(value(item)) for _heading, value in columns)] for item in items)


def _layout(sheet: Any, columns: tuple[Column, ...]) -> None:
    """Readable widths, wrapped long text, dates as dates, the heading frozen when scrolling."""
    sheet.freeze_panes = "A2"
    for index, (heading, _value) in enumerate(columns, start=1):
        letter = get_column_letter(index)
        longest = max((len(str(c.value)) for c in sheet[letter] if c.value is not None), default=len(heading))
        sheet.column_dimensions[letter].width = min(max(longest, len(heading)) + 2, MAX_WIDTH)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, dt.date):
                cell.number_format = "DD-MM-YYYY"
            elif longest > MAX_WIDTH:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.auto_filter.ref = sheet.dimensions

