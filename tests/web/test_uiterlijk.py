"""The look: the NL Design System's Utrecht CSS served from this server, the organisation's name and brand colour
from the settings, and pages that still work when the npm CSS is not installed."""
from __future__ import annotations

from pathlib import Path

import pytest
import requests

from bot.clock import FixedClock
from bot.settings import SettingsError, load_settings
from bot.web.look import brand_stylesheet, contrast
from tests.conftest import make_app
from tests.dialogue import KARIN
from tests.web.browser import Browser, serving
from tests.web.chromium import require_nlds


def test_the_pages_link_the_utrecht_css_and_the_brand_colour_from_the_settings(sqlite_url: str, clock: FixedClock) -> None:
    require_nlds()
    app = make_app(sqlite_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True,
                   SAMENSPEL_ORGANISATIE="Provincie Noordwaard", SAMENSPEL_HUISKLEUR="#01689B")
    with serving(app) as site:
        browser = Browser(site)
        page = browser.sign_in(KARIN)
        html = page.response.text
        assert "Samenspel · Provincie Noordwaard" in page.text
        for sheet in ("/static/nlds/utrecht-tokens.css", "/static/nlds/utrecht-components.css",
                      "/static/huisstijl.css", "/static/samenspel.css"):
            assert f'href="{sheet}"' in html, sheet
            response = requests.get(site + sheet, timeout=10)
            assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/css"), sheet
        assert 'class="utrecht-table utrecht-table--html-table"' in html and "utrecht-button" in html
        assert ".utrecht-table" in requests.get(site + "/static/nlds/utrecht-components.css", timeout=10).text
        brand = requests.get(site + "/static/huisstijl.css", timeout=10).text
        assert "--samenspel-huiskleur: #01689b;" in brand
        assert "style-src 'self'" in page.response.headers["Content-Security-Policy"] and " style=" not in html
        assert requests.get(site + "/static/nlds/../../settings.py", timeout=10).status_code == 404
    app.close()


def test_without_the_npm_css_the_pages_work_on_samenspel_css(sqlite_url: str, clock: FixedClock, tmp_path: Path) -> None:
    app = make_app(sqlite_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True, SAMENSPEL_WEB_ASSETS=str(tmp_path))
    with serving(app) as site:
        page = Browser(site).sign_in(KARIN)
        assert page.status == 200 and "4 toezeggingen gevonden." in page.text
        assert "/static/nlds/" not in page.response.text and 'href="/static/samenspel.css"' in page.response.text
        assert requests.get(site + "/static/nlds/utrecht-components.css", timeout=10).status_code == 404
    app.close()


def test_text_on_the_brand_colour_is_readable_whatever_the_colour() -> None:
    for colour in ("#154273", "#ffd700", "#e17000", "#ffffff", "#000000", "#01689b"):
        css = brand_stylesheet(colour)
        on = css.split("--samenspel-op-huiskleur: ")[1][:7]
        link = css.split("--samenspel-link: ")[1][:7]
        assert contrast(colour, on) >= 4.5 and contrast(link, "#ffffff") >= 4.5, colour


def test_a_brand_colour_that_is_no_colour_is_refused_in_dutch() -> None:
    with pytest.raises(SettingsError, match="'blauw' is geen kleur; schrijf de huiskleur als #rrggbb"):
        load_settings(SAMENSPEL_HUISKLEUR="blauw")
