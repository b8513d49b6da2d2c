"""The ronde's progress and the agenda as pages, read in a browser over real HTTP: what the chat's 'ronde' and
'vergaderingen' / 'vergadering …' show, with links to the items."""
from __future__ import annotations

from bot.app import App
from tests.dialogue import HANS, KARIN, say
from tests.web.browser import Browser

START = "ronde start alle; sluit: over 10 werkdagen 12:00; voor: raad 10 december"


def test_the_ronde_page_counts_per_eigenaar_and_portefeuillehouder_and_links_the_items(app: App,
                                                                                      browser: Browser) -> None:
    browser.sign_in(KARIN)
    assert "Er is nog geen stand-van-zakenronde gestart" in browser.get("/rondes").text
    assert "Ronde 1 gestart" in say(app, START)
    say(app, "ronde afdoening T-2026-001 raadsinformatiebrief 2026-45", HANS)
    rondes = browser.get("/rondes")
    assert rondes.status == 200 and "ronde 1 (raad 10 december) lopend" in rondes.text
    page = browser.get(rondes.link("ronde 1 (raad 10 december)"))
    assert page.status == 200 and "Voortgang van ronde 1 (raad 10 december)" in page.text
    assert "1 van 4 beantwoord, 3 open; sluit ma 7 december 2026 12:00 (lopend)." in page.text
    owners = page.text.split("Per eigenaar", 2)[2].split("Per portefeuillehouder")[0]
    assert "Hans Bakker 1 1 0" in owners and "Greetje Visser 1 0 1 T-2026-004" in owners
    holders = page.text.split("Per portefeuillehouder", 2)[2].split("Alle punten")[0]
    assert "Anna de Vries 1 1 0" in holders
    assert "T-2026-001 Raadsinformatiebrief over de verkeersveiligheid van de N-weg bij Wadbrug afdoening voorgesteld" \
        in page.text
    item = browser.get(page.link("T-2026-004"))
    assert item.status == 200 and item.url.endswith("/toezeggingen/T-2026-004")
    for wrong in ("/rondes/7", "/rondes/onzin"):
        missing = browser.get(wrong)
        assert missing.status == 404 and "bestaat niet" in missing.text, wrong


def test_the_agenda_page_shows_the_coming_meetings_with_their_points_per_phase(app: App, browser: Browser) -> None:
    say(app, "agendapunt nieuw Subsidieregeling fietsinfrastructuur; vergadering: volgende PO; fase: besluitvorming; "
             "portefeuillehouder: De Vries; opdrachtnemer: Bakker")
    say(app, "agendapunt nieuw Verkenning snelfietsroute; vergadering: volgende PO; fase: beeldvorming; "
             "portefeuillehouder: De Vries")
    say(app, "agendapunt nieuw Begroting 2027; vergadering: volgende GS; fase: oordeelsvorming; "
             "portefeuillehouder: De Vries")
    browser.sign_in(KARIN)
    page = browser.get("/agenda")
    assert page.status == 200
    po = page.text.split("PO: PO · ma 30 november 2026", 1)[1].split("College:", 1)[0]
    assert po.index("Beeldvorming (1)") < po.index("Verkenning snelfietsroute") < po.index("Besluitvorming (1)")
    assert "Subsidieregeling fietsinfrastructuur Anna de Vries Hans Bakker" in po
    assert "Begroting 2027" not in po and "Oordeelsvorming (1)" in page.text
    college = browser.submit(page, page.form_with("Soort vergadering"), soort="college")
    assert "Begroting 2027" in college.text and "Subsidieregeling" not in college.text
    refused = browser.get("/agenda", soort="raad")
    assert "'raad' is geen soort vergadering" in refused.text
