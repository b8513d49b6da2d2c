"""claim order: reminders at or past their deadline and escalations before weekoverzichten

Revision ID: 0011_i30_priority
Revises: 0010_i30_pacing
Create Date: 2026-12-07
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011_i30_priority'
down_revision: str | Sequence[str] | None = '0010_i30_pacing'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('notifications') as batch:
        batch.add_column(sa.Column('priority', sa.SmallInteger(), server_default='1', nullable=False))
    # What is waiting gets the order the planner now gives (handlers.reminders.outbox.Priority).
    rows = sa.table('notifications', sa.column('channel', sa.String), sa.column('delivery_key', sa.String),
                    sa.column('priority', sa.SmallInteger))
    op.execute(rows.update().where(rows.c.channel == 'overzicht').values(priority=2))
    op.execute(rows.update().where(sa.or_(
        rows.c.channel == 'escalatie', rows.c.delivery_key.like('herinnering:lijst:%'),
        sa.and_(rows.c.channel == 'herinnering', rows.c.delivery_key.not_like('%:voor-%')),
    )).values(priority=0))
    op.drop_index('ix_notifications_state_not_before', table_name='notifications')
    op.create_index('ix_notifications_claim', 'notifications', ['state', 'priority', 'not_before'])


def downgrade() -> None:
    op.drop_index('ix_notifications_claim', table_name='notifications')
    op.create_index('ix_notifications_state_not_before', 'notifications', ['state', 'not_before'])
    with op.batch_alter_table('notifications') as batch:
        batch.drop_column('priority')
