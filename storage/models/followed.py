"""Columns every followed item (toezegging, motie) stores alike: deadline, status of execution, afdoening."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, Boolean, Date, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column


def list_indexes(table: str) -> tuple[Index, ...]:
    """The indexes the lists and digests read from (storage/repositories/paging.py).

    One in list order (urgency: due date, then number), so a first page is read straight off it; one per person
    column, also in list order, so a person's first page is too, whether they have 3 items or 20,000 (with only
    the first, the database walks the whole table in order for someone with 3). Both hold what a count filters
    on, so counting a portefeuillehouder's 20,000 items never visits a row."""
    return (
        Index(f"ix_{table}_urgentie", "deadline_due", "nummer", "status"),
        Index(f"ix_{table}_portefeuillehouder", "portefeuillehouder_id", "deadline_due", "nummer", "status",
              "vertrouwelijk"),
        Index(f"ix_{table}_eigenaar", "eigenaar_id", "deadline_due", "nummer", "status", "portefeuillehouder_id",
              "vertrouwelijk"),
    )


def search_index(table: str, *columns: str) -> Index:
    """The free-text search (paging.matching: ILIKE '%word%') from a trigram index on PostgreSQL (pg_trgm, GIN)
    rather than reading every row: 300 ms → a few ms at 100,000 rows (bench/web.py). On SQLite a plain index that
    no query uses; SQLite has no trigram index and its lists are small."""
    return Index(f"ix_{table}_zoeken", *columns, postgresql_using="gin",
                 postgresql_ops={column: "gin_trgm_ops" for column in columns})


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
    # A name from the list that is not in the registry, as written; the person column stays empty meanwhile.
    onbekende_portefeuillehouder: Mapped[str] = mapped_column(String(200), default="")
    onbekende_eigenaar: Mapped[str] = mapped_column(String(200), default="")
