"""Slack adapter: translate (pure), blocks and modals (Block Kit), listeners (Bolt), mount (HTTP / Socket Mode)."""
