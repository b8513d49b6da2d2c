"""channels where the bot listens for promises, and its suggestions' rate limit

Revision ID: 0006_i21_luisteren
Revises: 0005_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0006_i21_luisteren'
down_revision: str | Sequence[str] | None = '0005_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('luisterkanalen',
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('kanaal', sa.String(length=200), nullable=False),
    sa.Column('vertrouwelijk', sa.Boolean(), nullable=False),
    sa.Column('aangezet_door_id', sa.Integer(), nullable=True),
    sa.Column('aangezet_op', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['aangezet_door_id'], ['personen.id'], name=op.f('fk_luisterkanalen_aangezet_door_id_personen'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('platform', 'kanaal', name=op.f('pk_luisterkanalen'))
    )
    op.create_table('luistervoorstellen',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('platform', sa.String(length=16), nullable=False),
    sa.Column('kanaal', sa.String(length=200), nullable=False),
    sa.Column('gebruiker', sa.String(length=200), nullable=False),
    sa.Column('op', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_luistervoorstellen'))
    )
    op.create_index('ix_luistervoorstellen_kanaal_op', 'luistervoorstellen', ['platform', 'kanaal', 'op'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_luistervoorstellen_kanaal_op', table_name='luistervoorstellen')
    op.drop_table('luistervoorstellen')
    op.drop_table('luisterkanalen')
