"""The list pages as a person uses them in a browser without JavaScript: filters, sorting, paging, the export."""
from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from bot.app import App
from tests.dialogue import KARIN, say
from tests.web.browser import Browser, Page

OPEN = ["T-2026-004", "T-2026-001", "T-2026-002", "T-2026-003"]  # the demo's open toezeggingen, most urgent first


def numbers(page: Page) -> list[str]:
    """The item numbers the table links to, in the order shown."""
    return [text for text, href in page.links if href.startswith(("/toezeggingen/", "/moties/", "/lobby/"))]


def query(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_signed_in_as_the_demo_person_the_list_shows_the_open_toezeggingen(browser: Browser) -> None:
    first = browser.get("/toezeggingen")
    assert "Aanmelden" in first.text and "karin.bos@noordwaard.example" in first.forms[0].fields.values()
    page = browser.sign_in(KARIN)
    assert page.status == 200 and page.url.endswith("/toezeggingen")
    assert "Aangemeld als Karin Bos" in page.text
    assert "4 toezeggingen gevonden." in page.text
    assert numbers(page) == OPEN
    assert "Raadsinformatiebrief over de verkeersveiligheid van de N-weg bij Wadbrug" in page.text
    assert "Hans Bakker" in page.text and "Anna de Vries" in page.text


def test_filters_are_kept_in_every_link(browser: Browser) -> None:
    browser.sign_in(KARIN)
    page = browser.get("/toezeggingen")
    filtered = browser.submit(page, page.form_with("Filteren"), portefeuillehouder="De Vries", sorteer="nummer")
    assert filtered.status == 200
    assert query(filtered.url)["portefeuillehouder"] == ["De Vries"]
    shown = numbers(filtered)
    assert shown and shown == sorted(shown)
    assert filtered.form_with("Filteren").fields["portefeuillehouder"] == "De Vries"
    for text in (shown[0], "Download deze lijst als Excel"):
        kept = query(filtered.link(text))
        assert kept["portefeuillehouder"] == ["De Vries"] and kept["sorteer"] == ["nummer"], text
    # The item page's way back returns to the same filtered list.
    item = browser.get(filtered.link(shown[0]))
    assert query(item.link("Terug naar de lijst"))["portefeuillehouder"] == ["De Vries"]


def test_each_filter_selects_what_it_says(app: App, browser: Browser) -> None:
    late = say(app, "toezegging nieuw Notitie over de veerdienst; portefeuillehouder: Kuipers; eigenaar: Bakker; "
                    "deadline: 2-11-2026").split()[1]
    browser.sign_in(KARIN)
    assert numbers(browser.get("/toezeggingen", te_laat="ja")) == [late]
    assert "1 toezegging gevonden." in browser.get("/toezeggingen", te_laat="ja").text
    assert numbers(browser.get("/toezeggingen", tekst="subsidieregeling")) == ["T-2026-002"]
    assert numbers(browser.get("/toezeggingen", tekst="SUBSIDIE mkb")) == ["T-2026-002"]
    assert numbers(browser.get("/toezeggingen", termijn_tot="31-12-2026")) == [late, "T-2026-004"]
    assert numbers(browser.get("/toezeggingen", termijn_van="2027-01-01", termijn_tot="2027-06-30")) == [
        "T-2026-001", "T-2026-002"]
    assert numbers(browser.get("/toezeggingen", eigenaar="Bakker")) == [late, "T-2026-001"]
    assert numbers(browser.get("/toezeggingen", portefeuillehouder="Kuipers")) == [late, "T-2026-002"]
    everything = browser.get("/toezeggingen", sorteer="termijn-aflopend")
    assert numbers(everything)[0] == "T-2026-002" and numbers(everything)[-1] == "T-2026-003"  # doorlopend: last
    assert "waarvan 1 te laat" in browser.get("/toezeggingen").text


def test_a_closed_one_is_found_by_its_status(app: App, browser: Browser) -> None:
    say(app, "toezegging afgedaan T-2026-004 raadsinformatiebrief 2026-50")
    browser.sign_in(KARIN)
    assert "T-2026-004" not in numbers(browser.get("/toezeggingen"))
    assert numbers(browser.get("/toezeggingen", status="afgedaan")) == ["T-2026-004"]
    assert len(numbers(browser.get("/toezeggingen", status="alle"))) == 4


def test_a_filter_that_cannot_work_says_why_in_dutch_and_keeps_what_was_typed(browser: Browser) -> None:
    browser.sign_in(KARIN)
    unknown = browser.get("/toezeggingen", portefeuillehouder="Pietersma")
    assert unknown.status == 400
    assert "Deze filters kan ik niet toepassen" in unknown.text and "Pietersma" in unknown.text
    assert unknown.form_with("Filteren").fields["portefeuillehouder"] == "Pietersma"
    assert numbers(unknown) == []
    bad_date = browser.get("/toezeggingen", termijn_van="morgenvroeg")
    assert bad_date.status == 400 and "'morgenvroeg' bij termijn vanaf is geen datum" in bad_date.text
    assert "geen status van toezeggingen" in browser.get("/toezeggingen", status="klaar").text
    assert "Sorteren op 'kleur' kan niet" in browser.get("/toezeggingen", sorteer="kleur").text
    assert browser.get("/toezeggingen", pagina="9").status == 400
    assert "Pagina 9 bestaat niet" in browser.get("/toezeggingen", pagina="9").text


def test_a_long_list_is_paged_and_the_pages_keep_the_filter(app: App, browser: Browser) -> None:
    for n in range(30):
        say(app, f"toezegging nieuw Beantwoording vraag {n}; portefeuillehouder: De Vries; deadline: 1-{n % 12 + 1}-2027")
    browser.sign_in(KARIN)
    first = browser.get("/toezeggingen", portefeuillehouder="De Vries", tekst="vraag")
    assert "30 toezeggingen gevonden." in first.text and "Pagina 1 van 2" in first.text
    assert len(numbers(first)) == 25
    second = browser.get(first.link("Volgende pagina"))
    assert query(second.url)["tekst"] == ["vraag"] and query(second.url)["pagina"] == ["2"]
    assert len(numbers(second)) == 5 and not set(numbers(second)) & set(numbers(first))
    assert query(second.link("Vorige pagina")).get("pagina") is None


def test_the_export_holds_exactly_the_filtered_list(app: App, browser: Browser) -> None:
    browser.sign_in(KARIN)
    page = browser.get("/toezeggingen", eigenaar="Bakker", status="alle")
    response, rows = browser.download(page.link("Download deze lijst als Excel"))
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response.headers["Content-Disposition"]
    assert rows[0][:2] == ["Nummer", "Omschrijving"]
    assert [row[0] for row in rows[1:]] == numbers(page) == ["T-2026-001"]
    assert "Hans Bakker" in rows[1]
    _response, everything = browser.download("/toezeggingen.xlsx")
    assert [row[0] for row in everything[1:]] == OPEN
    refused, _rows = browser.download("/toezeggingen.xlsx?portefeuillehouder=Pietersma")
    assert refused.status_code == 403 and "Pietersma" in refused.text


def test_vergadering_and_commissie_select_where_it_was_promised_or_submitted(app: App, browser: Browser) -> None:
    eerste = say(app, "toezegging nieuw Notitie over de rondweg; portefeuillehouder: Kuipers; eigenaar: Bakker; "
                      "deadline: 1-3-2027; vergadering: commissie Ruimte 3-12-2026").split()[1]
    tweede = say(app, "toezegging nieuw Kaart van de fietsroutes; portefeuillehouder: De Vries; eigenaar: Bakker; "
                      "deadline: 1-4-2027; vergadering: commissie Ruimte van 10-12-2026").split()[1]
    say(app, "motie nieuw M2026-050 Veilige schoolroutes; datum: 3-12-2026; vergadering: commissie Ruimte; "
             "uitslag: aangenomen; portefeuillehouder: De Vries; eigenaar: Bakker; termijn: Q3 2027")
    say(app, "motie nieuw M2026-051 Bomen langs de dijk; datum: 12-11-2026; vergadering: Staten; "
             "uitslag: aangenomen; portefeuillehouder: De Vries; eigenaar: Bakker; termijn: Q3 2027")
    browser.sign_in(KARIN)
    assert numbers(browser.get("/toezeggingen", commissie="ruimte")) == [eerste, tweede]
    assert numbers(browser.get("/toezeggingen", commissie="Staten")) == ["T-2026-001"]
    assert numbers(browser.get("/toezeggingen", vergadering="3-12-2026")) == [eerste]
    assert numbers(browser.get("/toezeggingen", vergadering="2026-11-11")) == ["T-2026-001"]  # the date field
    assert numbers(browser.get("/toezeggingen", vergadering="Staten 3-12-2026")) == []
    assert numbers(browser.get("/moties", commissie="Ruimte")) == ["M2026-050"]
    assert numbers(browser.get("/moties", vergadering="Staten 12-11-2026")) == ["M2026-051"]
    # From the form, kept in the links, and exactly this in the export.
    page = browser.get("/toezeggingen")
    filtered = browser.submit(page, page.form_with("Filteren"), vergadering="commissie Ruimte 10-12-2026")
    assert numbers(filtered) == [tweede] and "1 toezegging gevonden." in filtered.text
    assert filtered.form_with("Filteren").fields["vergadering"] == "commissie Ruimte 10-12-2026"
    assert query(filtered.link(tweede))["vergadering"] == ["commissie Ruimte 10-12-2026"]
    _response, rows = browser.download(filtered.link("Download deze lijst als Excel"))
    assert [row[0] for row in rows[1:]] == [tweede]
    assert "commissie Ruimte" in rows[1]


def test_a_vergadering_without_a_day_or_on_the_lobby_list_says_why(browser: Browser) -> None:
    browser.sign_in(KARIN)
    no_day = browser.get("/toezeggingen", vergadering="commissie Ruimte")
    assert no_day.status == 400
    assert "'commissie Ruimte' bij vergadering noemt geen dag" in no_day.text and "filter Commissie" in no_day.text
    assert no_day.form_with("Filteren").fields["vergadering"] == "commissie Ruimte"
    lobby = browser.get("/lobby", commissie="Ruimte")
    assert lobby.status == 400 and "Een lobbyactie komt niet uit een vergadering of commissie" in lobby.text
    assert "vergadering" not in browser.get("/lobby").form_with("Filteren").fields
