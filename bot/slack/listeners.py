"""Bolt listeners: ack at once, translate, run the command off the event loop, deliver the reply.

Every listener acks first (Slack allows 3 seconds) and only then looks up the user and runs the command;
Bolt keeps the listener running after the HTTP response has gone out.
"""
from __future__ import annotations

import asyncio
import dataclasses
import functools
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.app import App
from bot.slack import translate
from bot.slack.blocks import ACTION_COMMAND, ACTION_FORM
from bot.slack.delivery import Target, send
from bot.slack.documents import SUPPORTED, FileFetch, document_text
from bot.slack.forms import (
    CALLBACK_FORM, PREVIEW_ACTION, SUGGEST_ACTION, fill, form_from_value, metadata, modal_view, submitted_values, with_preview,
)
from bot.slack.home import home_view
from bot.slack.identity import Identity
from handlers.commands.toezeggingen.render import registratie_form
from handlers.deadlines import DeadlineKind, describe, parse_deadline
from handlers.messages import Address, Form, IncomingCommand, OutgoingReply, ReplyKind
from handlers.texts import APOLOGY
from handlers.texts import slack as t
from storage.importers.documents import DocumentError

log = logging.getLogger(__name__)

SHORTCUT_REGISTER = "registreer_toezegging"
# How long a modal submission waits for the command before closing the modal anyway (Slack allows 3 s).
SUBMIT_WAIT = 2.0
# Other words an error message uses for a field (the deadline parser says "termijn").
_FIELD_WORDS = {"deadline": ("termijn",), "omschrijving": ("omschrijving", "toegezegd")}

Body = dict[str, Any]


