"""Moties and the people who subscribed to the weekly moties digest."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base
from storage.models.followed import FollowedColumns, ListColumns, list_indexes, search_index

# What the web's free text and commissie filters search (storage/repositories/moties.py).
SEARCHED = ("titel", "dictum", "stand_van_zaken", "nummer", "vergadering")


class MotieRow(FollowedColumns, ListColumns, Base):
    __tablename__ = "moties"
    __table_args__ = (
        # What 'open' means for a motie (status, uitslag, not taken over) in the index, so counting the open or
        # overdue ones never visits a row.
        Index("ix_moties_open_due", "status", "deadline_due", "uitslag", "toezegging_nummer", "vertrouwelijk"),
        *list_indexes("moties"),
        search_index("moties", *SEARCHED),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # The council's own number, in capitals ("M2026-014"): re-imports match on it.
    nummer: Mapped[str] = mapped_column(String(40), unique=True)
    titel: Mapped[str] = mapped_column(Text)
    dictum: Mapped[str] = mapped_column(Text, default="")
    # Indexed: the web's vergadering filter asks for one meeting's day.
    datum: Mapped[dt.date | None] = mapped_column(Date, index=True)
    vergadering: Mapped[str] = mapped_column(String(200), default="")
    indieners: Mapped[str] = mapped_column(Text, default="")
    fracties: Mapped[str] = mapped_column(String(300), default="")
    uitslag: Mapped[str] = mapped_column(String(20))
    portefeuillehouder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    eigenaar_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    # The toezegging this motie became when the college took it over; the toezegging finds it back here.
    toezegging_nummer: Mapped[str | None] = mapped_column(String(20), index=True)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    created_at: Mapped[dt.datetime]


class MotieAbonnementRow(Base):
    """Who gets the weekly digest of changed and overdue moties."""

    __tablename__ = "motie_abonnementen"

    persoon_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    since: Mapped[dt.datetime]
