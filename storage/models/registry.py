"""The role registry: units, membership, portefeuilles with topics, opdrachten and contact areas.

People themselves stay in `personen` (toezeggingen reference their ids); the registry adds where
they sit and what they are opdrachtgever of. Units point to their parent by code, so a whole
registry can be written in one bulk insert.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class RegisterMetaRow(Base):
    __tablename__ = "register_meta"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisatie: Mapped[str] = mapped_column(String(200), default="")
    datum: Mapped[dt.date] = mapped_column(Date)
    versie: Mapped[str] = mapped_column(String(50), default="")
    geladen_op: Mapped[dt.datetime]
    gewijzigd_op: Mapped[dt.datetime | None]
    gewijzigd_door: Mapped[str] = mapped_column(String(200), default="")


class EenheidRow(Base):
    __tablename__ = "eenheden"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    naam: Mapped[str] = mapped_column(String(200))
    niveau: Mapped[str] = mapped_column(String(20))
    leider_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id", ondelete="SET NULL"))
    bovenliggend: Mapped[str | None] = mapped_column(String(64))


class RegisterLidRow(Base):
    """A person who is in the registry; people who left keep their row in `personen` but not this one."""

    __tablename__ = "register_leden"

    persoon_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    eenheid: Mapped[str | None] = mapped_column(String(64))
    # Only an opdrachtgever named explicitly in the registry; the derived one is personen.opdrachtgever_id.
    vaste_opdrachtgever_id: Mapped[int | None] = mapped_column(ForeignKey("personen.id", ondelete="SET NULL"))
    volgorde: Mapped[int] = mapped_column(default=0)


class PortefeuilleRow(Base):
    __tablename__ = "portefeuilles"

    id: Mapped[int] = mapped_column(primary_key=True)
    houder_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), index=True)
    naam: Mapped[str] = mapped_column(String(200))
    # [{"naam": "verkeersveiligheid", "synoniemen": ["N-wegen"]}, …]: always read together with the portefeuille.
    onderwerpen: Mapped[list[Any]] = mapped_column(JSON, default=list)


class OpdrachtRow(Base):
    __tablename__ = "opdrachten"

    id: Mapped[int] = mapped_column(primary_key=True)
    naam: Mapped[str] = mapped_column(String(300), unique=True)
    omschrijving: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30))
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)
    bestuurlijk_opdrachtgever_id: Mapped[int] = mapped_column(ForeignKey("personen.id"), index=True)
    ambtelijk_opdrachtgever_id: Mapped[int] = mapped_column(ForeignKey("personen.id"), index=True)
    ambtelijk_opdrachtnemer_id: Mapped[int] = mapped_column(ForeignKey("personen.id"), index=True)
    onderwerpen: Mapped[list[Any]] = mapped_column(JSON, default=list)


class OpdrachtProfessionalRow(Base):
    __tablename__ = "opdracht_professionals"

    opdracht_id: Mapped[int] = mapped_column(ForeignKey("opdrachten.id", ondelete="CASCADE"), primary_key=True)
    persoon_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    volgorde: Mapped[int] = mapped_column(default=0)


class ContactgebiedRow(Base):
    __tablename__ = "contactgebieden"

    id: Mapped[int] = mapped_column(primary_key=True)
    gebied: Mapped[str] = mapped_column(String(200))
    soort: Mapped[str] = mapped_column(String(20))
    contact_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"))
