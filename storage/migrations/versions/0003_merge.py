"""one schema: every area's tables together

Revision ID: 0003_merge
Revises: 0002_agenda, 0002_moties, 0002_registry, 0002_reminders, 0002_teams
Create Date: 2026-11-23
"""
from __future__ import annotations

from collections.abc import Sequence



revision: str = '0003_merge'
down_revision: str | Sequence[str] | None = ('0002_agenda', '0002_moties', '0002_registry', '0002_reminders', '0002_teams')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
