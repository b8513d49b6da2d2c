"""Each person's last list: what 'volgende', 'vorige' and 'pagina 3' page on, from any platform or server."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base


class LaatsteLijstRow(Base):
    """One row per person, overwritten by every list: in the database, since the next page may reach another server."""

    __tablename__ = "laatste_lijsten"

    persoon_id: Mapped[int] = mapped_column(ForeignKey("personen.id", ondelete="CASCADE"), primary_key=True)
    # The list command without its page ('toezeggingen verlopen'), run again with 'pagina N'.
    opdracht: Mapped[str] = mapped_column(Text)
    pagina: Mapped[int]
    paginas: Mapped[int]
    op: Mapped[dt.datetime]
