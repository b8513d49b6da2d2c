"""Send budgets shared by all workers: per platform tenant/workspace and per conversation (scheduler/pacing.py)."""
from __future__ import annotations

from sqlalchemy import Float, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class RateBudgetRow(Base):
    """The next moment one more message may go through this budget, in seconds since the epoch on the
    database's clock (the one clock every worker shares, whatever their own machines say)."""

    __tablename__ = "rate_budgets"

    key: Mapped[str] = mapped_column(String(200), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float)
    # Until when a 429's Retry-After holds: a send that took its moment before the pause looks here first.
    paused_until: Mapped[float] = mapped_column(Float, default=0.0)