class SlackListeners:
    def __init__(self, app: App, identity: Identity) -> None:
        self.app = app
        self.identity = identity

    def register(self, bolt: AsyncApp) -> None:
        # Each listener is tracked while it runs, so a graceful stop waits for acked work (bot/inflight.py),
        # and guarded, so a failure after the ack reaches the user.
        def track(listener: Listener) -> Listener:
            return self.app.inflight.track(_guarded(listener))

        bolt.command(re.compile(r"^/"))(track(self.on_command))
        bolt.event("app_mention")(track(self.on_event))
        bolt.event("message")(track(self.on_event))
        bolt.event("app_home_opened")(track(self.on_home))
        bolt.action(re.compile(f"^{ACTION_COMMAND}:"))(track(self.on_button))
        bolt.action(re.compile(f"^{ACTION_FORM}:"))(track(self.on_form_button))
        bolt.action(PREVIEW_ACTION)(track(self.on_deadline_preview))
        bolt.view(CALLBACK_FORM)(track(self.on_submit))
        bolt.shortcut(SHORTCUT_REGISTER)(track(self.on_register_shortcut))
        bolt.options(re.compile(f"^{SUGGEST_ACTION}:"))(track(self.on_suggest))
        bolt.error(on_error)

    async def on_command(self, ack: Any, body: Body, client: AsyncWebClient) -> None:
        await ack()
        text = translate.strip_share(str(body.get("text") or "")) or "help"
        if self._opens_registration(text):
            await self._open_form(client, body, registratie_form())
            return
        incoming = translate.command_to_incoming({**body, "text": body.get("text") or "help"}, self.app.clock.now())
        target = Target(incoming.address, incoming.actor.user_id, body.get("response_url"),
                        translate.wants_share(str(body.get("text") or "")))
        await send(client, target, await self._run(incoming))

    async def on_event(self, ack: Any, body: Body, client: AsyncWebClient) -> None:
        await ack()
        incoming = translate.event_to_incoming(body, self.app.clock.now())
        shared = translate.shared_document(body, SUPPORTED)
        if shared is not None:
            await self._read_document(body, shared, client)
            return
        if incoming is None:
            await self._listen(body, client)
            return
        await send(client, Target(incoming.address, incoming.actor.user_id), await self._run(incoming))

    async def _read_document(self, body: Body, shared: translate.SharedFile, client: AsyncWebClient) -> None:
        """A file in the DM is a verslag to read: its candidates come back with buttons, like 'verslag <tekst>'."""
        address = Address(translate.PLATFORM, shared.channel, private=True)
        try:
            text = await document_text(shared, str(client.token), FileFetch.from_settings(self.app.settings))
        except DocumentError as error:
            await send(client, Target(address, shared.user_id), OutgoingReply(text=str(error), kind=ReplyKind.ERROR))
            return
        incoming = IncomingCommand(translate.actor(shared.user_id), address, "verslag", self.app.clock.now(),
                                   request_id=f"event:{body.get('event_id') or translate.request_hash(shared.url)}")
        actor = dataclasses.replace(incoming.actor, email=await self.identity.email(shared.user_id))
        reply = await self.app.dispatcher.handle_document_async(dataclasses.replace(incoming, actor=actor), text)
        await send(client, Target(address, shared.user_id), reply)

    async def _listen(self, body: Body, client: AsyncWebClient) -> None:
        """Channel chatter: only in a channel where listening is on, and only the author sees a suggestion."""
        incoming = translate.channel_message_to_incoming(body, self.app.clock.now())
        if incoming is None:
            return
        actor = dataclasses.replace(incoming.actor, email=await self.identity.email(incoming.actor.user_id))
        reply = await self.app.dispatcher.listen_async(dataclasses.replace(incoming, actor=actor),
                                                      translate.message_link(body))
        if reply is not None:
            await send(client, Target(incoming.address, incoming.actor.user_id, only_author=True), reply)

    async def on_button(self, ack: Any, body: Body, action: Body, client: AsyncWebClient) -> None:
        await ack()
        address = translate.interaction_address(body)
        incoming = translate.interaction_to_incoming(body, str(action.get("value", "")), address, self.app.clock.now())
        target = Target(address, incoming.actor.user_id, body.get("response_url"))
        await send(client, target, await self._run(incoming))

    async def on_form_button(self, ack: Any, body: Body, action: Body, client: AsyncWebClient) -> None:
        await ack()
        await self._open_form(client, body, form_from_value(str(action["value"])))

    async def on_register_shortcut(self, ack: Any, body: Body, client: AsyncWebClient) -> None:
        """'Registreer als toezegging' on a message: the modal starts with its text and a link to it.

        The modal opens first: its trigger_id expires 3 seconds after the click, so no other Web API call
        may come before it. The link to the message is added with views.update once Slack has given it.
        """
        await ack()
        message = body.get("message") or {}
        text = translate.clean_text(str(message.get("text") or ""))
        channel = str((body.get("channel") or {}).get("id") or "")
        opened = await self._open_form(client, body, registratie_form(text))
        if channel and message.get("ts"):
            link = await client.chat_getPermalink(channel=channel, message_ts=str(message["ts"]))
            if link.get("permalink"):
                linked = registratie_form(f"{text} ({t.SOURCE.format(link=link['permalink'])})")
                view = opened.get("view") or {}
                await client.views_update(view_id=view.get("id"), hash=view.get("hash"),
                                          view=modal_view(linked, self._form_meta(body)))

    async def on_deadline_preview(self, ack: Any, body: Body, action: Body, client: AsyncWebClient) -> None:
        await ack()
        wanted = str(action.get("value") or "")
        deadline = parse_deadline(wanted, self.app.clock.now().date(), self.app.calendar)
        explained = deadline.message if deadline.kind is DeadlineKind.ERROR else describe(deadline)
        view = body["view"]
        await client.views_update(
            view_id=view["id"], hash=view.get("hash"),
            view=with_preview(view, t.DEADLINE_PREVIEW.format(uitleg=explained or wanted)),
        )

    async def on_submit(self, ack: Any, body: Body, view: Body, client: AsyncWebClient) -> None:
        """Wait briefly for the command: a mistake is shown in the modal; a slow one answers after closing."""
        meta = metadata(view)
        form = form_from_value(str(meta["form"]))
        address = Address(translate.PLATFORM, str(meta["channel"]), bool(meta["private"]), meta.get("thread"))
        text = fill(form, submitted_values(view))
        incoming = translate.interaction_to_incoming(body, text, address, self.app.clock.now())
        running = asyncio.ensure_future(self._run(incoming))
        done, _pending = await asyncio.wait({running}, timeout=SUBMIT_WAIT)
        reply = running.result() if done else None
        if reply is not None and reply.kind is ReplyKind.ERROR:
            await ack(response_action="errors", errors={_error_field(form, reply): _error_text(reply)})
            return
        await ack()
        target = Target(address, incoming.actor.user_id, meta.get("response_url"))
        await send(client, target, reply if done else await running)

    async def on_home(self, body: Body, client: AsyncWebClient) -> None:
        event = body.get("event") or {}
        if event.get("tab") != "home":
            return
        user = str(event["user"])
        address = Address(translate.PLATFORM, user, private=True)
        now = self.app.clock.now()
        replies = [
            await self._run(IncomingCommand(translate.actor(user), address, words, now))
            for words in ("toezeggingen mijn", "toezeggingen binnen 2 weken")
        ]
        await client.views_publish(user_id=user, view=home_view(replies))

    async def on_suggest(self, ack: Any, body: Body) -> None:
        """Slack's options request for a people picker: who matches what has been typed so far."""
        kind = str(body.get("action_id", "")).partition(":")[2]
        user_id = str((body.get("user") or {}).get("id", ""))
        actor = translate.actor(user_id, await self.identity.email(user_id))
        found = await self.app.dispatcher.suggest_async(actor, kind, str(body.get("value") or ""))
        await ack(options=[{"text": {"type": "plain_text", "text": label[:75]}, "value": value} for label, value in found])

    async def _run(self, incoming: IncomingCommand) -> OutgoingReply | None:
        """Fill in the e-mail (only needed for ids not linked yet), then cross into the sync core."""
        actor = dataclasses.replace(incoming.actor, email=await self.identity.email(incoming.actor.user_id))
        reply = await self.app.dispatcher.handle_async(dataclasses.replace(incoming, actor=actor))
        if reply is not None and reply.web_list is not None:  # where the web is, so the list can link to it
            base = self.app.settings.web_public_url or ""
            reply = dataclasses.replace(reply, web_list=dataclasses.replace(reply.web_list, base=base))
        return reply

    def _opens_registration(self, text: str) -> bool:
        found = self.app.core.router.match(text)
        return found is not None and found[0].words == "toezegging nieuw" and not found[1].strip()

    def _form_meta(self, body: Body) -> dict[str, Any]:
        address = translate.interaction_address(body)
        if body.get("command"):  # a slash command names its channel differently
            address = translate.command_to_incoming(body, self.app.clock.now()).address
        return {"channel": address.conversation_id, "private": address.private, "thread": address.thread_id,
                "response_url": body.get("response_url")}

    async def _open_form(self, client: AsyncWebClient, body: Body, form: Form) -> Any:
        return await client.views_open(trigger_id=body["trigger_id"], view=modal_view(form, self._form_meta(body)))


