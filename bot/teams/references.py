"""Conversation references in the database: per person (personal chat) and per channel.

Refreshed from every inbound activity, because Teams' serviceUrl is tenant-scoped and may move; a reference
in process memory would be lost on restart and unknown to a second replica.
"""
from __future__ import annotations

import hashlib
from typing import Any

from bot.teams.translate import actor_id, channel_key, is_personal
from handlers.core import resolve_person
from handlers.errors import IdentityRefused
from handlers.messages import Actor
from handlers.ports import Clock, UnitOfWorkFactory

PERSON = "person"
CHANNEL = "channel"


def reference_from(activity: dict[str, Any]) -> dict[str, Any]:
    """botbuilder's TurnContext.get_conversation_reference, on the raw JSON so nothing (tenantId) is lost."""
    conversation = dict(activity.get("conversation") or {})
    if not is_personal(activity):
        # A proactive post in a channel starts a new thread rather than answering an old one.
        conversation["id"] = channel_key(str(conversation.get("id") or ""))
    reference = {
        "activityId": None if activity.get("type") == "conversationUpdate" else activity.get("id"),
        "user": activity.get("from"),
        "bot": activity.get("recipient"),
        "conversation": conversation,
        "channelId": activity.get("channelId"),
        "locale": activity.get("locale"),
        "serviceUrl": activity.get("serviceUrl"),
    }
    return {key: value for key, value in reference.items() if value is not None}


class ReferenceBook:
    def __init__(self, uow_factory: UnitOfWorkFactory, clock: Clock) -> None:
        self._uow_factory = uow_factory
        self._clock = clock

    def remember(self, activity: dict[str, Any]) -> None:
        reference, person = reference_from(activity), actor_id(activity)
        with self._uow_factory() as uow:
            store = uow.teams_references
            if is_personal(activity):
                if person:
                    store.save(PERSON, person, reference, self._clock.now())
            else:
                store.save(CHANNEL, reference["conversation"]["id"], reference, self._clock.now())
                if person and reference.get("serviceUrl"):
                    store.refresh_service_url(PERSON, person, reference["serviceUrl"], self._clock.now())
            uow.commit()

    def forget(self, activity: dict[str, Any]) -> None:
        """The bot was removed: a later send there would fail (403), so stop offering the reference."""
        scope = PERSON if is_personal(activity) else CHANNEL
        key = actor_id(activity) if scope == PERSON else channel_key(str((activity.get("conversation") or {}).get("id")))
        with self._uow_factory() as uow:
            uow.teams_references.remove(scope, key)
            uow.commit()

    def first_welcome(self, activity: dict[str, Any]) -> bool:
        """Teams may announce one install twice (installationUpdate and conversationUpdate): welcome once a day."""
        conversation = channel_key(str((activity.get("conversation") or {}).get("id") or ""))
        # Hashed: personal conversation ids run to 150+ characters, the request key column holds 200.
        digest = hashlib.sha256(conversation.encode()).hexdigest()[:32]
        now = self._clock.now()
        with self._uow_factory() as uow:
            first = uow.requests.first_time(f"teams:welcome:{digest}:{now.date().isoformat()}", now)
            uow.commit()
        return first

    def link(self, actor: Actor) -> None:
        """On install, tie the AAD id to the person (by e-mail) so reminders reach people who never typed."""
        with self._uow_factory() as uow:
            try:
                resolve_person(uow, actor)
            except IdentityRefused:
                return  # logged as a security warning where it was refused; the welcome still goes out
            uow.commit()

    def person(self, aad_object_id: str) -> dict[str, Any] | None:
        with self._uow_factory() as uow:
            return uow.teams_references.get(PERSON, aad_object_id)

    def channel(self, conversation_id: str) -> dict[str, Any] | None:
        with self._uow_factory() as uow:
            return uow.teams_references.get(CHANNEL, channel_key(conversation_id))
