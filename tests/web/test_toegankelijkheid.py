"""WCAG 2.1 AA in a real Chromium: axe-core finds no violation on any page (lists with and without filters, a
refused filter, item pages with their change forms and a result, the ronde's progress, the agenda, sign-in (also
with the OpenID Connect button, in a Teams tab too), the Teams tab's configuration page, a message page), and the
pages work with the keyboard alone: Tab reaches the filters, the list's links and an item's forms, focus is visible, Enter sends.
See docs/toegankelijkheid.md."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests

from bot.app import App
from bot.clock import FixedClock
from tests.conftest import make_app
from tests.dialogue import HANS, KARIN, say
from tests.web.browser import serving
from tests.web.chromium import axe_violations, nlds_applied, visible_focus

PAGES = (
    "/toezeggingen",
    "/toezeggingen?portefeuillehouder=De+Vries&te_laat=ja&status=alle&sorteer=nummer&tekst=brief",
    "/toezeggingen?status=alle&pagina=1&termijn_van=1-1-2026&termijn_tot=31-12-2027",
    "/toezeggingen?termijn_van=morgen-ofzo",  # a refused filter: the form with a Dutch message
    "/moties?status=alle",
    "/lobby?status=alle",
    "/toezeggingen/T-2026-001",
    "/moties/M2026-001",
    "/lobby/L-2026-001",
    "/toezeggingen/T-2026-999",  # the message page: does not exist
    "/overzicht",
    "/openbaar/toezeggingen",
    "/openbaar/moties",
    "/openbaar/toezeggingen/T-2026-001",
    "/openbaar/toezeggingen/T-2026-999",
    "/toezeggingen?commissie=Mobiliteit&vergadering=PO+30-11-2026&status=alle",
    "/moties?vergadering=PO",  # a meeting without a day: refused with a Dutch message
    "/rondes",
    "/rondes/1",
    "/agenda",
    "/agenda?soort=college",
    "/agenda?soort=raad",  # refused (403, with the Dutch message)
)


@pytest.fixture
def site(sqlite_url: str, clock: FixedClock) -> Iterator[str]:
    application = make_app(sqlite_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True, SAMENSPEL_OPENBARE_LIJST=True)
    _demo_history(application)
    with serving(application) as url:
        yield url
    application.close()


@pytest.fixture
def tab_site(sqlite_url: str, clock: FixedClock) -> Iterator[str]:
    """With OpenID Connect and the Teams tab on: the sign-in page shows 'Aanmelden met Microsoft' (the provider is
    only asked once someone presses it) and /teams/configuratie exists."""
    application = make_app(sqlite_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True, SAMENSPEL_TEAMS_TAB=True,
                           SAMENSPEL_WEB_ADRES="https://samenspel.noordwaard.example", SAMENSPEL_OIDC_PRESET="entra",
                           SAMENSPEL_OIDC_TENANT="3c6b1f0e-2a4d-4b8e-9f10-7d2e5a6b8c90",
                           SAMENSPEL_OIDC_CLIENT_ID="samenspel-web", SAMENSPEL_OIDC_CLIENT_SECRET="geheim-van-de-app")
    with serving(application) as url:
        yield url
    application.close()


def _demo_history(app: App) -> None:
    say(app, "toezegging stand T-2026-001 Concept ligt bij de gedeputeerde")
    assert "Ronde 1 gestart" in say(app, "ronde start alle; sluit: over 10 werkdagen 12:00; voor: raad 10 december")
    say(app, "ronde afdoening T-2026-001 raadsinformatiebrief 2026-45", HANS)
    say(app, "agendapunt nieuw Subsidieregeling fietsinfrastructuur; vergadering: volgende PO; fase: besluitvorming; "
             "portefeuillehouder: De Vries; opdrachtnemer: Bakker")
    say(app, "agendapunt nieuw Begroting 2027; vergadering: volgende GS; fase: oordeelsvorming; "
             "portefeuillehouder: De Vries")


def _sign_in(page: Any, base: str, email: str) -> None:
    page.goto(base + "/aanmelden")
    page.fill("#email", email)
    page.press("#email", "Enter")
    page.wait_for_url(base + "/toezeggingen")


@pytest.fixture
def tab(chromium: Any, site: str) -> Iterator[Any]:
    # axe-core is a script from outside the page: the test lets it past the page's own CSP, nothing else does.
    context = chromium.new_context(bypass_csp=True, locale="nl-NL")
    yield context.new_page()
    context.close()


def test_axe_finds_no_wcag_violation_on_any_page(tab: Any, site: str) -> None:
    tab.goto(site + "/aanmelden")
    assert axe_violations(tab) == [], "/aanmelden"
    assert nlds_applied(tab)
    _sign_in(tab, site, KARIN)
    found = {}
    for path in PAGES:
        response = tab.goto(site + path)
        assert response is not None and response.status in (200, 400, 403, 404), path
        found[path] = axe_violations(tab)
    assert found == {path: [] for path in PAGES}


def test_axe_on_the_openid_connect_button_and_the_teams_tab_configuration(chromium: Any, tab_site: str) -> None:
    context = chromium.new_context(bypass_csp=True, locale="nl-NL")
    page = context.new_page()
    page.route("https://res.cdn.office.net/**", lambda route: route.abort())  # TeamsJS: no Internet in tests
    found = {}
    page.goto(tab_site + "/aanmelden")
    assert page.locator("button", has_text="Aanmelden met Microsoft").count() == 1
    found["/aanmelden"] = axe_violations(page)
    # Inside a Teams tab the browser says Sec-Fetch-Dest: iframe, which Chromium lets no page set; the server's own
    # answer to that request (fetched over real HTTP) is what the browser shows.
    framed = requests.get(tab_site + "/aanmelden", headers={"Sec-Fetch-Dest": "iframe"}, timeout=30)
    page.route(tab_site + "/aanmelden", lambda route: route.fulfill(response=None, status=framed.status_code,
                                                                  content_type="text/html", body=framed.text))
    page.goto(tab_site + "/aanmelden")
    assert "nieuw venster" in page.inner_text("main")
    found["/aanmelden in een tab"] = axe_violations(page)
    for path in ("/teams/configuratie", "/teams/configuratie?soort=moties&portefeuillehouder=De+Vries&te_laat=ja"):
        response = page.goto(tab_site + path)
        assert response is not None and response.status == 200, path
        found[path] = axe_violations(page)
    context.close()
    assert found == {path: [] for path in found}


def test_axe_after_a_change_from_the_page_and_after_signing_out(tab: Any, site: str) -> None:
    _sign_in(tab, site, HANS)
    tab.goto(site + "/toezeggingen/T-2026-001")
    form = tab.locator("form", has_text="Stand van zaken T-2026-001").first
    form.locator("textarea").fill("Brief ligt ter ondertekening")
    form.locator("button[type=submit]").click()
    tab.wait_for_selector("text=Gelukt")
    assert axe_violations(tab) == []
    tab.click("text=Afmelden")
    tab.wait_for_selector("text=Je bent afgemeld")
    assert axe_violations(tab) == []


def _tab_until(page: Any, wanted: Any, limit: int = 80) -> list[dict[str, Any]]:
    """Press Tab until `wanted(focus)` holds; every stop on the way must show its focus."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        focus = visible_focus(page)
        stops.append(focus)
        assert focus["visible"], f"focus niet zichtbaar op {focus}"
        if wanted(focus):
            return stops
    raise AssertionError(f"niet bereikt met Tab: {[s['id'] or s['text'] for s in stops]}")


