"""The notification outbox and snoozes: the database, not the scheduler, knows what was sent."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class NotificationRow(Base):
    """One message to one person; `delivery_key` is unique, so it is planned and sent once."""

    __tablename__ = "notifications"
    __table_args__ = (
        # The claim walks this in order: the most urgent first, then the oldest (handlers.reminders.outbox.Priority).
        Index("ix_notifications_claim", "state", "priority", "not_before"),
        Index("ix_notifications_item", "item_kind", "item_key", "person_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_key: Mapped[str] = mapped_column(String(300), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))
    item_kind: Mapped[str] = mapped_column(String(20), default="")
    item_key: Mapped[str] = mapped_column(String(64), default="")
    reply: Mapped[dict[str, Any]] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20))
    not_before: Mapped[dt.datetime]
    priority: Mapped[int] = mapped_column(SmallInteger, default=1, server_default="1")
    expires_at: Mapped[dt.datetime]
    lease_until: Mapped[dt.datetime | None]
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]
    finished_at: Mapped[dt.datetime | None]


class SnoozeRow(Base):
    """'Herinner me later': until when a person hears nothing about an item (the deadline stays)."""

    __tablename__ = "snoozes"

    item_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    item_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    until: Mapped[dt.datetime]
