"""Stand-van-zakenrondes: the round itself and, per item, who was asked and what came back."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class RondeRow(Base):
    __tablename__ = "rondes"

    id: Mapped[int] = mapped_column(primary_key=True)
    doel: Mapped[str] = mapped_column(String(200))
    scope: Mapped[str] = mapped_column(String(200), default="")
    sluit_op: Mapped[dt.datetime]
    gestart_op: Mapped[dt.datetime]
    gestart_door_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    status: Mapped[str] = mapped_column(String(20), index=True)
    extra_herinneringen: Mapped[int] = mapped_column(Integer, default=0)
    # True while the round runs, NULL once vastgesteld: unique, so two concernadviseurs starting a round at the
    # same moment get one round (the second start is retried and told a round already runs). NULLs never clash.
    actief: Mapped[bool | None] = mapped_column(Boolean, unique=True)


class RondeItemRow(Base):
    __tablename__ = "ronde_items"

    ronde_id: Mapped[int] = mapped_column(ForeignKey("rondes.id", ondelete="CASCADE"), primary_key=True)
    nummer: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    eigenaar_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"), index=True)
    portefeuillehouder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    antwoord: Mapped[str] = mapped_column(String(20), default="")
    beantwoord_op: Mapped[dt.datetime | None]
    beantwoord_door_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    akkoord: Mapped[str] = mapped_column(String(20), default="")
    akkoord_reden: Mapped[str] = mapped_column(Text, default="")
    besluit: Mapped[str] = mapped_column(String(20), default="")
    besluit_reden: Mapped[str] = mapped_column(Text, default="")
