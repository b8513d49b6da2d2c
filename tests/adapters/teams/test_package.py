"""`samenspel teams-package`: a zip Teams accepts, whose manifest validates against the schema it declares."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from jsonschema import Draft4Validator

from bot.cli import main
from bot.teams.icons import dimensions
from bot.teams.package import SCHEMA_PATH

APP_ID = "8f6a4b2e-1c3d-4e5f-9a7b-0c1d2e3f4a5b"


@pytest.fixture
def configured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.setenv("MicrosoftAppId", APP_ID)
    monkeypatch.setenv("MicrosoftAppPassword", "geheim")
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'niet-gebruikt.db'}")
    return tmp_path


def test_the_package_holds_a_valid_manifest_and_both_icons(configured: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = configured / "samenspel.zip"

    assert main(["teams-package", "--uit", str(out), "--versie", "1.2.0", "--website", "https://noordwaard.example/"]) == 0

    assert "Teams-pakket geschreven" in capsys.readouterr().out
    with zipfile.ZipFile(out) as archive:
        assert sorted(archive.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(archive.read("manifest.json"))
        icons = {name: dimensions(archive.read(name)) for name in ("color.png", "outline.png")}
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert manifest["manifestVersion"] == schema["properties"]["manifestVersion"]["const"] == "1.29"
    assert manifest["$schema"].endswith("/v1.29/MicrosoftTeams.schema.json")
    assert list(Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER).iter_errors(manifest)) == []
    assert manifest["id"] == manifest["bots"][0]["botId"] == APP_ID
    assert manifest["version"] == "1.2.0"
    assert manifest["developer"]["privacyUrl"] == "https://noordwaard.example/privacy"
    assert icons == {"color.png": (192, 192), "outline.png": (32, 32)}
    # Dutch, usable in personal chats, teams, group chats and meetings, with the message action.
    assert manifest["localizationInfo"] == {"defaultLanguageTag": "nl-nl"}
    assert set(manifest["bots"][0]["scopes"]) == {"personal", "team", "groupChat"}
    assert manifest["defaultGroupCapability"]["meetings"] == "bot"
    [command] = manifest["composeExtensions"][0]["commands"]
    assert command["type"] == "action" and command["context"] == ["message"] and command["fetchTask"] is True
    assert command["title"] == "Registreer als toezegging" and manifest["composeExtensions"][0]["botId"] == APP_ID


def test_the_outline_icon_is_white_on_transparent(configured: Path) -> None:
    out = configured / "p.zip"
    main(["teams-package", "--uit", str(out)])
    with zipfile.ZipFile(out) as archive:
        data = archive.read("outline.png")
    import zlib

    raw = zlib.decompress(data[data.index(b"IDAT") + 4:-16])
    pixels = {raw[row * 129 + 1 + i * 4: row * 129 + 5 + i * 4] for row in range(32) for i in range(32)}
    assert pixels == {b"\x00\x00\x00\x00", b"\xff\xff\xff\xff"}


def test_an_app_id_that_is_not_a_guid_is_refused_with_the_reason(
    monkeypatch: pytest.MonkeyPatch, configured: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("MicrosoftAppId", "mijn-bot")
    out = configured / "p.zip"

    assert main(["teams-package", "--uit", str(out), "--versie", "1.0"]) == 1

    error = capsys.readouterr().err
    assert "id: 'mijn-bot' does not match" in error and "geen semver" in error
    assert not out.exists()


def test_without_an_app_id_it_says_what_to_do(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["teams-package", "--uit", str(tmp_path / "p.zip")]) == 2
    assert "MicrosoftAppId ontbreekt" in capsys.readouterr().err
