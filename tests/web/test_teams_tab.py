"""The web list as a Teams tab: the tabs in the app package, and which pages Teams may frame (only those)."""
from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from jsonschema import Draft4Validator

from bot.cli import main
from bot.clock import FixedClock
from bot.settings import SettingsError, load_settings
from bot.teams.package import SCHEMA_PATH
from bot.web.security import CSP, TEAMS_ORIGINS
from bot.web.session import COOKIE
from tests.conftest import make_app
from tests.dialogue import KARIN
from tests.web.browser import Browser, serving

WEB = "https://samenspel.noordwaard.example"
TENANT = "3c6b1f0e-2a4d-4b8e-9f10-7d2e5a6b8c90"
TEAMS_ANCESTORS = "frame-ancestors " + " ".join(TEAMS_ORIGINS)


@pytest.fixture
def tab_site(sqlite_url: str, clock: FixedClock) -> Iterator[str]:
    app = make_app(sqlite_url, clock, SAMENSPEL_WEB_ONTWIKKELAANMELDING=True, SAMENSPEL_TEAMS_TAB=True,
                   SAMENSPEL_WEB_ADRES=WEB, SAMENSPEL_OIDC_PRESET="entra", SAMENSPEL_OIDC_TENANT=TENANT,
                   SAMENSPEL_OIDC_CLIENT_ID="samenspel-web", SAMENSPEL_OIDC_CLIENT_SECRET="geheim-van-de-app")
    try:
        with serving(app) as url:
            yield url
    finally:
        app.close()


