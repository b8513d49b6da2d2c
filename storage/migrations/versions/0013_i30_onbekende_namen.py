"""a name from an imported list that is not in the registry, kept as written (the item stays onvolledig)

Revision ID: 0013_i30_onbekende_namen
Revises: 0012_merge
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0013_i30_onbekende_namen'
down_revision: str | Sequence[str] | None = '0012_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('toezeggingen', 'moties')
COLUMNS = ('onbekende_portefeuillehouder', 'onbekende_eigenaar')


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for name in COLUMNS:
                batch.add_column(sa.Column(name, sa.String(length=200), nullable=False, server_default=''))
        # The default only fills the existing rows; new rows get theirs from the model, like every other column.
        with op.batch_alter_table(table) as batch:
            for name in COLUMNS:
                batch.alter_column(name, server_default=None)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for name in COLUMNS:
                batch.drop_column(name)
