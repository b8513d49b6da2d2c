"""Verslagen and besluitenlijsten (.txt, .docx, .pdf) read for promises: in the console and as `samenspel verslag`."""
from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from docx import Document
from fpdf import FPDF

from bot.app import App
from bot.console.translate import render_reply, to_incoming
from storage.importers.documents import DocumentError, read_document
from tests.dialogue import long_verslag
from tests.scenarios.test_cli import SAMENSPEL, _env, with_demo

LIJST = Path(__file__).parents[1] / "data" / "verslagen" / "besluitenlijst_po_mobiliteit.txt"
KARIN = "karin.bos@noordwaard.example"

# A Statencommissie verslag with speaker turns; the meeting dates in it are not termijnen.
VERSLAG = [
    ("heading", "Verslag van de commissie Mobiliteit d.d. 18 november 2026"),
    ("para", "De voorzitter opent de vergadering om 19.30 uur. Het verslag van 21 oktober 2026 wordt vastgesteld."),
    ("heading", "Agendapunt 3: Snelfietsroute"),
    ("para", "Mevrouw Jansen (GroenLinks): kan de gedeputeerde toezeggen dat er in Q2 duidelijkheid komt?"),
    ("para", "Gedeputeerde De Vries: ik zeg toe dat de commissie in het tweede kwartaal van 2027 een "
             "statenbrief krijgt over de planning van de snelfietsroute."),
    ("para", "De heer Smit (VVD) dient een motie in. De Staten verzoeken het college binnen drie maanden met "
             "een voorstel voor extra fietsparkeren te komen."),
    ("heading", "Agendapunt 4: Rondvraag"),
    ("para", "De volgende vergadering is op 20 januari 2027."),
]


def _docx(path: Path) -> Path:
    document = Document()
    for kind, text in VERSLAG:
        document.add_heading(text, level=2) if kind == "heading" else document.add_paragraph(text)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Nr", "Actiepunt", "Wie")):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ("A1", "Actie: de griffie plant een werksessie in voor eind maart.",
                                                 "Olga Brouwer")):
        cell.text = text
    document.save(str(path))
    return path


def _pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for kind, text in VERSLAG:
        pdf.set_font("Helvetica", style="B" if kind == "heading" else "", size=11)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("make", [_docx, _pdf], ids=["docx", "pdf"])
def test_documents_yield_every_planted_promise_and_no_meeting_date(make: object, tmp_path: Path, app: App) -> None:
    path = make(tmp_path / f"verslag.{make.__name__[1:]}")  # type: ignore[attr-defined]
    text = read_document(path)
    reply = app.dispatcher.handle(to_incoming(f"verslag {text}", KARIN, app.clock.now()))
    assert reply is not None
    shown = render_reply(reply)
    assert "uit commissie Mobiliteit 18 november 2026" in shown
    kinds = [item.key.split(". ")[1] for item in reply.items]
    assert kinds.count("toezegging") == 1 and kinds.count("motie") == 1
    promise = next(item for item in reply.items if "statenbrief" in item.title)
    values = {f.label: f.value for f in promise.fields}
    assert values["Wie"] == "Anna de Vries"
    assert values["Termijn"].startswith("in het tweede kwartaal van 2027")
    # The question, the meeting dates and the agenda headings are not proposed.
    assert not any("Jansen" in item.title or "20 januari" in item.title for item in reply.items)
    assert "21 oktober" not in shown.split("punten")[1] and "20 januari" not in shown


def test_the_docx_table_of_actiepunten_is_read(tmp_path: Path, app: App) -> None:
    text = read_document(_docx(tmp_path / "verslag.docx"))
    reply = app.dispatcher.handle(to_incoming(f"verslag {text}", KARIN, app.clock.now()))
    assert reply is not None and any("werksessie" in item.title for item in reply.items)


def test_unknown_or_broken_files_get_a_dutch_message(tmp_path: Path) -> None:
    (tmp_path / "x.odt").write_text("x")
    (tmp_path / "kapot.docx").write_text("geen zip")
    with pytest.raises(DocumentError, match="lees ik niet"):
        read_document(tmp_path / "x.odt")
    with pytest.raises(DocumentError, match="geen leesbaar Word-bestand"):
        read_document(tmp_path / "kapot.docx")
    # Missing: the OS error, which the command line words like every other file (test_cli_errors.py).
    with pytest.raises(FileNotFoundError):
        read_document(tmp_path / "weg.pdf")


