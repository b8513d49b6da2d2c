"""rondes, ronde_items: the stand-van-zakenronde (issue 19)

Revision ID: 0006_i19_ronde
Revises: 0005_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0006_i19_ronde'
down_revision: str | Sequence[str] | None = '0005_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'rondes',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('doel', sa.String(length=200), nullable=False),
        sa.Column('scope', sa.String(length=200), nullable=False),
        sa.Column('sluit_op', sa.DateTime(timezone=True), nullable=False),
        sa.Column('gestart_op', sa.DateTime(timezone=True), nullable=False),
        sa.Column('gestart_door_id', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=20), nullable=False),
        sa.Column('extra_herinneringen', sa.Integer(), nullable=False),
        sa.Column('actief', sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(['gestart_door_id'], ['personen.id'], name=op.f('fk_rondes_gestart_door_id_personen')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rondes')),
        sa.UniqueConstraint('actief', name=op.f('uq_rondes_actief')),
    )
    op.create_index(op.f('ix_rondes_status'), 'rondes', ['status'], unique=False)
    op.create_table(
        'ronde_items',
        sa.Column('ronde_id', sa.Integer(), nullable=False),
        sa.Column('nummer', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('eigenaar_id', sa.Integer(), nullable=True),
        sa.Column('portefeuillehouder_id', sa.Integer(), nullable=True),
        sa.Column('antwoord', sa.String(length=20), nullable=False),
        sa.Column('beantwoord_op', sa.DateTime(timezone=True), nullable=True),
        sa.Column('beantwoord_door_id', sa.Integer(), nullable=True),
        sa.Column('akkoord', sa.String(length=20), nullable=False),
        sa.Column('akkoord_reden', sa.Text(), nullable=False),
        sa.Column('besluit', sa.String(length=20), nullable=False),
        sa.Column('besluit_reden', sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(['ronde_id'], ['rondes.id'], name=op.f('fk_ronde_items_ronde_id_rondes'), ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['eigenaar_id'], ['personen.id'], name=op.f('fk_ronde_items_eigenaar_id_personen')),
        sa.ForeignKeyConstraint(['portefeuillehouder_id'], ['personen.id'],
                                name=op.f('fk_ronde_items_portefeuillehouder_id_personen')),
        sa.ForeignKeyConstraint(['beantwoord_door_id'], ['personen.id'],
                                name=op.f('fk_ronde_items_beantwoord_door_id_personen')),
        sa.PrimaryKeyConstraint('ronde_id', 'nummer', name=op.f('pk_ronde_items')),
    )
    op.create_index(op.f('ix_ronde_items_eigenaar_id'), 'ronde_items', ['eigenaar_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_ronde_items_eigenaar_id'), table_name='ronde_items')
    op.drop_table('ronde_items')
    op.drop_index(op.f('ix_rondes_status'), table_name='rondes')
    op.drop_table('rondes')
