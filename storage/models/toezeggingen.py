"""The toezeggingen table. 'Termijn overschreden' is not a column: it is derived from deadline_due."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ToezeggingRow(Base):
    __tablename__ = "toezeggingen"
    __table_args__ = (
        UniqueConstraint("jaar", "volgnummer", name="uq_toezeggingen_jaar_volgnummer"),
        Index("ix_toezeggingen_status_due", "status", "deadline_due"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    nummer: Mapped[str] = mapped_column(String(20), unique=True)
    jaar: Mapped[int] = mapped_column(Integer)
    volgnummer: Mapped[int] = mapped_column(Integer)
    omschrijving: Mapped[str] = mapped_column(Text)
    portefeuillehouder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"), index=True)
    eigenaar_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"), index=True)
    gremium: Mapped[str] = mapped_column(String(100), default="")
    vergaderdatum: Mapped[dt.date | None] = mapped_column(Date)
    aan: Mapped[str] = mapped_column(String(200), default="")
    deadline_tekst: Mapped[str] = mapped_column(String(200), default="")
    deadline_kind: Mapped[str] = mapped_column(String(20))
    deadline_due: Mapped[dt.date | None] = mapped_column(Date)
    deadline_precision: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(40))
    stand_van_zaken: Mapped[str] = mapped_column(Text, default="")
    afdoening_referentie: Mapped[str] = mapped_column(String(300), default="")
    afdoening_datum: Mapped[dt.date | None] = mapped_column(Date)
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    created_at: Mapped[dt.datetime]
