"""Lobby actions and their contact log."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class LobbyActieRow(Base):
    __tablename__ = "lobby_acties"
    __table_args__ = (
        UniqueConstraint("jaar", "volgnummer", name="uq_lobby_acties_jaar_volgnummer"),
        Index("ix_lobby_acties_status_due", "status", "moment_due"),
        # The list order (storage/repositories/paging.urgency) straight from the index.
        Index("ix_lobby_acties_urgentie", "moment_due", "nummer", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nummer: Mapped[str] = mapped_column(String(20), unique=True)
    jaar: Mapped[int] = mapped_column(Integer)
    volgnummer: Mapped[int] = mapped_column(Integer)
    dossier: Mapped[str] = mapped_column(String(200))
    doel: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(300))
    moment_tekst: Mapped[str] = mapped_column(String(200), default="")
    moment_kind: Mapped[str] = mapped_column(String(20))
    moment_due: Mapped[dt.date | None] = mapped_column(Date)
    moment_precision: Mapped[str | None] = mapped_column(String(20))
    eigenaar_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"), index=True)
    bestuurder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"), index=True)
    partners: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20))
    stand: Mapped[str] = mapped_column(Text, default="")
    opbrengst: Mapped[str] = mapped_column(Text, default="")
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    created_at: Mapped[dt.datetime]


class LobbyContactRow(Base):
    __tablename__ = "lobby_contacten"

    id: Mapped[int] = mapped_column(primary_key=True)
    actie_id: Mapped[int] = mapped_column(ForeignKey("lobby_acties.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime]
    door: Mapped[str] = mapped_column(String(200), default="")
    verslag: Mapped[str] = mapped_column(Text)
