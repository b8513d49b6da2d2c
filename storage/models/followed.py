"""Columns every followed item (toezegging, motie) stores alike: deadline, status of execution, afdoening."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, String, Text
from sqlalchemy.orm import Mapped, mapped_column


class FollowedColumns:
    """A mixin; 'termijn overschreden' is not a column: it is derived from deadline_due."""

    deadline_tekst: Mapped[str] = mapped_column(String(200), default="")
    deadline_kind: Mapped[str] = mapped_column(String(20))
    deadline_due: Mapped[dt.date | None] = mapped_column(Date)
    deadline_precision: Mapped[str | None] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(40))
    stand_van_zaken: Mapped[str] = mapped_column(Text, default="")
    afdoening_referentie: Mapped[str] = mapped_column(String(300), default="")
    afdoening_datum: Mapped[dt.date | None] = mapped_column(Date)
    vertrouwelijk: Mapped[bool] = mapped_column(Boolean, default=False)


class ListColumns:
    """What a council list keeps beyond our fields, and how its own number and rows are found back."""

    # The number compared case- and space-insensitively ('ID 59' = 'id59'); unique per kind.
    sleutel: Mapped[str | None] = mapped_column(String(40), unique=True)
    # Subject + meeting day, for re-importing rows that have no number of their own.
    vingerafdruk: Mapped[str | None] = mapped_column(String(32), index=True)
    tekst: Mapped[str] = mapped_column(Text, default="")
    mede_indieners: Mapped[str] = mapped_column(Text, default="")
    stemverhouding: Mapped[str] = mapped_column(String(200), default="")
    agendapunt: Mapped[str] = mapped_column(String(300), default="")
    bijlagen: Mapped[list[str]] = mapped_column(JSON, default=list)
    # {'commissie': '2026-03-12', 'raad': '2026-03-26'}: shown, never chased.
    momenten: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
