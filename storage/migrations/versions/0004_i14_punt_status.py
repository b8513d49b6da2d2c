"""agendapunten.status: an agendapunt can be withdrawn (ingetrokken); 'behandeld' is derived, never stored

Revision ID: 0004_i14_punt_status
Revises: 0003_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_i14_punt_status'
down_revision: str | Sequence[str] | None = '0003_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('agendapunten', schema=None) as batch_op:
        batch_op.add_column(sa.Column('status', sa.String(length=20), server_default='gepland', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('agendapunten', schema=None) as batch_op:
        batch_op.drop_column('status')
