"""incremental reminder planning: item change log and planning high-water mark

Revision ID: 0004_i22_planning
Revises: 0003_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004_i22_planning'
down_revision: str | Sequence[str] | None = '0003_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('item_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('item_kind', sa.String(length=20), nullable=False),
    sa.Column('item_key', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_item_changes'))
    )
    op.create_table('planning_marks',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('day', sa.Date(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_planning_marks'))
    )


def downgrade() -> None:
    op.drop_table('planning_marks')
    op.drop_table('item_changes')
