"""The `samenspel` command line: one module per subcommand group, sharing bot/cli/common.py.

`samenspel = "bot.cli:main"` (pyproject) and `python -m bot.cli` both start here.
"""
from __future__ import annotations

from bot.cli.main import main, parser

__all__ = ["main", "parser"]
