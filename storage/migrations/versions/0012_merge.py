"""one schema again: each person's last list and the shared rate budgets together

Revision ID: 0012_merge
Revises: 0010_i27_laatste_lijsten, 0011_i30_priority
Create Date: 2026-12-06
"""
from __future__ import annotations

from collections.abc import Sequence


revision: str = '0012_merge'
down_revision: str | Sequence[str] | None = ('0010_i27_laatste_lijsten', '0011_i30_priority')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