def test_samenspel_verslag_lists_and_registers_the_confirmed_points(tmp_path: Path) -> None:
    with_demo(tmp_path)
    env = _env(tmp_path)
    listed = subprocess.run([*SAMENSPEL, "verslag", str(LIJST)], capture_output=True, text=True, timeout=90,
                            env=env, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "3 mogelijke punten uit PO Mobiliteit 10 december 2026" in listed.stdout
    assert "12 november" not in listed.stdout.split("punten")[1] and "14 januari" not in listed.stdout

    confirmed = subprocess.run([*SAMENSPEL, "verslag", str(LIJST), "--bevestig", "1,3", "--as", KARIN],
                               capture_output=True, text=True, timeout=90, env=env, cwd=tmp_path)
    assert confirmed.returncode == 0, confirmed.stderr
    assert confirmed.stdout.count("is geregistreerd") == 2
    assert "kosten van de fietsbrug" in confirmed.stdout and "statenbrief te sturen over de N-weg" in confirmed.stdout
    shown = subprocess.run([*SAMENSPEL, "chat", "--as", KARIN], input="toezeggingen alle\n", capture_output=True,
                           text=True, timeout=90, env=env, cwd=tmp_path)
    assert "6 toezeggingen in totaal" in shown.stdout  # the demo's four and the two confirmed


def test_confirming_a_point_that_misses_a_portefeuillehouder_says_what_to_add(tmp_path: Path) -> None:
    with_demo(tmp_path)
    done = subprocess.run([*SAMENSPEL, "verslag", str(LIJST), "--bevestig", "2", "--as", KARIN],
                          capture_output=True, text=True, timeout=90, env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 1
    assert "punt 2: nog nodig: de portefeuillehouder, wie het toezegde" in done.stderr
    # The registry knows whose opdracht the agenda item is, and the command to finish it holds no <placeholder>.
    assert "volgens het rollenregister Anna de Vries" in done.stderr and "<" not in done.stderr


def test_a_whole_long_verslag_is_read_although_a_chat_message_has_a_maximum(app: App) -> None:
    filler = "De voorzitter geeft het woord aan de volgende spreker over het onderwerp. " * 600
    document = f"Verslag van de commissie Mobiliteit d.d. 18 november 2026\n{filler}\n" + \
        "Gedeputeerde De Vries zegt toe de Staten voor de zomer te informeren over de fietsbrug.\n"
    assert len(document) > 40_000
    reply = app.dispatcher.handle_document(to_incoming("verslag", KARIN, app.clock.now()), document)
    assert reply is not None and [i.title for i in reply.items] == [
        "1 · toezegging · Gedeputeerde De Vries zegt toe de Staten voor de zomer te informeren over de fietsbrug."]


def test_samenspel_verslag_prints_every_page_and_confirms_a_point_past_the_first(tmp_path: Path) -> None:
    with_demo(tmp_path)
    lang = tmp_path / "lang.txt"
    lang.write_text(long_verslag(23), encoding="utf-8")
    done = subprocess.run([*SAMENSPEL, "verslag", str(lang), "--bevestig", "23", "--as", KARIN],
                          capture_output=True, text=True, timeout=90, env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert all(f"Pagina {n} van 5." in done.stdout for n in range(1, 6))
    assert "• 23 · toezegging · Punt 23: Gedeputeerde De Vries" in done.stdout
    assert "punt 23: Toezegging T-2026-005 is geregistreerd." in done.stdout


def test_samenspel_verslag_registers_with_the_meeting_day_termijn_and_the_registry_owner(tmp_path: Path) -> None:
    with_demo(tmp_path)
    water = LIJST.with_name("besluitenlijst_po_water_2_december.txt")
    env = _env(tmp_path)
    done = subprocess.run([*SAMENSPEL, "verslag", str(water), "--bevestig", "1", "--as", "olga.brouwer@noordwaard.example"],
                          capture_output=True, text=True, timeout=90, env=env, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    shown = subprocess.run([*SAMENSPEL, "chat", "--as", KARIN], input="toezegging T-2026-005\n", capture_output=True,
                           text=True, timeout=90, env=env, cwd=tmp_path).stdout
    assert "Snelfietsroute Wadbrug-Oosterend: Gedeputeerde De Vries zegt toe" in shown
    assert "Deadline: 13 januari 2027" in shown and "Ambtelijk eigenaar: Hans Bakker" in shown
