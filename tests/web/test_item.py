"""The item page: every field, the stand van zaken, linked items, the whole history; and changing the item from
the page, through the same commands as the chat (rights, status machine, reasons, audit)."""
from __future__ import annotations

from bot.app import App
from tests.dialogue import HANS, KARIN, say
from tests.web.browser import Browser

MAAIKE = "maaike.peters@noordwaard.example"  # professional: reads, changes nothing of others


def test_the_item_page_shows_every_field_the_stand_and_the_history(app: App, browser: Browser) -> None:
    say(app, "toezegging stand T-2026-001 Concept ligt bij de gedeputeerde")
    browser.sign_in(KARIN)
    page = browser.get(browser.get("/toezeggingen").link("T-2026-001"))
    assert page.status == 200
    text = page.text
    assert "T-2026-001 · Raadsinformatiebrief over de verkeersveiligheid van de N-weg bij Wadbrug" in text
    for shown in ("Status openstaand", "Q1 2027", "Ambtelijk eigenaar Hans Bakker", "Portefeuillehouder Anna de Vries",
                  "Toegezegd in Staten wo 11 november 2026"):
        assert shown in text, shown
    assert "Stand van zaken Concept ligt bij de gedeputeerde" in text
    history = text.split("Historie", 1)[1]
    assert "Karin Bos" in history and "Concept ligt bij de gedeputeerde" in history
    assert "In de chat: toezegging T-2026-001" in text


def test_a_motie_and_the_toezegging_it_became_link_to_each_other(app: App, browser: Browser) -> None:
    say(app, "motie nieuw M2026-040 Fietsenstalling bij het station; datum: 12-10-2026; uitslag: aangenomen; "
             "portefeuillehouder: De Vries; eigenaar: Bakker; termijn: Q3 2027")
    toezegging = say(app, "motie overnemen als toezegging M2026-040").split("T-", 1)[1][:8]
    browser.sign_in(KARIN)
    motie = browser.get("/moties/M2026-040")
    assert "Fietsenstalling bij het station" in motie.text and "Gekoppeld" in motie.text
    linked = browser.get(motie.link(f"T-{toezegging}"))
    assert linked.status == 200 and f"T-{toezegging}" in linked.text
    assert browser.get(linked.link("M2026-040")).url.endswith("/moties/M2026-040")


def test_the_stand_van_zaken_from_the_page_is_the_chat_command(app: App, browser: Browser) -> None:
    browser.sign_in(HANS)  # the owner
    page = browser.get("/toezeggingen/T-2026-001")
    done = browser.submit(page, page.form_with("Stand van zaken T-2026-001"), tekst="Brief ligt ter ondertekening")
    assert done.status == 200 and "Gelukt" in done.text
    assert "Stand van zaken Brief ligt ter ondertekening" in done.text
    assert "Brief ligt ter ondertekening" in done.text.split("Historie", 1)[1]
    assert "Brief ligt ter ondertekening" in say(app, "toezegging historie T-2026-001")
    # Sending the same form again (a reload, a double click) stores nothing twice.
    again = browser.submit(page, page.form_with("Stand van zaken T-2026-001"), tekst="Brief ligt ter ondertekening")
    assert "al verstuurd" in again.text
    assert say(app, "toezegging historie T-2026-001").count("Brief ligt ter ondertekening") == 1


def test_moving_the_deadline_needs_a_reason_as_in_the_chat(app: App, browser: Browser) -> None:
    browser.sign_in(KARIN)
    page = browser.get("/toezeggingen/T-2026-001")
    refused = browser.submit(page, page.form_with("Deadline verzetten"), deadline="Q3 2027", reden="")
    assert refused.status == 400
    assert "Niet gelukt" in refused.text and "alleen met een reden" in refused.text
    assert "Q1 2027" in say(app, "toezegging T-2026-001")
    page = browser.get("/toezeggingen/T-2026-001")
    moved = browser.submit(page, page.form_with("Deadline verzetten"), deadline="Q3 2027",
                           reden="het verkeersonderzoek loopt uit")
    assert moved.status == 200 and "Gelukt" in moved.text and "Q3 2027" in moved.text
    assert "het verkeersonderzoek loopt uit" in moved.text.split("Historie", 1)[1]
    assert "Q3 2027" in say(app, "toezegging T-2026-001")


def test_who_may_not_change_it_gets_no_form_and_a_forged_one_changes_nothing(app: App, browser: Browser,
                                                                              site: str) -> None:
    owner = Browser(site)
    owner.sign_in(HANS)
    form_page = owner.get("/toezeggingen/T-2026-001")
    form = form_page.form_with("Stand van zaken T-2026-001")
    browser.sign_in(MAAIKE)
    page = browser.get("/toezeggingen/T-2026-001")
    assert page.status == 200 and "Raadsinformatiebrief" in page.text
    assert "Wijzigen" not in page.text and not [f for f in page.forms if f.method == "post" and "actie" in f.fields]
    # Her own session's token, the owner's form: the button is not hers, so nothing runs.
    forged = {**form.fields, "csrf": page.forms[0].fields["csrf"], "tekst": "Door Maaike"}
    response = browser.session.post(form_page.url, data=forged, timeout=30)
    assert response.status_code == 409
    assert "Door Maaike" not in say(app, "toezegging historie T-2026-001")


def test_a_form_without_the_sessions_token_is_refused(app: App, browser: Browser, site: str) -> None:
    browser.sign_in(KARIN)
    page = browser.get("/toezeggingen/T-2026-001")
    form = page.form_with("Stand van zaken T-2026-001")
    refused = browser.submit(page, form, csrf="geraden", tekst="Van een andere site")
    assert refused.status == 403 and "Dit formulier is verlopen" in refused.text
    assert "Van een andere site" not in say(app, "toezegging historie T-2026-001")


def test_an_unknown_number_is_a_dutch_not_found(browser: Browser) -> None:
    browser.sign_in(KARIN)
    for path in ("/toezeggingen/T-2026-999", "/toezeggingen/onzin", "/moties/M2099-001", "/lobby/L-2026-099"):
        page = browser.get(path)
        assert page.status == 404 and "bestaat niet, of je mag hem niet zien" in page.text, path


def test_the_lobby_list_and_an_action_page(app: App, browser: Browser) -> None:
    nummer = say(app, "lobby nieuw Extra treinen; dossier: Nedersaksenlijn; target: ministerie IenW; moment: 1-12-2026; "
                      "bestuurder: De Vries; eigenaar: Bakker").split()[1]
    browser.sign_in(KARIN)
    page = browser.get("/lobby", portefeuillehouder="De Vries")
    assert "1 lobbyactie gevonden." in page.text and "Nedersaksenlijn: Extra treinen" in page.text
    assert "Bestuurder" in page.text
    item = browser.get(page.link(nummer))
    assert "ministerie IenW" in item.text
    done = browser.submit(item, item.form_with("Contact vastleggen"), verslag="Gesprek met de DG, positief")
    assert done.status == 200 and "Gelukt" in done.text and "Gesprek met de DG, positief" in done.text
