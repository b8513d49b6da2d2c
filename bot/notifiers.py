"""Proactive delivery: route a notification to the platform a person is registered on.

Slack when the person has a Slack user id, Teams when they have an AAD id, else the fallback
(console in `samenspel run`, log in a worker). When Slack or Teams is configured, a person none of
them can reach is Unreachable: the engine records that, and the concernadviseurs' digest names them.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Mapping
from typing import TextIO

from bot.console.translate import render_reply
from handlers.domain.people import Person
from handlers.messages import Notification, OutgoingReply
from handlers.ports import ChannelNotifier, Notifier, Unreachable

log = logging.getLogger(__name__)

PLATFORM_IDS = (("slack", "slack_user_id"), ("teams", "teams_aad_id"))


class LogNotifier:
    def deliver(self, person: Person, notification: Notification) -> None:
        # Recipient and kind only: the text may be confidential, and logs are read by others.
        log.info("melding (%s) voor persoon %s", notification.delivery_key.partition(":")[0], person.id)


class ConsoleNotifier:
    """Prints in the running chat, between the lines people type: only what is meant for the one who chats.

    Everyone else's meldingen go to the log, as in a worker: the console is one person's session, and a
    reminder, escalation or digest for someone else (possibly about confidential items) is not theirs to read.
    """

    def __init__(self, out: TextIO, email: str) -> None:
        self.out = out
        self.email = email.lower()
        self._elsewhere = LogNotifier()
        self._lock = threading.Lock()

    def deliver(self, person: Person, notification: Notification) -> None:
        if person.email.lower() != self.email:
            self._elsewhere.deliver(person, notification)
            return
        with self._lock:
            self.out.write(f"\n[melding voor {person.name}]\n{render_reply(notification.reply)}\n\n")
            self.out.flush()


class RoutingNotifier:
    def __init__(self, platforms: Mapping[str, Notifier], fallback: Notifier) -> None:
        self.platforms = dict(platforms)
        self.fallback = fallback

    def deliver(self, person: Person, notification: Notification) -> None:
        routes = [self.platforms[name] for name, attr in PLATFORM_IDS
                  if getattr(person, attr) and name in self.platforms]
        if not routes and not self.platforms:
            # Console-only deployment: the console (or log) is the platform.
            self.fallback.deliver(person, notification)
            return
        reasons: list[str] = []
        for notifier in routes:
            try:
                notifier.deliver(person, notification)
                return
            except Unreachable as error:
                reasons.append(str(error))
        self.fallback.deliver(person, notification)
        raise Unreachable(f"{person.name} is op geen platform bereikbaar" + (f" ({'; '.join(reasons)})" if reasons else ""))


class LogChannel:
    """Where announcements go without Slack or Teams: the log (and the console when it runs)."""

    def __init__(self, out: TextIO | None = None) -> None:
        self.out = out

    def post(self, channel: str, reply: OutgoingReply) -> None:
        log.info("aankondiging voor %s", channel)
        if self.out is not None:
            self.out.write(f"\n[aankondiging in {channel}]\n{render_reply(reply)}\n\n")
            self.out.flush()


class ChannelRouter:
    """Routes "slack:C0123" to Slack and "teams:19:…" to Teams; anything else to the fallback."""

    def __init__(self, platforms: Mapping[str, ChannelNotifier], fallback: ChannelNotifier) -> None:
        self.platforms = dict(platforms)
        self.fallback = fallback

    def post(self, channel: str, reply: OutgoingReply) -> None:
        platform = channel.partition(":")[0]
        if platform in {"slack", "teams"} and platform not in self.platforms:
            raise Unreachable(f"{channel}: {platform} is hier niet ingesteld")
        self.platforms.get(platform, self.fallback).post(channel, reply)
