"""Meetings, agenda points, what was decided, and which announcements went out (unique key)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class VergaderingRow(Base):
    __tablename__ = "vergaderingen"

    id: Mapped[int] = mapped_column(primary_key=True)
    sleutel: Mapped[str] = mapped_column(String(300), unique=True)
    soort: Mapped[str] = mapped_column(String(20))
    naam: Mapped[str] = mapped_column(String(200))
    datum: Mapped[dt.date] = mapped_column(Date, index=True)
    tijd: Mapped[dt.time | None] = mapped_column(Time)
    stukken_deadline: Mapped[dt.date] = mapped_column(Date)
    oorspronkelijke_datum: Mapped[dt.date | None] = mapped_column(Date)
    portefeuillehouder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    bron: Mapped[str] = mapped_column(String(20), default="rooster")


class AgendaPuntRow(Base):
    __tablename__ = "agendapunten"
    __table_args__ = (UniqueConstraint("jaar", "volgnummer", name="uq_agendapunten_jaar_volgnummer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    nummer: Mapped[str] = mapped_column(String(20), unique=True)
    jaar: Mapped[int] = mapped_column(Integer)
    volgnummer: Mapped[int] = mapped_column(Integer)
    vergadering_id: Mapped[int] = mapped_column(ForeignKey("vergaderingen.id", ondelete="CASCADE"), index=True)
    onderwerp: Mapped[str] = mapped_column(Text)
    fase: Mapped[str] = mapped_column(String(20))
    portefeuillehouder_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    opdrachtnemer_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    inbrenger_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    stukken_deadline: Mapped[dt.date] = mapped_column(Date)
    documenten: Mapped[str] = mapped_column(String(1000), default="")
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    created_at: Mapped[dt.datetime]
    # 'gepland' or 'ingetrokken'; 'behandeld' is derived from the meeting (see handlers/domain/lifecycles.py).
    status: Mapped[str] = mapped_column(String(20), default="gepland", server_default="gepland")


class UitkomstRow(Base):
    __tablename__ = "vergader_uitkomsten"

    id: Mapped[int] = mapped_column(primary_key=True)
    vergadering_id: Mapped[int] = mapped_column(ForeignKey("vergaderingen.id", ondelete="CASCADE"), index=True)
    soort: Mapped[str] = mapped_column(String(20))
    tekst: Mapped[str] = mapped_column(Text)
    referentie: Mapped[str] = mapped_column(String(100), default="")
    eigenaar_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id"))
    created_at: Mapped[dt.datetime]


class AankondigingRow(Base):
    """One announcement sent (or being sent): the unique key keeps it from going out twice."""

    __tablename__ = "agenda_aankondigingen"

    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    at: Mapped[dt.datetime]
    # A claim is a lease: a sender that dies mid-post leaves sent_at empty, and once lease_until has passed
    # the next sweep takes the announcement over. Rows without a lease (from before leases) count as sent.
    lease_until: Mapped[dt.datetime | None]
    sent_at: Mapped[dt.datetime | None]
