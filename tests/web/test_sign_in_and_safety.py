"""Signing in (the development switch), the session cookie, the headers and the logs of the web pages."""
from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
import requests

from bot.app import App
from bot.clock import FixedClock
from bot.settings import SettingsError, load_settings
from bot.web.security import CSP
from bot.web.session import COOKIE
from tests.conftest import make_app
from tests.dialogue import KARIN, say
from tests.leaks.planted import MARKER
from tests.web.browser import Browser, path_of, serving


def test_not_signed_in_goes_to_sign_in_and_back_to_the_same_filtered_list(browser: Browser) -> None:
    first = browser.get("/toezeggingen", eigenaar="Bakker", status="alle")
    assert first.status == 200 and "Ontwikkelaanmelding" in first.text
    back = browser.submit(first, first.form_with("Aanmelden als"), email=KARIN)
    assert path_of(back.url) == "/toezeggingen?eigenaar=Bakker&status=alle"
    assert "1 toezegging gevonden." in back.text


def test_someone_not_in_the_registry_cannot_sign_in(browser: Browser) -> None:
    page = browser.sign_in("onbekend@elders.example")
    assert page.status == 403
    assert "Ik ken onbekend@elders.example niet" in page.text
    assert "Aanmelden als" in browser.get("/toezeggingen").text


def test_signing_out_ends_the_session(browser: Browser) -> None:
    page = browser.sign_in(KARIN)
    out = browser.submit(page, page.form_with("Afmelden"))
    assert "Je bent afgemeld." in out.text
    assert "Aanmelden als" in browser.get("/moties").text


def test_the_session_cookie_is_signed_httponly_and_samesite(browser: Browser) -> None:
    browser.sign_in(KARIN)
    cookie = next(c for c in browser.session.cookies if c.name == COOKIE)
    assert cookie.has_nonstandard_attr("HttpOnly") and cookie.get_nonstandard_attr("SameSite") == "Lax"
    # Changing one character of the signed value makes it no session at all.
    value = cookie.value or ""
    browser.session.cookies.set(COOKIE, value[:-2] + ("A" if value[-2] != "A" else "B") + value[-1])
    assert "Aanmelden als" in browser.get("/toezeggingen").text


def test_the_development_sign_in_refuses_another_host_name(site: str) -> None:
    """A page elsewhere that points its own name at 127.0.0.1 (DNS rebinding) cannot sign anyone in."""
    session = requests.Session()
    page = session.get(site + "/aanmelden", headers={"Host": "evil.example"}, timeout=30)
    token = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    refused = session.post(site + "/aanmelden", data={"csrf": token, "email": KARIN}, headers={"Host": "evil.example"},
                           timeout=30)
    assert refused.status_code == 403 and "nog niet ingesteld" in refused.text


@pytest.fixture
def serve_site(database_url: str, clock: FixedClock) -> Iterator[str]:
    """`samenspel serve` as configured by default: no development sign-in."""
    application = make_app(database_url, clock)
    try:
        with serving(application) as url:
            yield url
    finally:
        application.close()


def test_serve_without_the_switch_signs_nobody_in(serve_site: str) -> None:
    browser = Browser(serve_site)
    page = browser.get("/toezeggingen")
    assert "Aanmelden is op deze server nog niet ingesteld" in page.text and not page.forms
    response = browser.session.get(serve_site + "/aanmelden", timeout=30)
    token = response.text.split('name="csrf" value="', 1)
    assert len(token) == 1  # no form at all
    assert "Aanmelden als" not in browser.get("/moties").text


def test_the_switch_only_with_a_loopback_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMENSPEL_WEB_ONTWIKKELAANMELDING", "1")
    monkeypatch.setenv("HOST", "0.0.0.0")
    with pytest.raises(SettingsError, match="SAMENSPEL_WEB_ONTWIKKELAANMELDING kan alleen met HOST op dit apparaat"):
        load_settings()
    monkeypatch.setenv("HOST", "127.0.0.1")
    assert load_settings().web_dev_login is True


def test_every_page_and_the_export_carry_a_strict_content_security_policy(browser: Browser) -> None:
    browser.sign_in(KARIN)
    for path in ("/toezeggingen", "/toezeggingen/T-2026-001", "/toezeggingen.xlsx", "/aanmelden", "/nergens",
                 "/static/samenspel.css"):
        response = browser.session.get(browser.base + path, timeout=30)
        assert response.headers["Content-Security-Policy"] == CSP, path
        assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert "script-src" not in CSP and "'unsafe-inline'" not in CSP and "default-src 'none'" in CSP
    page = browser.get("/toezeggingen")
    assert "<script" not in page.response.text and "style=" not in page.response.text
    assert page.response.headers["Cache-Control"] == "no-store"


def test_item_text_and_search_words_stay_out_of_the_logs(app: App, browser: Browser,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    say(app, f"toezegging stand T-2026-001 onderhandeling {MARKER} loopt")
    browser.sign_in(KARIN)
    browser.get("/toezeggingen", tekst=MARKER)
    browser.get("/toezeggingen/T-2026-001")
    page = browser.get("/toezeggingen/T-2026-001")
    browser.submit(page, page.form_with("Stand van zaken T-2026-001"), tekst=f"nog steeds {MARKER}")
    browser.get("/toezeggingen.xlsx", tekst=MARKER)
    # The server's records; urllib3 logs what the test's own client asked for.
    logged = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("urllib3")).lower()
    assert MARKER not in logged
    assert "/toezeggingen" in logged  # the access log is there, without the query string


def test_a_failure_inside_a_page_is_logged_without_content_and_shown_as_an_apology(
        app: App, browser: Browser, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    browser.sign_in(KARIN)

    def broken(*_args: object) -> None:
        raise ValueError(f"kapot bij {MARKER}")

    monkeypatch.setattr("bot.web.pages.browse", broken)
    page = browser.get("/toezeggingen", tekst=MARKER)
    assert page.status == 500 and "Het is gelogd" in page.text
    logged = "\n".join(r.getMessage() for r in caplog.records).lower()
    assert "page failed: lijst toezeggingen" in logged and "valueerror" in logged and MARKER not in logged
