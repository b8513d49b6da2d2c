"""The list for the raad as files: an .xlsx (one sheet per portefeuillehouder) and a printable .docx.

.docx through python-docx, not PDF: griffies edit the list before it goes into the raadsvoorstel (a
heading, a remark, the council's own template), and Word is what they edit in; python-docx is pure Python
on lxml, well kept, and its text can be read back in tests. A PDF would need a layout engine and cannot be edited.
"""
from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from handlers.domain.ronde import RaadsLijst, RaadsRegel
from storage.exporters.cells import docx_text, sheet_row
from handlers.texts import ronde as t

HEADING_FILL = PatternFill(start_color="D9E1F2", end_color="D9E1F2", fill_type="solid")
WIDTHS = (14, 30, 50, 24, 50, 40)
# Excel forbids these in sheet names, and allows at most 31 characters.
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _values(regel: RaadsRegel) -> tuple[str, ...]:
    return (regel.nummer, regel.onderwerp, regel.belofte, regel.termijn, regel.stand_van_zaken, regel.voorstel)


def _sheet_name(name: str, used: set[str]) -> str:
    base = name.translate(_SHEET_FORBIDDEN).strip()[:28] or "Lijst"
    candidate, n = base, 2
    while candidate.lower() in used:
        candidate, n = f"{base[:25]} {n}", n + 1
    used.add(candidate.lower())
    return candidate


def write_xlsx(lijst: RaadsLijst, path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    used: set[str] = set()
    for holder, rows in lijst.per_portefeuillehouder or (("—", ()),):
        sheet = workbook.create_sheet(_sheet_name(holder, used))
        sheet_row(sheet, [t.LIJST_PH.format(naam=holder)])
        sheet["A1"].font = Font(bold=True)
        sheet_row(sheet, t.LIJST_KOLOMMEN)
        for cell in sheet[2]:
            cell.font, cell.fill = Font(bold=True), HEADING_FILL
        for regel in rows:
            sheet_row(sheet, _values(regel))
        for index, width in enumerate(WIDTHS):
            sheet.column_dimensions[chr(ord("A") + index)].width = width
        for row in sheet.iter_rows(min_row=3):
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.freeze_panes = "A3"
    workbook.save(path)


def write_docx(lijst: RaadsLijst, path: Path) -> None:
    document = Document()
    section = document.sections[0]
    # Six columns of text read best in landscape.
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.5))
    document.add_heading(docx_text(lijst.titel), level=1)
    for holder, rows in lijst.per_portefeuillehouder:
        document.add_heading(docx_text(t.LIJST_PH.format(naam=holder)), level=2)
        table = document.add_table(rows=1, cols=len(t.LIJST_KOLOMMEN))
        table.style = "Table Grid"
        for cell, label in zip(table.rows[0].cells, t.LIJST_KOLOMMEN):
            cell.text = label
            for run in cell.paragraphs[0].runs:
                run.font.bold = True
        for regel in rows:
            for cell, value in zip(table.add_row().cells, _values(regel)):
                cell.text = docx_text(value)
        for row in table.rows:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    for run in paragraph.runs:
                        run.font.size = Pt(9)
    document.save(str(path))
