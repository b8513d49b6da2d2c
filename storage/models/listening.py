"""Channels where the bot listens for promises, when it last offered one (for its rate limit), and long verslagen."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class LuisterkanaalRow(Base):
    __tablename__ = "luisterkanalen"

    platform: Mapped[str] = mapped_column(String(16), primary_key=True)
    kanaal: Mapped[str] = mapped_column(String(200), primary_key=True)
    vertrouwelijk: Mapped[bool] = mapped_column(default=False)
    aangezet_door_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id", ondelete="SET NULL"))
    aangezet_op: Mapped[dt.datetime]


class LuistervoorstelRow(Base):
    """That a suggestion was made, to whom and where; never anything of the message itself."""

    __tablename__ = "luistervoorstellen"
    __table_args__ = (Index("ix_luistervoorstellen_kanaal_op", "platform", "kanaal", "op"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform: Mapped[str] = mapped_column(String(16))
    kanaal: Mapped[str] = mapped_column(String(200))
    gebruiker: Mapped[str] = mapped_column(String(200))
    op: Mapped[dt.datetime]


class BewaardVerslagRow(Base):
    """Someone's latest verslag that did not fit one answer: read again for 'verslag pagina 2', gone after a week."""

    __tablename__ = "bewaarde_verslagen"

    persoon_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    tekst: Mapped[str] = mapped_column(Text)
    gelezen_op: Mapped[dt.datetime]