def test_the_package_gets_a_personal_and_a_channel_tab_on_the_web_address(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in {"MicrosoftAppId": "8f6a4b2e-1c3d-4e5f-9a7b-0c1d2e3f4a5b", "MicrosoftAppPassword": "geheim",
                        "DATABASE_URL": f"sqlite:///{tmp_path / 'niet-gebruikt.db'}", "SAMENSPEL_TEAMS_TAB": "1",
                        "SAMENSPEL_WEB_ADRES": WEB}.items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "samenspel.zip"
    assert main(["teams-package", "--uit", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert list(Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).iter_errors(manifest)) == []
    [personal] = manifest["staticTabs"]
    assert personal["contentUrl"] == f"{WEB}/toezeggingen" and personal["scopes"] == ["personal"]
    [channel] = manifest["configurableTabs"]
    assert channel["configurationUrl"] == f"{WEB}/teams/configuratie"
    assert channel["scopes"] == ["team", "groupChat"]
    assert manifest["validDomains"] == ["samenspel.noordwaard.example"]


def test_without_the_tab_the_package_has_no_tabs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name, value in {"MicrosoftAppId": "8f6a4b2e-1c3d-4e5f-9a7b-0c1d2e3f4a5b", "MicrosoftAppPassword": "geheim",
                        "DATABASE_URL": f"sqlite:///{tmp_path / 'niet-gebruikt.db'}", "SAMENSPEL_WEB_ADRES": WEB}.items():
        monkeypatch.setenv(name, value)
    out = tmp_path / "samenspel.zip"
    assert main(["teams-package", "--uit", str(out)]) == 0
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert "staticTabs" not in manifest and "configurableTabs" not in manifest


def _signed_in_cookie(site: str) -> dict[str, str]:
    """Signed in as Karin over the test's plain http: the cookie is Secure (the pages are https to their users), so
    the test hands it back itself, as a browser would over https."""
    first = requests.get(site + "/aanmelden", timeout=30)
    cookie = {COOKIE: first.cookies[COOKIE]}
    token = first.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
    signed = requests.post(site + "/aanmelden", data={"csrf": token, "email": KARIN}, cookies=cookie,
                           allow_redirects=False, timeout=30)
    assert signed.status_code == 303, signed.text
    return {COOKIE: signed.cookies[COOKIE]}


def test_teams_may_frame_the_pages_and_nothing_else(tab_site: str) -> None:
    cookie = _signed_in_cookie(tab_site)
    for path in ("/toezeggingen", "/toezeggingen/T-2026-001", "/aanmelden", "/teams/configuratie"):
        response = requests.get(tab_site + path, cookies=cookie, allow_redirects=False, timeout=30)
        assert response.status_code == 200, path
        assert TEAMS_ANCESTORS in response.headers["Content-Security-Policy"], path
        assert "X-Frame-Options" not in response.headers, path
    assert "Aangemeld als Karin Bos" in requests.get(tab_site + "/toezeggingen", cookies=cookie, timeout=30).text
    for path in ("/toezeggingen.xlsx", "/static/samenspel.css", "/healthz"):
        response = requests.get(tab_site + path, cookies=cookie, allow_redirects=False, timeout=30)
        assert response.status_code == 200, path
        assert response.headers["Content-Security-Policy"] == CSP, path
        assert response.headers["X-Frame-Options"] == "DENY", path


def test_the_channel_tab_configuration_names_the_list_it_will_show(tab_site: str) -> None:
    page = Browser(tab_site).get("/teams/configuratie", soort="moties", portefeuillehouder="De Vries", te_laat="ja")
    assert page.status == 200 and "Samenspel als tab in dit kanaal" in page.text
    assert page.link("/moties").endswith("/moties?portefeuillehouder=De+Vries&te_laat=ja")
    policy = page.response.headers["Content-Security-Policy"]
    # Only this page runs script: Microsoft's TeamsJS from its CDN and our own save handler.
    assert "script-src 'self' https://res.cdn.office.net;" in policy and "'unsafe-inline'" not in policy
    assert '<script src="/static/teams-configuratie.js">' in page.response.text
    assert requests.get(tab_site + "/static/teams-configuratie.js", timeout=30).status_code == 200
    list_page = requests.get(tab_site + "/aanmelden", timeout=30)
    assert "script-src" not in list_page.headers["Content-Security-Policy"]


def test_signing_in_from_inside_a_tab_opens_a_new_window(tab_site: str) -> None:
    framed = requests.get(tab_site + "/aanmelden", headers={"Sec-Fetch-Dest": "iframe"}, timeout=30)
    assert 'action="/aanmelden/start" target="_blank"' in framed.text
    assert "Aanmelden opent een nieuw venster: Microsoft laat zich niet binnen Teams tonen." in framed.text
    top = requests.get(tab_site + "/aanmelden", headers={"Sec-Fetch-Dest": "document"}, timeout=30)
    assert 'target="_blank"' not in top.text and "Aanmelden met Microsoft" in top.text


def test_the_tab_needs_an_https_web_address(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMENSPEL_TEAMS_TAB", "1")
    monkeypatch.setenv("SAMENSPEL_WEB_ADRES", "http://samenspel.noordwaard.example")
    with pytest.raises(SettingsError, match="SAMENSPEL_TEAMS_TAB heeft SAMENSPEL_WEB_ADRES met https:// nodig"):
        load_settings()


def test_the_entra_preset_needs_the_tenant(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in {"SAMENSPEL_OIDC_PRESET": "entra", "SAMENSPEL_OIDC_CLIENT_ID": "app",
                        "SAMENSPEL_OIDC_CLIENT_SECRET": "geheim", "SAMENSPEL_WEB_ADRES": WEB}.items():
        monkeypatch.setenv(name, value)
    with pytest.raises(SettingsError, match="SAMENSPEL_OIDC_TENANT nodig"):
        load_settings()
    monkeypatch.setenv("SAMENSPEL_OIDC_TENANT", TENANT)
    settings = load_settings()
    assert settings.oidc_expected_issuer == f"https://login.microsoftonline.com/{TENANT}/v2.0"
    assert settings.oidc_return_url == f"{WEB}/aanmelden/terug"
    monkeypatch.setenv("SAMENSPEL_OIDC_PRESET", "slack")
    assert load_settings().oidc_expected_issuer == "https://slack.com"


def test_in_a_tab_the_session_cookie_is_samesite_none_and_secure(tab_site: str) -> None:
    """The pages are reached over https (SAMENSPEL_WEB_ADRES), whatever the proxy in front speaks to the process:
    the cookie is Secure, and SameSite=None so the tab's frame gets it."""
    page = requests.get(tab_site + "/aanmelden", timeout=30)
    cookie = page.headers["Set-Cookie"].lower()
    assert "samesite=none" in cookie and "secure" in cookie and "httponly" in cookie
