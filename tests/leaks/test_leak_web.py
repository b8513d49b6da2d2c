"""Issue 12's leak matrix on the web pages: every role × every list page (with the filters that would find the
planted items), every export and every item page. An outsider never sees the marker, is never told a confidential
item exists (not in a count, not by an item page that differs from one for a number nobody uses); readers see it.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Iterator

import pytest

from bot.app import App
from bot.clock import FixedClock
from handlers.browse.query import KINDS
from handlers.ports import LobbyFilter, MotieFilter, ToezeggingFilter
from tests.conftest import make_app
from tests.dialogue import say
from tests.leaks.planted import MARKER, OUTSIDERS, READERS, Planted, plant
from tests.web.browser import Browser, serving

FILTERS: tuple[dict[str, str], ...] = (
    {}, {"status": "alle"}, {"tekst": MARKER}, {"tekst": MARKER, "status": "alle"}, {"te_laat": "ja", "status": "alle"},
    {"portefeuillehouder": "De Vries", "status": "alle"}, {"eigenaar": "Bakker", "status": "alle"},
    {"sorteer": "nummer", "status": "alle"}, {"termijn_van": "1-1-2026", "termijn_tot": "31-12-2026", "status": "alle"},
)


@pytest.fixture
def app(database_url: str, clock: FixedClock) -> Iterator[App]:
    application = make_app(database_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True)
    yield application
    application.close()


@pytest.fixture
def planted(app: App, caplog: pytest.LogCaptureFixture) -> Iterator[Planted]:
    caplog.set_level(logging.DEBUG)
    planted = plant(app)
    # A round over every open item, the confidential toezeggingen among them: its page is one more place to look.
    assert "gestart" in say(app, "ronde start alle; sluit: over 10 werkdagen 12:00; voor: raad 10 december")
    yield planted
    leaked = [r.name for r in caplog.records if MARKER in r.getMessage().lower() and not r.name.startswith("urllib3")]
    assert leaked == []


@pytest.fixture
def site(app: App) -> Iterator[str]:
    with serving(app) as url:
        yield url


def _confidential_numbers(p: Planted) -> dict[str, list[str]]:
    overgenomen = p.uit_motie  # and the toezegging taken over from the public motie, found below
    return {"toezeggingen": [p.toezegging, overgenomen], "moties": [p.motie], "lobby": [p.lobby]}


def _public_counts(app: App) -> dict[str, int]:
    """How many items of each kind anyone may see: what an outsider's 'alle statussen' must count, no more."""
    with app.uow_factory() as uow:
        return {
            "toezeggingen": sum(not z.vertrouwelijk for z in uow.toezeggingen.find(ToezeggingFilter(open_only=False))),
            "moties": sum(not m.vertrouwelijk for m in uow.moties.find(MotieFilter(open_only=False))),
            "lobby": sum(not a.vertrouwelijk for a in uow.lobby.find(LobbyFilter(open_only=False))),
        }


def _count(text: str) -> int:
    found = re.search(r"(\d+) (?:toezegging|toezeggingen|motie|moties|lobbyactie|lobbyacties) gevonden", text)
    return int(found.group(1)) if found else 0


def _every_page(browser: Browser, p: Planted) -> Iterator[tuple[str, int, str]]:
    """(what, status, visible text or cells) of every list page, export and planted item page."""
    for soort in KINDS:
        for params in FILTERS:
            page = browser.get(f"/{soort}", **params)
            yield f"/{soort} {params}", page.status, page.text.lower()
            response, rows = browser.download(f"/{soort}.xlsx?" + "&".join(f"{k}={v}" for k, v in params.items()))
            cells = " ".join(str(c) for row in rows for c in row if c is not None)
            yield f"/{soort}.xlsx {params}", response.status_code, (cells or response.text).lower()
    for soort, numbers in _confidential_numbers(p).items():
        for nummer in numbers:
            page = browser.get(f"/{soort}/{nummer}")
            yield f"/{soort}/{nummer}", page.status, page.text.lower()
    page = browser.get(f"/moties/{p.publieke_motie}")
    yield f"/moties/{p.publieke_motie}", page.status, page.text.lower()
    page = browser.get("/overzicht")
    yield "/overzicht", page.status, page.response.text.lower()  # the charts' SVG text too, not only what is read
    for path in ("/rondes", "/rondes/1", "/agenda", "/agenda?soort=po", "/agenda?soort=college"):
        page = browser.get(path)
        yield path, page.status, page.text.lower()


def _open_counts(app: App, confidential_too: bool) -> dict[str, int]:
    """Open toezeggingen and moties, as the overview's 'open' column adds up."""
    with app.uow_factory() as uow:
        return {
            "toezeggingen": sum(confidential_too or not z.vertrouwelijk for z in uow.toezeggingen.find(ToezeggingFilter())),
            "moties": sum(confidential_too or not m.vertrouwelijk for m in uow.moties.find(MotieFilter())),
        }


