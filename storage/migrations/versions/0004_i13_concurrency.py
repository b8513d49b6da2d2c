"""concurrency: a counter row per kind and year, leases on announcement claims, expiring request keys

Revision ID: 0004_i13_concurrency
Revises: 0003_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_i13_concurrency'
down_revision: str | Sequence[str] | None = '0003_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('volgnummers',
    sa.Column('soort', sa.String(length=40), nullable=False),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('laatste', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('soort', 'jaar', name=op.f('pk_volgnummers'))
    )
    with op.batch_alter_table('agenda_aankondigingen') as batch:
        batch.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table('processed_requests') as batch:
        batch.create_index(batch.f('ix_processed_requests_at'), ['at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('processed_requests') as batch:
        batch.drop_index(batch.f('ix_processed_requests_at'))
    with op.batch_alter_table('agenda_aankondigingen') as batch:
        batch.drop_column('sent_at')
        batch.drop_column('lease_until')
    op.drop_table('volgnummers')
