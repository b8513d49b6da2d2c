"""one schema again: the fourth round's areas together

Revision ID: 0005_merge
Revises: 0004_i13_concurrency, 0004_i14_punt_status
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence


revision: str = '0005_merge'
down_revision: str | Sequence[str] | None = ('0004_i13_concurrency', '0004_i14_punt_status')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
