"""each person's last list, so that 'volgende', 'vorige' and 'pagina 3' page on in Slack and Teams too

Revision ID: 0010_i27_laatste_lijsten
Revises: 0009_i26_verslagen
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0010_i27_laatste_lijsten'
down_revision: str | Sequence[str] | None = '0009_i26_verslagen'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('laatste_lijsten',
    sa.Column('persoon_id', sa.Integer(), nullable=False),
    sa.Column('opdracht', sa.Text(), nullable=False),
    sa.Column('pagina', sa.Integer(), nullable=False),
    sa.Column('paginas', sa.Integer(), nullable=False),
    sa.Column('op', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['persoon_id'], ['personen.id'], name=op.f('fk_laatste_lijsten_persoon_id_personen'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('persoon_id', name=op.f('pk_laatste_lijsten'))
    )


def downgrade() -> None:
    op.drop_table('laatste_lijsten')
