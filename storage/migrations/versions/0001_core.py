"""people, toezeggingen, audit trail, request log

Revision ID: 0001_core
Revises: 
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001_core'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('personen',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('naam', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=False),
    sa.Column('functie', sa.String(length=200), nullable=False),
    sa.Column('slack_user_id', sa.String(length=64), nullable=True),
    sa.Column('teams_aad_id', sa.String(length=64), nullable=True),
    sa.Column('opdrachtgever_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['opdrachtgever_id'], ['personen.id'], name=op.f('fk_personen_opdrachtgever_id_personen'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_personen')),
    sa.UniqueConstraint('email', name=op.f('uq_personen_email')),
    sa.UniqueConstraint('slack_user_id', name=op.f('uq_personen_slack_user_id')),
    sa.UniqueConstraint('teams_aad_id', name=op.f('uq_personen_teams_aad_id'))
    )
    op.create_table('processed_requests',
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_processed_requests'))
    )
    op.create_table('audit_trail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('changes', sa.JSON(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['personen.id'], name=op.f('fk_audit_trail_actor_id_personen'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_trail'))
    )
    with op.batch_alter_table('audit_trail', schema=None) as batch_op:
        batch_op.create_index('ix_audit_trail_entity_key', ['entity', 'key'], unique=False)

    op.create_table('persoon_rollen',
    sa.Column('persoon_id', sa.Integer(), nullable=False),
    sa.Column('rol', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['persoon_id'], ['personen.id'], name=op.f('fk_persoon_rollen_persoon_id_personen'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('persoon_id', 'rol', name=op.f('pk_persoon_rollen'))
    )
    op.create_table('toezeggingen',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nummer', sa.String(length=20), nullable=False),
    sa.Column('jaar', sa.Integer(), nullable=False),
    sa.Column('volgnummer', sa.Integer(), nullable=False),
    sa.Column('omschrijving', sa.Text(), nullable=False),
    sa.Column('portefeuillehouder_id', sa.Integer(), nullable=True),
    sa.Column('eigenaar_id', sa.Integer(), nullable=True),
    sa.Column('gremium', sa.String(length=100), nullable=False),
    sa.Column('vergaderdatum', sa.Date(), nullable=True),
    sa.Column('aan', sa.String(length=200), nullable=False),
    sa.Column('deadline_tekst', sa.String(length=200), nullable=False),
    sa.Column('deadline_kind', sa.String(length=20), nullable=False),
    sa.Column('deadline_due', sa.Date(), nullable=True),
    sa.Column('deadline_precision', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=40), nullable=False),
    sa.Column('stand_van_zaken', sa.Text(), nullable=False),
    sa.Column('afdoening_referentie', sa.String(length=300), nullable=False),
    sa.Column('afdoening_datum', sa.Date(), nullable=True),
    sa.Column('vertrouwelijk', sa.Boolean(), nullable=False),
    sa.Column('created_by_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_id'], ['personen.id'], name=op.f('fk_toezeggingen_created_by_id_personen')),
    sa.ForeignKeyConstraint(['eigenaar_id'], ['personen.id'], name=op.f('fk_toezeggingen_eigenaar_id_personen')),
    sa.ForeignKeyConstraint(['portefeuillehouder_id'], ['personen.id'], name=op.f('fk_toezeggingen_portefeuillehouder_id_personen')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_toezeggingen')),
    sa.UniqueConstraint('jaar', 'volgnummer', name='uq_toezeggingen_jaar_volgnummer'),
    sa.UniqueConstraint('nummer', name=op.f('uq_toezeggingen_nummer'))
    )
    with op.batch_alter_table('toezeggingen', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_toezeggingen_eigenaar_id'), ['eigenaar_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_toezeggingen_portefeuillehouder_id'), ['portefeuillehouder_id'], unique=False)
        batch_op.create_index('ix_toezeggingen_status_due', ['status', 'deadline_due'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('toezeggingen', schema=None) as batch_op:
        batch_op.drop_index('ix_toezeggingen_status_due')
        batch_op.drop_index(batch_op.f('ix_toezeggingen_portefeuillehouder_id'))
        batch_op.drop_index(batch_op.f('ix_toezeggingen_eigenaar_id'))

    op.drop_table('toezeggingen')
    op.drop_table('persoon_rollen')
    with op.batch_alter_table('audit_trail', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_trail_entity_key')

    op.drop_table('audit_trail')
    op.drop_table('processed_requests')
    op.drop_table('personen')
