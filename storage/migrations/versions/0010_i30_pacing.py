"""send budgets shared by all workers (pacing at the platforms' rate limits)

Revision ID: 0010_i30_pacing
Revises: 0009_i26_verslagen
Create Date: 2026-12-07
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010_i30_pacing'
down_revision: str | Sequence[str] | None = '0009_i26_verslagen'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('rate_budgets',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('next_at', sa.Float(), nullable=False),
    sa.Column('paused_until', sa.Float(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_rate_budgets'))
    )


def downgrade() -> None:
    op.drop_table('rate_budgets')
