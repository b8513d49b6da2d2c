"""council lists: the list's own number (any form), fingerprints and the details lists keep

Revision ID: 0004_i15_lijsten
Revises: 0003_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004_i15_lijsten'
down_revision: str | Sequence[str] | None = '0003_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ('toezeggingen', 'moties')


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column('sleutel', sa.String(length=40), nullable=True),
        sa.Column('vingerafdruk', sa.String(length=32), nullable=True),
        sa.Column('tekst', sa.Text(), nullable=False, server_default=''),
        sa.Column('mede_indieners', sa.Text(), nullable=False, server_default=''),
        sa.Column('stemverhouding', sa.String(length=200), nullable=False, server_default=''),
        sa.Column('agendapunt', sa.String(length=300), nullable=False, server_default=''),
        sa.Column('bijlagen', sa.JSON(), nullable=False, server_default='[]'),
        sa.Column('momenten', sa.JSON(), nullable=False, server_default='{}'),
    ]


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            for column in _columns():
                batch.add_column(column)
            if table == 'toezeggingen':
                batch.alter_column('nummer', existing_type=sa.String(length=20), type_=sa.String(length=40),
                                   existing_nullable=False)
                batch.alter_column('jaar', existing_type=sa.Integer(), nullable=True)
                batch.alter_column('volgnummer', existing_type=sa.Integer(), nullable=True)
        # Existing numbers are already in capitals without spaces ('T-2026-001', 'M2026-014').
        op.execute(sa.text(f"UPDATE {table} SET sleutel = upper(replace(nummer, ' ', ''))"))
        with op.batch_alter_table(table) as batch:
            for name in ('tekst', 'mede_indieners', 'stemverhouding', 'agendapunt', 'bijlagen', 'momenten'):
                batch.alter_column(name, server_default=None)
            batch.create_unique_constraint(op.f(f'uq_{table}_sleutel'), ['sleutel'])
            batch.create_index(op.f(f'ix_{table}_vingerafdruk'), ['vingerafdruk'], unique=False)


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_index(op.f(f'ix_{table}_vingerafdruk'))
            batch.drop_constraint(op.f(f'uq_{table}_sleutel'), type_='unique')
            for column in _columns():
                batch.drop_column(column.name)
            if table == 'toezeggingen':
                # Only possible while every toezegging still has one of our own numbers.
                batch.alter_column('volgnummer', existing_type=sa.Integer(), nullable=False)
                batch.alter_column('jaar', existing_type=sa.Integer(), nullable=False)
                batch.alter_column('nummer', existing_type=sa.String(length=40), type_=sa.String(length=20),
                                   existing_nullable=False)
