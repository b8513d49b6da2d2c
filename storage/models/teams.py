"""Teams conversation references: the only way to message someone in Teams without being spoken to first."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class TeamsReferenceRow(Base):
    """One stored ConversationReference per person (AAD object id) or per channel (conversation id).

    Kept in the database, never in process memory: reminders must survive a restart and work from any replica.
    """

    __tablename__ = "teams_references"
    __table_args__ = (UniqueConstraint("scope", "key", name="uq_teams_references_scope_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # "person" (key = AAD object id, personal chat) or "channel" (key = conversation id without ;messageid=).
    scope: Mapped[str] = mapped_column(String(16))
    key: Mapped[str] = mapped_column(String(400))
    reference: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Tenant-scoped and subject to change: refreshed from every inbound activity.
    service_url: Mapped[str] = mapped_column(String(500))
    updated_at: Mapped[dt.datetime]
