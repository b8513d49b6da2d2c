"""What the reminder planner needs to read only what changed: a change log and a high-water mark."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class ItemChangeRow(Base):
    """A followed item was added or changed; the next planning sweep takes (and deletes) these rows."""

    __tablename__ = "item_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_kind: Mapped[str] = mapped_column(String(20))
    item_key: Mapped[str] = mapped_column(String(64))


class PlanningMarkRow(Base):
    """The last day for which every date-driven reminder and escalation has been planned."""

    __tablename__ = "planning_marks"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)
