"""Columns every followed item (toezegging, motie) stores alike: deadline, status of execution, afdoening."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, String, Text
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
