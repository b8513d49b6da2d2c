"""The app manifest an administrator pastes into Slack matches what the code listens for."""
from __future__ import annotations

from pathlib import Path

import yaml

from bot.slack.listeners import SHORTCUT_REGISTER
from bot.slack.mount import PATH

MANIFEST = Path(__file__).resolve().parents[3] / "bot" / "slack" / "manifest.yaml"


def test_manifest_declares_command_shortcut_events_scopes_home_and_interactivity() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    features, settings = manifest["features"], manifest["settings"]
    assert [c["command"] for c in features["slash_commands"]] == ["/samenspel"]
    assert [(s["type"], s["callback_id"]) for s in features["shortcuts"]] == [("message", SHORTCUT_REGISTER)]
    assert features["app_home"]["home_tab_enabled"] is True
    assert set(settings["event_subscriptions"]["bot_events"]) == {"app_home_opened", "app_mention", "message.im"}
    assert settings["interactivity"]["is_enabled"] is True
    urls = [settings["event_subscriptions"]["request_url"], settings["interactivity"]["request_url"],
            settings["interactivity"]["message_menu_options_url"], features["slash_commands"][0]["url"]]
    assert all(url.endswith(PATH) for url in urls)
    assert {"users:read.email", "chat:write", "commands", "app_mentions:read", "im:history", "im:write"} <= set(
        manifest["oauth_config"]["scopes"]["bot"]
    )
