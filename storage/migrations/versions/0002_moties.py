"""moties and digest subscriptions

Revision ID: 0002_moties
Revises: 0001_core
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0002_moties'
down_revision: str | Sequence[str] | None = '0001_core'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('motie_abonnementen',
    sa.Column('persoon_id', sa.Integer(), nullable=False),
    sa.Column('since', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['persoon_id'], ['personen.id'], name=op.f('fk_motie_abonnementen_persoon_id_personen'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('persoon_id', name=op.f('pk_motie_abonnementen'))
    )
    op.create_table('moties',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nummer', sa.String(length=40), nullable=False),
    sa.Column('titel', sa.Text(), nullable=False),
    sa.Column('dictum', sa.Text(), nullable=False),
    sa.Column('datum', sa.Date(), nullable=True),
    sa.Column('vergadering', sa.String(length=200), nullable=False),
    sa.Column('indieners', sa.Text(), nullable=False),
    sa.Column('fracties', sa.String(length=300), nullable=False),
    sa.Column('uitslag', sa.String(length=20), nullable=False),
    sa.Column('portefeuillehouder_id', sa.Integer(), nullable=True),
    sa.Column('eigenaar_id', sa.Integer(), nullable=True),
    sa.Column('deadline_tekst', sa.String(length=200), nullable=False),
    sa.Column('deadline_kind', sa.String(length=20), nullable=False),
    sa.Column('deadline_due', sa.Date(), nullable=True),
    sa.Column('deadline_precision', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('stand_van_zaken', sa.Text(), nullable=False),
    sa.Column('afdoening_referentie', sa.String(length=300), nullable=False),
    sa.Column('afdoening_datum', sa.Date(), nullable=True),
    sa.Column('vertrouwelijk', sa.Boolean(), nullable=False),
    sa.Column('toezegging_nummer', sa.String(length=20), nullable=True),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['personen.id'], name=op.f('fk_moties_created_by_id_personen')),
    sa.ForeignKeyConstraint(['eigenaar_id'], ['personen.id'], name=op.f('fk_moties_eigenaar_id_personen')),
    sa.ForeignKeyConstraint(['portefeuillehouder_id'], ['personen.id'], name=op.f('fk_moties_portefeuillehouder_id_personen')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_moties')),
    sa.UniqueConstraint('nummer', name=op.f('uq_moties_nummer'))
    )
    with op.batch_alter_table('moties', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_moties_eigenaar_id'), ['eigenaar_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_moties_portefeuillehouder_id'), ['portefeuillehouder_id'], unique=False)
        batch_op.create_index('ix_moties_status_due', ['status', 'deadline_due'], unique=False)
        batch_op.create_index(batch_op.f('ix_moties_toezegging_nummer'), ['toezegging_nummer'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('moties', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_moties_toezegging_nummer'))
        batch_op.drop_index('ix_moties_status_due')
        batch_op.drop_index(batch_op.f('ix_moties_portefeuillehouder_id'))
        batch_op.drop_index(batch_op.f('ix_moties_eigenaar_id'))

    op.drop_table('moties')
    op.drop_table('motie_abonnementen')
