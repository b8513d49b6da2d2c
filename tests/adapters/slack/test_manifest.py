"""The app manifest an administrator pastes into Slack: valid for Slack, and matching what the code does."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from bot.slack.listeners import SHORTCUT_REGISTER
from bot.slack.mount import PATH

ROOT = Path(__file__).resolve().parents[3]
MANIFEST = ROOT / "bot" / "slack" / "manifest.yaml"
SCHEMA = ROOT / "bot" / "slack" / "schema" / "manifest.schema.1.0.0.json"

# The scopes each Web API method and event needs (Slack's method and event reference pages).
METHOD_SCOPES: dict[str, set[str]] = {
    "chat_postMessage": {"chat:write"}, "chat_postEphemeral": {"chat:write"}, "chat_getPermalink": set(),
    "conversations_open": {"im:write"}, "conversations_history": {"im:history"},
    "users_info": {"users:read", "users:read.email"},  # .email: the address that finds someone in the register
    "views_open": set(), "views_update": set(), "views_publish": set(),
}
EVENT_SCOPES = {"app_mention": {"app_mentions:read"}, "message.im": {"im:history"}, "app_home_opened": set(),
                # Listening in channels where 'luister aan' is on.
                "message.channels": {"channels:history"}, "message.groups": {"groups:history"}}
# Not a Web API method: the bot token fetches a file shared in the DM from its url_private_download.
FILE_SCOPES = {"files:read"}


def _manifest() -> dict[str, Any]:
    return dict(yaml.safe_load(MANIFEST.read_text(encoding="utf-8")))


def test_manifest_is_valid_against_slacks_published_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in jsonschema.Draft7Validator(schema).iter_errors(_manifest())]
    assert errors == []


def test_manifest_declares_command_shortcut_events_home_and_interactivity() -> None:
    manifest = _manifest()
    features, settings = manifest["features"], manifest["settings"]
    assert [c["command"] for c in features["slash_commands"]] == ["/samenspel"]
    assert [(s["type"], s["callback_id"]) for s in features["shortcuts"]] == [("message", SHORTCUT_REGISTER)]
    assert features["app_home"]["home_tab_enabled"] is True
    assert set(settings["event_subscriptions"]["bot_events"]) == set(EVENT_SCOPES)
    assert settings["interactivity"]["is_enabled"] is True
    urls = [settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            settings["interactivity"]["message_menu_options_url"], features["slash_commands"][0]["url"]]
    assert all(url.endswith(PATH) for url in urls)


def test_manifest_asks_exactly_the_scopes_the_code_uses() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "bot").rglob("*.py"))
    called = set(re.findall(r"client\.([a-z]+_[A-Za-z_]+)\(", source))
    assert called <= set(METHOD_SCOPES), f"map the scopes of {called - set(METHOD_SCOPES)} here"
    assert "url_private_download" in source, "files:read is only asked for because shared files are read"
    needed = {"commands"}.union(*(METHOD_SCOPES[m] for m in called), *EVENT_SCOPES.values(), FILE_SCOPES)
    assert set(_manifest()["oauth_config"]["scopes"]["bot"]) == needed


def test_the_manifests_comments_point_to_what_exists() -> None:
    text = MANIFEST.read_text(encoding="utf-8")
    for path in re.findall(r"\b((?:bot|tests|docs)/[\w/.]+\w)", text):
        assert (ROOT / path).exists(), path
    assert "socket_mode_enabled: false" in text and "set socket_mode_enabled: true" in text
