"""The message extension 'Registreer als toezegging': the '…' menu on any message (chat, channel, meeting chat).

Teams asks for a dialog (composeExtension/fetchTask) and gets the core's registration form, pre-filled from the
message: its text, who wrote it and a link to it. The dialog's submit (composeExtension/submitAction) runs the
same command as a typed registration; a mistake shows the form again with the reason and what was typed.
Pure functions on the activity JSON; botbuilder stays in bot.py.
"""
from __future__ import annotations

import html
import re
from dataclasses import replace
from typing import Any

from bot.teams.cards import CARD_CONTENT_TYPE, SUBMIT, form_card
from bot.teams.translate import ACTION_KEY
from handlers.commands.toezeggingen.render import registratie_form
from handlers.messages import Form
from handlers.texts import teams as t

COMMAND_ID = "registreerToezegging"
FETCH_TASK = "composeExtension/fetchTask"
SUBMIT_ACTION = "composeExtension/submitAction"
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<br\s*/?>|</p>|</div>", re.IGNORECASE)

Json = dict[str, Any]


def is_capture(activity: Json) -> bool:
    return str((activity.get("value") or {}).get("commandId") or "") == COMMAND_ID


def message_text(activity: Json) -> str:
    """The captured message as one plain line, with its author and link (the promise's source)."""
    message = (activity.get("value") or {}).get("messagePayload") or {}
    body = message.get("body") or {}
    text = str(body.get("content") or "")
    if body.get("contentType", "html") == "html":
        text = html.unescape(_TAG.sub(" ", _BREAK.sub(" ", text)))
    text = " ".join(text.split())
    user = (message.get("from") or {}).get("user") or {}
    name, link = str(user.get("displayName") or ""), str(message.get("linkToMessage") or "")
    if not name:
        return text
    template = t.CAPTURE_SOURCE if link else t.CAPTURE_SOURCE_NO_LINK
    return template.format(tekst=text, naam=name, link=link)


def fetch_task(activity: Json) -> Json:
    """The dialog with the registration form, pre-filled from the message."""
    return dialog(registratie_form(message_text(activity)))


def dialog(form: Form, problem: str | None = None) -> Json:
    intro = (problem, t.CAPTURE_FIX) if problem else ()
    # Action.Submit: Teams' dialogs do not support Action.Execute.
    content = form_card(form, ACTION_KEY, SUBMIT, intro)
    content["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json"
    return {"task": {"type": "continue", "value": {
        "title": t.CAPTURE_COMMAND_TITLE, "width": "medium", "height": "large",
        "card": {"contentType": CARD_CONTENT_TYPE, "content": content},
    }}}


def done(text: str) -> Json:
    """The answer to a dialog's submit that closes it: Teams shows this message (an empty body is not a
    task-module response; the dialog would stay open or report an error)."""
    return {"task": {"type": "message", "value": text}}


def submitted_data(activity: Json) -> Json:
    data = (activity.get("value") or {}).get("data")
    return data if isinstance(data, dict) else {}


def retry(activity: Json, problem: str) -> Json:
    """The same form again with what was typed still in it, and the reason the command refused it."""
    data = submitted_data(activity)
    inputs: dict[str, str] = (data.get(ACTION_KEY) or {}).get("inputs") or {}
    form = registratie_form()
    typed = tuple(replace(f, initial=str(data.get(inputs.get(f.name, "")) or "")) for f in form.fields)
    return dialog(replace(form, fields=typed), problem)
