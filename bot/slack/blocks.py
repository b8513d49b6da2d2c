"""Block Kit for a neutral OutgoingReply: items as sections with fields and buttons, notes as context.

Buttons carry their command (or their form, as JSON) in the button value, so a click needs no server-side
state: the listener reads the value back and either runs the command or opens the form as a modal.
"""
from __future__ import annotations

from typing import Any

from bot.slack.forms import form_to_value
from bot.mentions import mention_map, replace_texts
from bot.paging import page_buttons
from handlers.messages import Button, ButtonStyle, Field, Item, OutgoingReply, ReplyKind, Section
from handlers.texts import aanmelden as ta
from handlers.texts import slack as t

Block = dict[str, Any]

ACTION_COMMAND = "samenspel_cmd"
ACTION_FORM = "samenspel_form"
MAX_BLOCKS = 50  # Slack rejects a message with more.
_TEXT_LIMIT = 2900  # a section's text may hold 3000 characters
_FIELD_LIMIT = 1900  # a section field 2000
_KIND_MARK = {ReplyKind.INFO: "", ReplyKind.WARNING: ":warning: ", ReplyKind.ERROR: ":x: "}


def escape(text: str) -> str:
    """Slack mrkdwn treats &, < and > as control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_text(reply: OutgoingReply) -> str:
    """The notification/fallback text Slack shows where blocks cannot be shown."""
    return _KIND_MARK[reply.kind] + reply.text


def render_blocks(reply: OutgoingReply) -> list[Block]:
    """Block Kit for a whole reply; buttons with a Form open a modal when clicked."""
    blocks: list[Block] = [_section(_KIND_MARK[reply.kind] + escape(reply.text))]
    blocks.extend(_menu(section, n) for n, section in enumerate(reply.sections))
    tail = _fields(reply.fields) + _actions(reply.buttons + page_buttons(reply.page), "reply") + _notes(reply.notes)
    tail += _web_link(reply)
    room = MAX_BLOCKS - len(blocks) - len(tail) - 1
    shown = 0
    for item in _packed(reply.items):  # one by one: a long list stops as soon as the message is full
        rendered = item if isinstance(item, list) else _item(item)
        if len(rendered) > room:
            break
        blocks.extend(rendered)
        room -= len(rendered)
        shown += 1
    if shown < len(reply.items):
        blocks.append(_context(t.MORE_ITEMS.format(n=len(reply.items) - shown)))
    mentions = mention_map(reply.mentions, lambda m: f"<@{m.slack_user_id}>" if m.slack_user_id else None)
    result: list[Block] = replace_texts(blocks + tail[: MAX_BLOCKS - len(blocks)], mentions)
    return result


def _packed(items: tuple[Item, ...]) -> list[Item | list[Block]]:
    """Compact list lines (no fields, no buttons) share one section per run; other items keep their own.

    One entry per item, so the caller can count what it showed: the run's section, then empty entries.
    """
    out: list[Item | list[Block]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.extend([[_section("\n".join(run))]] + [[] for _ in run[1:]])
            run.clear()

    for item in items:
        if item.fields or item.buttons:
            flush()
            out.append(item)
            continue
        line = _line(item)
        if len("\n".join([*run, line])) > _TEXT_LIMIT:
            flush()
        run.append(line)
    flush()
    return out


def _line(item: Item) -> str:
    marks = (":warning: " if item.overdue else "") + (":lock: " if item.confidential else "")
    return f"{marks}{escape(item.title)}"[:_TEXT_LIMIT]


def _menu(section: Section, index: int) -> Block:
    """One entry of a menu: what the section holds, with a button that shows it."""
    block = _section(f"*{escape(section.title)}*  {escape(section.summary)}")
    block["accessory"] = _button(Button(section.title, command=section.command), index)
    return block


def _item(item: Item) -> list[Block]:
    marks = (":warning: " if item.overdue else "") + (":lock: " if item.confidential else "")
    section = _section(f"{marks}*{escape(item.title)}*")
    if item.fields:
        section["fields"] = [_mrkdwn(f"*{escape(f.label)}*\n{escape(f.value)}"[:_FIELD_LIMIT]) for f in item.fields[:10]]
    return [section, *_actions(item.buttons, item.key)]


def _fields(fields: tuple[Field, ...]) -> list[Block]:
    """Label/value lines, packed into as few sections as Slack's text limit allows."""
    blocks: list[Block] = []
    chunk = ""
    for field in fields:
        line = f"*{escape(field.label)}*  {escape(field.value)}"[:_TEXT_LIMIT]
        if chunk and len(chunk) + len(line) + 1 > _TEXT_LIMIT:
            blocks.append(_section(chunk))
            chunk = ""
        chunk = f"{chunk}\n{line}" if chunk else line
    return blocks + ([_section(chunk)] if chunk else [])


def _actions(buttons: tuple[Button, ...], key: str) -> list[Block]:
    if not buttons:
        return []
    return [{"type": "actions", "block_id": f"acties:{key}"[:255], "elements": [_button(b, i) for i, b in enumerate(buttons)]}]


def _button(button: Button, index: int) -> Block:
    element: Block
    if button.form is not None:
        element = {"action_id": f"{ACTION_FORM}:{index}", "value": form_to_value(button.form)}
    else:
        element = {"action_id": f"{ACTION_COMMAND}:{index}", "value": button.command}
    element.update(type="button", text={"type": "plain_text", "text": button.label[:75], "emoji": True})
    if button.style is not ButtonStyle.DEFAULT:
        element["style"] = button.style.value
    return element


def _web_link(reply: OutgoingReply) -> list[Block]:
    """The same list on the web, with its filter in the address (only where the web has a public address)."""
    url = reply.web_list.url if reply.web_list is not None else ""
    if not url:
        return []
    # Slack's link syntax <url|text>: '<', '>' and '|' never occur in an address that urlencode wrote.
    return [{"type": "context", "elements": [_mrkdwn(f"<{url}|{ta.WEB_LINK}>")]}]


def _notes(notes: tuple[str, ...]) -> list[Block]:
    return [_context("\n".join(notes))] if notes else []


def _section(text: str) -> Block:
    return {"type": "section", "text": _mrkdwn(text[:_TEXT_LIMIT])}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [_mrkdwn(escape(text)[:_TEXT_LIMIT])]}


def _mrkdwn(text: str) -> dict[str, str]:
    return {"type": "mrkdwn", "text": text}
