"""The public list for the raad: off by default, without sign-in when on, only what is not confidential, no civil
servant's name, cacheable, read-only, an Atom feed of new and changed items; a confidential number reads exactly like
a number nobody uses."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
import requests

from bot.app import App
from bot.clock import FixedClock
from tests.conftest import make_app
from tests.dialogue import say
from tests.web.browser import Browser, Page, serving

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def public_app(database_url: str, clock: FixedClock) -> Iterator[App]:
    application = make_app(database_url, clock, SAMENSPEL_OPENBARE_LIJST=True, SAMENSPEL_OPENBAAR_CACHE_SECONDEN=600)
    yield application
    application.close()


@pytest.fixture
def public_site(public_app: App) -> Iterator[str]:
    with serving(public_app) as url:
        yield url


def test_off_by_default_every_public_address_is_not_found(site: str) -> None:
    for path in ("/openbaar", "/openbaar/toezeggingen", "/openbaar/moties", "/openbaar/feed.atom",
                 "/openbaar/toezeggingen/T-2026-001"):
        assert requests.get(site + path, timeout=10, allow_redirects=False).status_code == 404, path


def test_the_raad_reads_the_list_without_signing_in(public_app: App, public_site: str) -> None:
    say(public_app, "toezegging stand T-2026-001 Concept ligt bij de gedeputeerde")
    page = Browser(public_site).get("/openbaar/toezeggingen")
    assert page.status == 200 and "Openbare lijst van toezeggingen" in page.text
    assert "Raadsinformatiebrief over de verkeersveiligheid van de N-weg bij Wadbrug" in page.text
    assert "Anna de Vries" in page.text and "Concept ligt bij de gedeputeerde" in page.text
    assert "Hans Bakker" not in page.text and "Aanmelden" not in page.text  # no civil servant; no sign-in
    assert page.response.headers["Cache-Control"] == "public, max-age=600"
    assert "Set-Cookie" not in page.response.headers
    assert page.forms == []  # read-only: nothing to send
    item = Browser(public_site).get(page.link("T-2026-001"))
    assert item.status == 200 and "Portefeuillehouder Anna de Vries" in item.text and "Hans Bakker" not in item.text
    assert "Stand van zaken Concept ligt bij de gedeputeerde" in item.text
    assert requests.post(public_site + "/openbaar/toezeggingen/T-2026-001", timeout=10).status_code == 405


def test_afdoening_is_shown(public_app: App, public_site: str) -> None:
    say(public_app, "toezegging afgedaan T-2026-004 raadsinformatiebrief 2026-50")
    item = Browser(public_site).get("/openbaar/toezeggingen/T-2026-004")
    assert "Afdoening raadsinformatiebrief 2026-50" in item.text and "afgedaan" in item.text


def _confidential(app: App) -> str:
    reply = say(app, "toezegging nieuw Geheime grondaankoop Zuidpolder; portefeuillehouder: De Vries; eigenaar: Bakker; "
                     "deadline: 1-3-2027; vertrouwelijk")
    return reply.split()[1]


def test_a_confidential_item_is_nowhere_and_its_number_reads_like_an_unused_one(public_app: App,
                                                                                public_site: str) -> None:
    nummer = _confidential(public_app)
    assert "vertrouwelijk" in say(public_app, f"toezegging {nummer}").lower()
    browser = Browser(public_site)
    listed = browser.get("/openbaar/toezeggingen")
    assert "Zuidpolder" not in listed.text and nummer not in listed.text
    assert "5 toezeggingen op deze lijst." not in listed.text and "4 toezeggingen op deze lijst." in listed.text
    assert "Zuidpolder" not in requests.get(public_site + "/openbaar/feed.atom", timeout=10).text
    unused = "T-2026-999"
    assert len(unused) == len(nummer)
    hidden = requests.get(f"{public_site}/openbaar/toezeggingen/{nummer}", timeout=10)
    nobody = requests.get(f"{public_site}/openbaar/toezeggingen/{unused}", timeout=10)
    assert hidden.status_code == nobody.status_code == 404
    assert hidden.content.replace(nummer.encode(), b"X") == nobody.content.replace(unused.encode(), b"X")
    skip = {"Date"}
    assert {k: v for k, v in hidden.headers.items() if k not in skip} == \
        {k: v for k, v in nobody.headers.items() if k not in skip}
    # Spelled otherwise (lower case, spaces) the answer is the same too: nothing echoes the stored number.
    other = requests.get(f"{public_site}/openbaar/toezeggingen/{nummer.lower()}", timeout=10)
    assert other.status_code == 404 and nummer not in other.text


def test_the_atom_feed_lists_new_and_changed_items_newest_first(public_app: App, public_site: str,
                                                               clock: FixedClock) -> None:
    new = say(public_app, "toezegging nieuw Notitie over de veerdienst; portefeuillehouder: Kuipers; eigenaar: Bakker; "
                          "deadline: 1-2-2027").split()[1]
    clock.advance(dt.timedelta(minutes=5))
    say(public_app, "toezegging stand T-2026-002 Regeling ligt bij de raad")
    response = requests.get(public_site + "/openbaar/feed.atom", timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("application/atom+xml")
    assert response.headers["Cache-Control"] == "public, max-age=600"
    feed = ElementTree.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    titles = [e.findtext(f"{ATOM}title") or "" for e in entries]
    assert any(title.startswith(new) for title in titles) and any(title.startswith("T-2026-002") for title in titles)
    changed = next(e for e in entries if (e.findtext(f"{ATOM}title") or "").startswith("T-2026-002"))
    assert "Regeling ligt bij de raad" in (changed.findtext(f"{ATOM}summary") or "")
    link = changed.find(f"{ATOM}link")
    assert link is not None and link.get("href", "").endswith("/openbaar/toezeggingen/T-2026-002")
    assert "Bakker" not in response.text  # the eigenaar is a civil servant
    updated = [e.findtext(f"{ATOM}updated") or "" for e in entries]
    assert updated == sorted(updated, reverse=True)


def test_the_moties_list_and_a_page_past_the_end(public_app: App, public_site: str) -> None:
    page: Page = Browser(public_site).get("/openbaar/moties")
    assert page.status == 200 and "Openbare lijst van moties" in page.text
    past = Browser(public_site).get("/openbaar/moties", pagina="9")
    assert past.status == 404 or past.status == 400
    assert "Pagina 9 bestaat niet" in past.text
    bad = Browser(public_site).get("/openbaar/moties", pagina="twee")
    assert bad.status == 400
