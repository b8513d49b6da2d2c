"""one schema again: the stand-van-zakenronde and listening together

Revision ID: 0007_merge
Revises: 0006_i19_ronde, 0006_i21_luisteren
Create Date: 2026-11-27
"""
from __future__ import annotations

from collections.abc import Sequence


revision: str = '0007_merge'
down_revision: str | Sequence[str] | None = ('0006_i19_ronde', '0006_i21_luisteren')
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
