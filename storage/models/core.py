"""People, the audit trail and the request log: the tables every area leans on."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.base import Base


class PersonRow(Base):
    __tablename__ = "personen"

    id: Mapped[int] = mapped_column(primary_key=True)
    naam: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(320), unique=True)
    functie: Mapped[str] = mapped_column(String(200), default="")
    slack_user_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    teams_aad_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    # The one ambtelijk opdrachtgever of this person's work: where overdue work escalates to.
    opdrachtgever_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id", ondelete="SET NULL"))
    rollen: Mapped[list[PersonRoleRow]] = relationship(
        back_populates="persoon", cascade="all, delete-orphan", lazy="selectin"
    )


class PersonRoleRow(Base):
    __tablename__ = "persoon_rollen"

    persoon_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    rol: Mapped[str] = mapped_column(String(64), primary_key=True)
    persoon: Mapped[PersonRow] = relationship(back_populates="rollen")


class AuditRow(Base):
    __tablename__ = "audit_trail"
    __table_args__ = (Index("ix_audit_trail_entity_key", "entity", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[dt.datetime]
    changes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    reason: Mapped[str] = mapped_column(Text, default="")


class ProcessedRequestRow(Base):
    """A platform request id seen once; a unique key, so retries are caught across replicas."""

    __tablename__ = "processed_requests"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    # Indexed: the housekeeping sweep deletes keys older than the retention period.
    at: Mapped[dt.datetime] = mapped_column(index=True)


class VolgnummerRow(Base):
    """The last number handed out per kind and year: the row every registration of that kind locks."""

    __tablename__ = "volgnummers"

    soort: Mapped[str] = mapped_column(String(40), primary_key=True)
    jaar: Mapped[int] = mapped_column(Integer, primary_key=True)
    laatste: Mapped[int] = mapped_column(Integer)
