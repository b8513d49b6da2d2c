"""the web's free-text and commissie filters from a trigram index on PostgreSQL (pg_trgm), the vergadering filter
from an index on the meeting's day: not a scan of every row

Revision ID: 0014_issue29_pages_zoeken
Revises: 0013_i30_onbekende_namen
Create Date: 2026-12-07
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = '0014_issue29_pages_zoeken'
down_revision: str | Sequence[str] | None = '0013_i30_onbekende_namen'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As storage/models/toezeggingen.py and moties.py name them (SEARCHED).
INDEXES = {
    'toezeggingen': ('omschrijving', 'tekst', 'stand_van_zaken', 'nummer', 'gremium'),
    'moties': ('titel', 'dictum', 'stand_van_zaken', 'nummer', 'vergadering'),
}

DAYS = {'toezeggingen': 'vergaderdatum', 'moties': 'datum'}


def upgrade() -> None:
    if op.get_bind().dialect.name == 'postgresql':
        # A trusted extension (PostgreSQL 13+): the database's owner may create it, no superuser needed.
        op.execute('CREATE EXTENSION IF NOT EXISTS pg_trgm')
    for table, columns in INDEXES.items():
        op.create_index(f'ix_{table}_zoeken', table, list(columns), postgresql_using='gin',
                        postgresql_ops={column: 'gin_trgm_ops' for column in columns})
    # The vergadering filter: one meeting's day.
    for table, column in DAYS.items():
        op.create_index(f'ix_{table}_{column}', table, [column])


def downgrade() -> None:
    for table, column in DAYS.items():
        op.drop_index(f'ix_{table}_{column}', table_name=table)
    for table in INDEXES:
        op.drop_index(f'ix_{table}_zoeken', table_name=table)
