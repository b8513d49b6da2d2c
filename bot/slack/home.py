"""The App Home tab: my open toezeggingen, what is due soon, and a button to register a new one."""
from __future__ import annotations

from typing import Any

from bot.slack.blocks import render_blocks
from handlers.commands.toezeggingen.render import registratie_form
from handlers.messages import Button, ButtonStyle, OutgoingReply
from handlers.texts import slack as t

MAX_HOME_BLOCKS = 100  # Slack's limit for a Home tab


def home_view(replies: list[OutgoingReply | None], headings: tuple[str, ...] = (t.HOME_MINE, t.HOME_SOON)) -> dict[str, Any]:
    new = OutgoingReply(text=t.HOME_INTRO, buttons=(Button(t.HOME_NEW, form=registratie_form(), style=ButtonStyle.PRIMARY),))
    blocks: list[dict[str, Any]] = [{"type": "header", "text": {"type": "plain_text", "text": t.HOME_TITLE}}]
    blocks += render_blocks(new)
    for heading, reply in zip(headings, replies):
        if reply is None:
            continue
        section: list[dict[str, Any]] = [{"type": "divider"}, {"type": "header", "text": {"type": "plain_text", "text": heading[:150]}}]
        section += render_blocks(reply)
        if len(blocks) + len(section) > MAX_HOME_BLOCKS:
            break
        blocks += section
    return {"type": "home", "blocks": blocks}