Listener = Callable[..., Awaitable[None]]


def _guarded(listener: Listener) -> Listener:
    """Failures are handled here rather than by Bolt: Bolt's own error path can turn a failure that comes
    quickly after the ack into a 404 for Slack. functools.wraps keeps the signature Bolt injects by."""

    @functools.wraps(listener)
    async def guarded(*args: Any, **kwargs: Any) -> None:
        try:
            await listener(*args, **kwargs)
        except Exception as error:
            await on_error(error, kwargs.get("body") or {}, kwargs.get("client"), log)

    return guarded


async def on_error(error: Exception, body: Body, client: AsyncWebClient | None, logger: Any) -> None:
    """A failure after the ack: Slack already heard "ok", so the user must hear from us that it went wrong.

    Also Bolt's error handler, for failures outside our listeners (middleware)."""
    kind = str(body.get("type") or body.get("command") or (body.get("event") or {}).get("type") or "?")
    logger.error("Slack-verzoek (%s) mislukt na de bevestiging: %s", kind, type(error).__name__, exc_info=error)
    user = str((body.get("user") or {}).get("id") or body.get("user_id") or (body.get("event") or {}).get("user") or "")
    try:
        if body.get("response_url"):
            await AsyncWebhookClient(str(body["response_url"])).send(
                text=APOLOGY, response_type="ephemeral", replace_original=False)
        elif user and client is not None:
            await client.chat_postMessage(channel=user, text=APOLOGY)
    except Exception:
        logger.warning("Slack-verzoek (%s): de foutmelding kon de gebruiker niet bereiken", kind)


def _error_field(form: Form, reply: OutgoingReply) -> str:
    """The field the message talks about, else the first one: Slack shows errors under an input."""
    message = reply.text.lower()
    named = [
        f.name for f in form.fields
        if any(re.search(rf"\b{re.escape(word)}\b", message) for word in (f.name, *_FIELD_WORDS.get(f.name, ())))
    ]
    return named[0] if named else form.fields[0].name


def _error_text(reply: OutgoingReply) -> str:
    return " ".join((reply.text, *reply.notes))[:1900]
