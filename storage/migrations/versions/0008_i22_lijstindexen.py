"""list indexes: list order and per-person counts straight from an index

Revision ID: 0008_i22_lijstindexen
Revises: 0007_merge
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op


revision: str = '0008_i22_lijstindexen'
down_revision: str | Sequence[str] | None = '0007_merge'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FOLLOWED = ('toezeggingen', 'moties')


def upgrade() -> None:
    for table in _FOLLOWED:
        # The new per-person indexes start with the same column, so the single-column ones only cost writes.
        op.drop_index(f'ix_{table}_portefeuillehouder_id', table_name=table)
        op.drop_index(f'ix_{table}_eigenaar_id', table_name=table)
        op.create_index(f'ix_{table}_urgentie', table, ['deadline_due', 'nummer', 'status'])
        op.create_index(f'ix_{table}_portefeuillehouder', table,
                        ['portefeuillehouder_id', 'deadline_due', 'nummer', 'status', 'vertrouwelijk'])
        op.create_index(f'ix_{table}_eigenaar', table,
                        ['eigenaar_id', 'deadline_due', 'nummer', 'status', 'portefeuillehouder_id', 'vertrouwelijk'])
    op.create_index('ix_lobby_acties_urgentie', 'lobby_acties', ['moment_due', 'nummer', 'status'])
    op.drop_index('ix_moties_status_due', table_name='moties')
    op.create_index('ix_moties_open_due', 'moties', ['status', 'deadline_due', 'uitslag', 'toezegging_nummer', 'vertrouwelijk'])


def downgrade() -> None:
    op.drop_index('ix_moties_open_due', table_name='moties')
    op.create_index('ix_moties_status_due', 'moties', ['status', 'deadline_due'])
    op.drop_index('ix_lobby_acties_urgentie', table_name='lobby_acties')
    for table in _FOLLOWED:
        op.drop_index(f'ix_{table}_eigenaar', table_name=table)
        op.drop_index(f'ix_{table}_portefeuillehouder', table_name=table)
        op.drop_index(f'ix_{table}_urgentie', table_name=table)
        op.create_index(f'ix_{table}_eigenaar_id', table, ['eigenaar_id'])
        op.create_index(f'ix_{table}_portefeuillehouder_id', table, ['portefeuillehouder_id'])
