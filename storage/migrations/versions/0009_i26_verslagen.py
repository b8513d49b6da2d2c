"""long verslagen kept for a week, so that 'verslag pagina 2' reads on

Revision ID: 0009_i26_verslagen
Revises: 0008_i22_lijstindexen
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0009_i26_verslagen'
down_revision: str | Sequence[str] | None = '0008_i22_lijstindexen'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('bewaarde_verslagen',
    sa.Column('persoon_id', sa.Integer(), nullable=False),
    sa.Column('tekst', sa.Text(), nullable=False),
    sa.Column('gelezen_op', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['persoon_id'], ['personen.id'], name=op.f('fk_bewaarde_verslagen_persoon_id_personen'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('persoon_id', name=op.f('pk_bewaarde_verslagen'))
    )


def downgrade() -> None:
    op.drop_table('bewaarde_verslagen')