def _overview_open(browser: Browser) -> dict[str, int]:
    """The sum of the overview's 'open' column per kind, read from its data tables."""
    html = browser.get("/overzicht").response.text
    sums = {}
    for soort in ("toezeggingen", "moties"):
        part = html.split(f'id="{soort}-houders"', 1)[1].split("</table>", 1)[0] if f'id="{soort}-houders"' in html else ""
        rows = re.findall(r"</th>\s*<td[^>]*>(\d+)</td>", part)
        sums[soort] = sum(int(n) for n in rows)
    return sums


def _ronde_numbers(app: App) -> tuple[int, int]:
    """How many items the round holds, and how many of those anyone may see."""
    with app.uow_factory() as uow:
        items = uow.rondes.items(1)
        followed = uow.rondes.followed([i.nummer for i in items])
        return len(items), sum(not followed[i.nummer].vertrouwelijk for i in items)


def test_outsiders_see_nothing_confidential_on_any_page_or_export(app: App, planted: Planted, site: str) -> None:
    public = _public_counts(app)
    for who, email in OUTSIDERS.items():
        browser = Browser(site)
        assert browser.sign_in(email).status == 200, who
        for what, status, text in _every_page(browser, planted):
            assert MARKER not in text, (who, what)
            assert "vertrouwelijk" not in text or what.startswith("/moties/"), (who, what)
            assert status in (200, 404), (who, what, status)
        for soort in KINDS:
            assert _count(browser.get(f"/{soort}", status="alle").text) == public[soort], (who, soort)
        assert _overview_open(browser) == _open_counts(app, confidential_too=False), who
        # The round and the agenda: no confidential number, and counts that only hold what anyone may see.
        hidden = [n for numbers in _confidential_numbers(planted).values() for n in numbers] + [planted.punt]
        for path in ("/rondes", "/rondes/1", "/agenda"):
            text = browser.get(path).text
            assert not [n for n in hidden if n in text], (who, path)
        total, public_in_round = _ronde_numbers(app)
        assert total > public_in_round  # the round does hold confidential items
        assert f"van {public_in_round} beantwoord" in browser.get("/rondes/1").text, who


def test_a_confidential_number_reads_like_one_nobody_uses(planted: Planted, site: str) -> None:
    browser = Browser(site)
    browser.sign_in(OUTSIDERS["commissaris"])
    for soort, numbers in _confidential_numbers(planted).items():
        unused = {"toezeggingen": "T-2026-999", "moties": "M2026-999", "lobby": "L-2026-999"}[soort]
        nobody = browser.get(f"/{soort}/{unused}")
        for nummer in numbers:
            hidden = browser.get(f"/{soort}/{nummer}")
            assert (hidden.status, hidden.text.replace(nummer, "X")) == (nobody.status, nobody.text.replace(unused, "X"))


def test_readers_see_the_planted_items_on_the_pages_and_in_the_export(app: App, planted: Planted, site: str) -> None:
    for who, email in READERS.items():
        browser = Browser(site)
        browser.sign_in(email)
        if who in ("concernadviseur", "andere concernadviseur", "griffier"):  # the keepers read every confidential item: all are counted
            assert _overview_open(browser) == _open_counts(app, confidential_too=True), who
        for soort, numbers in _confidential_numbers(planted).items():
            assert MARKER in browser.get(f"/{soort}", status="alle", tekst=MARKER).text.lower(), (who, soort)
            _response, rows = browser.download(f"/{soort}.xlsx?status=alle&tekst={MARKER}")
            assert any(MARKER in str(c).lower() for row in rows for c in row), (who, soort)
            for nummer in numbers:
                page = browser.get(f"/{soort}/{nummer}")
                assert page.status == 200 and MARKER in page.text.lower(), (who, soort, nummer)
        assert planted.toezegging in browser.get("/rondes/1").text, who
        assert MARKER in browser.get("/agenda").text.lower(), who


def test_the_public_list_and_feed_hold_nothing_confidential(database_url: str, clock: FixedClock,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """The raad's list (SAMENSPEL_OPENBARE_LIJST): no marker in any list page, item page or the feed, and each
    confidential number answered byte for byte like a number nobody uses."""
    public = make_app(database_url, clock, SAMENSPEL_OPENBARE_LIJST=True)
    try:
        p = plant(public)
        with serving(public) as url:
            browser = Browser(url)
            for path in ("/openbaar/toezeggingen", "/openbaar/moties", "/openbaar/feed.atom",
                         f"/openbaar/moties/{p.publieke_motie}"):
                response = browser.session.get(url + path, timeout=30)
                assert response.status_code == 200 and MARKER not in response.text.lower(), path
                assert "Bakker" not in response.text, path  # the eigenaar: a civil servant
            unused = {"toezeggingen": "T-2026-999", "moties": "M2026-999"}
            for soort, numbers in _confidential_numbers(p).items():
                if soort == "lobby":
                    continue
                nobody = browser.session.get(f"{url}/openbaar/{soort}/{unused[soort]}", timeout=30)
                for nummer in numbers:
                    hidden = browser.session.get(f"{url}/openbaar/{soort}/{nummer}", timeout=30)
                    assert hidden.status_code == nobody.status_code == 404, nummer
                    assert hidden.text.replace(nummer, "X") == nobody.text.replace(unused[soort], "X"), nummer
    finally:
        public.close()