def test_the_keyboard_alone_reaches_filters_links_and_forms_and_sends_them(chromium: Any, site: str) -> None:
    # No bypass here: the page's own CSP holds, and nothing on it is blocked.
    context = chromium.new_context(locale="nl-NL")
    page = context.new_page()
    blocked: list[str] = []
    page.on("console", lambda message: blocked.append(message.text) if message.type == "error" else None)
    page.goto(site + "/aanmelden")
    first = _tab_until(page, lambda f: True)[0]
    assert first["href"] == "#inhoud"  # the skip link comes first
    _tab_until(page, lambda f: f["id"] == "email")
    page.keyboard.press("Enter")  # the address is filled in with the demo person: Enter signs in
    page.wait_for_url(site + "/toezeggingen")

    stops = _tab_until(page, lambda f: f["id"] == "tekst")
    assert {"portefeuillehouder", "eigenaar", "status", "te_laat", "termijn_van"} <= {s["id"] for s in stops}
    page.keyboard.type("subsidie")
    page.keyboard.press("Enter")
    page.wait_for_url("**/toezeggingen?**tekst=subsidie**")
    _tab_until(page, lambda f: f["text"] == "T-2026-002")
    page.keyboard.press("Enter")
    page.wait_for_url("**/toezeggingen/T-2026-002?**")

    _tab_until(page, lambda f: f["tag"] == "textarea" and f["name"] == "tekst")
    page.keyboard.type("Regeling ligt bij de raad")
    _tab_until(page, lambda f: f["tag"] == "button", limit=3)
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Gelukt")
    assert "Regeling ligt bij de raad" in page.inner_text("main")
    assert blocked == []
    context.close()
