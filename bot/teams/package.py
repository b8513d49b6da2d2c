"""The Teams app package: manifest.json (schema 1.29) and two icons, zipped, validated before it is written.

Validation uses Microsoft's published JSON schema for the declared manifest version (shipped in schema/,
so it works offline) plus the rules that schema only describes in prose: semver, icon sizes, files present.
"""
from __future__ import annotations

import json
import re
import zipfile
from dataclasses import dataclass
from urllib.parse import urlsplit
from pathlib import Path
from typing import Any

from jsonschema import Draft4Validator

from bot.teams import capture
from bot.teams.icons import color_icon, dimensions, outline_icon
from handlers.texts import aanmelden as ta
from handlers.texts import teams as t

MANIFEST_VERSION = "1.29"
SCHEMA_PATH = Path(__file__).resolve().parent / "schema" / f"MicrosoftTeams.v{MANIFEST_VERSION}.schema.json"
SCHEMA_URL = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
ICON_SIZES = {"color.png": (192, 192), "outline.png": (32, 32)}
_SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$")
ACCENT_COLOR = "#1F6F8B"
# Every string in the manifest is Dutch (handlers/texts/teams.py): Dutch is the default language, so every
# Teams client, whatever its own language, shows these (a translation would add additionalLanguages files).
LANGUAGE = "nl-nl"
BOT_SCOPES = ["personal", "team", "groupChat"]


class PackageError(Exception):
    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class PackageOptions:
    app_id: str
    version: str = "1.0.0"
    developer: str = "Samenspel"
    website: str = "https://samenspel.example/"
    # Where the web pages are (SAMENSPEL_WEB_ADRES, https): set, the package gets the personal and the channel tab.
    web: str = ""

    def url(self, page: str) -> str:
        return self.website.rstrip("/") + "/" + page

    def web_url(self, path: str) -> str:
        return self.web.rstrip("/") + path


def manifest(options: PackageOptions) -> dict[str, Any]:
    return {
        "$schema": SCHEMA_URL,
        "manifestVersion": MANIFEST_VERSION,
        "version": options.version,
        "id": options.app_id,
        "developer": {
            "name": options.developer,
            "websiteUrl": options.website,
            "privacyUrl": options.url("privacy"),
            "termsOfUseUrl": options.url("voorwaarden"),
        },
        "name": {"short": t.APP_SHORT_NAME, "full": t.APP_FULL_NAME},
        "description": {"short": t.APP_SHORT_DESCRIPTION, "full": t.APP_FULL_DESCRIPTION},
        "icons": {"color": "color.png", "outline": "outline.png"},
        "localizationInfo": {"defaultLanguageTag": LANGUAGE},
        "accentColor": ACCENT_COLOR,
        # A meeting's chat is a group chat to a bot: the groupChat scope, and the bot as what a meeting gets.
        "defaultInstallScope": "personal",
        "defaultGroupCapability": {"team": "bot", "groupchat": "bot", "meetings": "bot"},
        "supportedChannelTypes": ["sharedChannels", "privateChannels"],
        "bots": [{
            "botId": options.app_id,
            "scopes": BOT_SCOPES,
            "supportsFiles": False,
            "isNotificationOnly": False,
            "commandLists": [
                {"scopes": ["personal"], "commands": _commands(t.PERSONAL_COMMANDS)},
                {"scopes": ["team", "groupChat"], "commands": _commands(t.CHANNEL_COMMANDS)},
            ],
        }],
        # The '…' menu on any message (chat, channel, meeting chat): capture it as a toezegging (capture.py).
        "composeExtensions": [{
            "botId": options.app_id,
            "composeExtensionType": "botBased",
            "commands": [{
                "id": capture.COMMAND_ID, "type": "action", "context": ["message"], "fetchTask": True,
                "title": t.CAPTURE_COMMAND_TITLE, "description": t.CAPTURE_COMMAND_DESCRIPTION,
            }],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        # Resource-specific consent: a team or chat owner lets the bot read messages that do not @mention it,
        # which is what 'luister aan' needs; without 'luister aan' the bot reads them and does nothing.
        "webApplicationInfo": {"id": options.app_id, "resource": f"api://{options.app_id}"},
        "authorization": {"permissions": {"resourceSpecific": [
            {"name": "ChannelMessage.Read.Group", "type": "Application"},
            {"name": "ChatMessage.Read.Chat", "type": "Application"},
        ]}},
        "validDomains": [],
        **_tabs(options),
    }


def _tabs(options: PackageOptions) -> dict[str, Any]:
    """The web list as tabs: a personal one (the toezeggingen, with every filter on the page) and one a team or chat
    adds, which asks on its configuration page which list it shows (bot/web/teams_tab.py)."""
    if not options.web:
        return {}
    home = options.web_url("/toezeggingen")
    return {
        "staticTabs": [{"entityId": "samenspel-lijsten", "name": ta.TAB_PERSONAL, "contentUrl": home,
                        "websiteUrl": home, "scopes": ["personal"]}],
        "configurableTabs": [{"configurationUrl": options.web_url("/teams/configuratie"),
                              "canUpdateConfiguration": True, "scopes": ["team", "groupChat"],
                              "context": ["channelTab", "privateChatTab", "meetingChatTab"]}],
        # The tab's pages, and the sign-in window a tab opens, are on this host.
        "validDomains": [urlsplit(options.web).netloc],
    }


def _commands(commands: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    return [{"title": title, "description": description} for title, description in commands]


def problems(manifest_json: dict[str, Any], files: dict[str, bytes]) -> list[str]:
    """Everything that would make Teams refuse the package; empty when it is fine."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    found = [f"{'/'.join(str(p) for p in e.absolute_path) or 'manifest'}: {e.message}"
             for e in sorted(validator.iter_errors(manifest_json), key=lambda e: list(map(str, e.absolute_path)))]
    if not _SEMVER.match(str(manifest_json.get("version", ""))):
        found.append(f"version: {manifest_json.get('version')!r} is geen semver (bijv. 1.0.0)")
    for name, size in ICON_SIZES.items():
        if name not in files:
            found.append(f"{name} ontbreekt in het pakket")
        elif dimensions(files[name]) != size:
            found.append(f"{name} is {dimensions(files[name])}, moet {size} zijn")
    return found


def build(options: PackageOptions) -> dict[str, bytes]:
    """The files of the package; raises PackageError when the manifest does not validate."""
    manifest_json = manifest(options)
    files = {"color.png": color_icon(), "outline.png": outline_icon()}
    found = problems(manifest_json, files)
    if found:
        raise PackageError(found)
    return {"manifest.json": json.dumps(manifest_json, ensure_ascii=False, indent=2).encode("utf-8"), **files}


def write(path: Path, options: PackageOptions) -> Path:
    files = build(options)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)  # at the root of the zip, as Teams requires
    return path
