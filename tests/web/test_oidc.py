"""Signing in with OpenID Connect against a real OpenID Provider (npm oidc-provider), through the real redirects:
our server, the provider's login and consent pages and the return, all real HTTP in one browser session."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from bot.clock import FixedClock
from bot.web.oidc import PENDING_COOKIE
from bot.web.session import COOKIE
from tests.conftest import make_app
from tests.dialogue import KARIN
from tests.web.browser import Browser, Page, path_of, serving
from tests.web.provider import CLIENT_ID, CLIENT_SECRET, free_port, running_provider


@contextmanager
def oidc_site(sqlite_url: str, clock: FixedClock, tmp_path: Path, **provider: str) -> Iterator[str]:
    """Our server with only the OpenID Connect sign-in (no development switch), and the provider beside it. It
    trusts the issuer at 127.0.0.1 (ISSUER_HOST=localhost makes the provider call itself otherwise)."""
    port = free_port()
    redirect = f"http://127.0.0.1:{port}/aanmelden/terug"
    with running_provider(redirect, tmp_path / "provider.log", **provider) as issuer:
        app = make_app(sqlite_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=False,
                       SAMENSPEL_OIDC_ISSUER=issuer.replace("localhost", "127.0.0.1"), SAMENSPEL_OIDC_CLIENT_ID=CLIENT_ID,
                       SAMENSPEL_OIDC_CLIENT_SECRET=CLIENT_SECRET, SAMENSPEL_OIDC_REDIRECT_URL=redirect)
        try:
            with serving(app, port) as url:
                yield url
        finally:
            app.close()


def sign_in(browser: Browser, email: str, path: str = "/toezeggingen", **filters: str) -> Page:
    """What a person does: open a page, press 'Aanmelden met …', log in at the provider and consent. The page it
    ends on carries every response on the way in `steps`."""
    page = browser.get(path, **filters)
    assert "Aanmelden met je organisatie" in page.text, page.text
    at_provider = browser.submit(page, page.form_with("Aanmelden met"))
    seen = [*at_provider.response.history, at_provider.response]
    assert at_provider.status == 200 and at_provider.forms, at_provider.text
    login = at_provider.forms[0]
    consent = browser.submit(at_provider, login, login=email, password="wat-dan-ook")
    seen += [*consent.response.history, consent.response]
    end = browser.submit(consent, consent.forms[0]) if consent.forms and "prompt" in consent.forms[0].fields \
        else consent
    end.steps = [*seen, *end.response.history]  # type: ignore[attr-defined]
    return end


def steps(page: Page) -> list[requests.Response]:
    return list(page.steps)  # type: ignore[attr-defined]


def test_signing_in_lands_on_the_filtered_list_as_that_person(sqlite_url: str, clock: FixedClock,
                                                              tmp_path: Path) -> None:
    with oidc_site(sqlite_url, clock, tmp_path) as site:
        browser = Browser(site)
        page = sign_in(browser, KARIN, eigenaar="Bakker", status="alle")
        assert page.status == 200
        assert path_of(page.url) == "/toezeggingen?eigenaar=Bakker&status=alle"
        assert "Aangemeld als Karin Bos" in page.text and "1 toezegging gevonden." in page.text
        # The pending sign-in is gone; the session cookie is ours, signed, HttpOnly, Lax over http.
        names = {c.name for c in browser.session.cookies}
        assert COOKIE in names and PENDING_COOKIE not in names
        redirects = [r.url for r in steps(page)]
        authorize = next(u for u in redirects if "/auth?" in u)
        assert "code_challenge_method=S256" in authorize and "nonce=" in authorize and "state=" in authorize


def test_signing_out_ends_the_session(sqlite_url: str, clock: FixedClock, tmp_path: Path) -> None:
    with oidc_site(sqlite_url, clock, tmp_path) as site:
        browser = Browser(site)
        page = sign_in(browser, KARIN)
        out = browser.submit(page, page.form_with("Afmelden"))
        assert "Je bent afgemeld." in out.text
        again = browser.get("/moties")
        assert "Aanmelden met je organisatie" in again.text and "Aangemeld als" not in again.text


def test_someone_the_registry_does_not_know_gets_a_dutch_page_and_no_session(
        sqlite_url: str, clock: FixedClock, tmp_path: Path) -> None:
    with oidc_site(sqlite_url, clock, tmp_path) as site:
        browser = Browser(site)
        page = sign_in(browser, "onbekend@elders.example")
        assert page.status == 403
        assert ("Je bent bij je organisatie bekend als onbekend@elders.example, maar dat adres staat niet in het "
                "rollenregister van Samenspel") in page.text
        assert "Aanmelden met je organisatie" in browser.get("/toezeggingen").text


def test_a_second_return_with_the_same_state_is_refused(sqlite_url: str, clock: FixedClock, tmp_path: Path) -> None:
    with oidc_site(sqlite_url, clock, tmp_path) as site:
        browser = Browser(site)
        page = sign_in(browser, KARIN)
        history = steps(page)
        callback = next(r.url for r in history if "/aanmelden/terug?" in r.url)
        started = next(r for r in history if r.url.startswith(site + "/aanmelden/start"))
        pending = started.cookies[PENDING_COOKIE]

        # The same browser: the state was used up at the first return.
        replay = Page(browser.session.get(callback, timeout=30))
        assert replay.status == 400
        assert "Deze aanmelding is al gebruikt, is verlopen of is niet in deze browser begonnen" in replay.text

        # Someone who kept the cookie of the start: the state matches, but the provider refuses the used code.
        thief = requests.Session()
        thief.cookies.set(PENDING_COOKIE, pending, path="/aanmelden")
        stolen = Page(thief.get(callback, timeout=30))
        assert stolen.status == 403 and "weigerde de aanmeldcode" in stolen.text
        assert "Aangemeld als" not in Page(thief.get(site + "/toezeggingen", timeout=30)).text


@pytest.mark.parametrize("tamper, message", [
    ("iss", "Het aanmeldbewijs kwam niet van de identiteitsprovider die deze server vertrouwt."),
    ("aud", "Het aanmeldbewijs was bedoeld voor een andere toepassing dan Samenspel."),
    ("sig", "Het aanmeldbewijs is niet ondertekend met een sleutel van de identiteitsprovider."),
])
def test_an_id_token_with_another_issuer_audience_or_key_signs_nobody_in(
        sqlite_url: str, clock: FixedClock, tmp_path: Path, tamper: str, message: str) -> None:
    with oidc_site(sqlite_url, clock, tmp_path, TAMPER=tamper) as site:
        browser = Browser(site)
        page = sign_in(browser, KARIN)
        assert page.status == 403 and message in page.text
        assert "Aanmelden met je organisatie" in browser.get("/toezeggingen").text


def test_an_expired_id_token_signs_nobody_in(sqlite_url: str, clock: FixedClock, tmp_path: Path) -> None:
    """The provider's clock runs two hours behind: its one-hour ID token expired an hour before it arrives."""
    with oidc_site(sqlite_url, clock, tmp_path, CLOCK_OFFSET_SECONDS="-7200") as site:
        browser = Browser(site)
        page = sign_in(browser, KARIN)
        assert page.status == 403 and "Het aanmeldbewijs is verlopen" in page.text
        assert "Aanmelden met je organisatie" in browser.get("/toezeggingen").text


def test_a_provider_that_names_another_issuer_is_not_trusted(sqlite_url: str, clock: FixedClock,
                                                            tmp_path: Path) -> None:
    """Configured for one issuer, the discovery document names another: no one is sent there at all."""
    with oidc_site(sqlite_url, clock, tmp_path, ISSUER_HOST="localhost") as site:
        browser = Browser(site)
        page = browser.get("/toezeggingen")
        refused = browser.submit(page, page.form_with("Aanmelden met"))
        assert refused.status == 502 and "niet goed ingesteld" in refused.text
        assert all("/auth?" not in r.url for r in refused.response.history)


def test_a_provider_that_takes_the_secret_only_in_the_form_works_too(sqlite_url: str, clock: FixedClock,
                                                                     tmp_path: Path) -> None:
    """Slack's token endpoint names only client_secret_post: the client follows what discovery says."""
    with oidc_site(sqlite_url, clock, tmp_path, TOKEN_AUTH="client_secret_post") as site:
        page = sign_in(Browser(site), KARIN)
        assert page.status == 200 and "Aangemeld als Karin Bos" in page.text
