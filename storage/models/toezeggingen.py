"""The toezeggingen table. 'Termijn overschreden' is not a column: it is derived from deadline_due."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base
from storage.models.followed import FollowedColumns, ListColumns, list_indexes, search_index

# What the web's free text and commissie filters search (storage/repositories/toezeggingen.py).
SEARCHED = ("omschrijving", "tekst", "stand_van_zaken", "nummer", "gremium")


class ToezeggingRow(FollowedColumns, ListColumns, Base):
    __tablename__ = "toezeggingen"
    __table_args__ = (
        UniqueConstraint("jaar", "volgnummer", name="uq_toezeggingen_jaar_volgnummer"),
        Index("ix_toezeggingen_status_due", "status", "deadline_due"),
        *list_indexes("toezeggingen"),
        search_index("toezeggingen", *SEARCHED),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # Ours ('T-2026-014', with jaar and volgnummer) or the list's own ('22', 'ID 59': no jaar/volgnummer).
    nummer: Mapped[str] = mapped_column(String(40), unique=True)
    jaar: Mapped[int | None] = mapped_column(Integer)
    volgnummer: Mapped[int | None] = mapped_column(Integer)
    omschrijving: Mapped[str] = mapped_column(Text)
    portefeuillehouder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    eigenaar_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    gremium: Mapped[str] = mapped_column(String(100), default="")
    # Indexed: the web's vergadering filter asks for one meeting's day.
    vergaderdatum: Mapped[dt.date | None] = mapped_column(Date, index=True)
    aan: Mapped[str] = mapped_column(String(200), default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    created_at: Mapped[dt.datetime]
