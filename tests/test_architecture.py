"""The one rule: the core (handlers/) never imports a platform SDK, SQLAlchemy or APScheduler."""
from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = ("slack_bolt", "slack_sdk", "botbuilder", "sqlalchemy", "apscheduler", "aiohttp", "alembic", "bot", "storage", "scheduler",
             "jinja2", "itsdangerous")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_handlers_import_no_platform_sdk_database_or_scheduler() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {name}"
        for path in sorted((ROOT / "handlers").rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in FORBIDDEN
    ]
    assert offenders == []


def test_botbuilder_only_inside_bot_teams() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("bot", "handlers", "scheduler", "storage")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if any(name.startswith("botbuilder") for name in _imports(path)) and "teams" not in path.parts
    ]
    assert offenders == []


def test_sqlalchemy_only_inside_storage() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for folder in ("bot", "handlers", "scheduler")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if any(name.startswith("sqlalchemy") for name in _imports(path))
    ]
    assert offenders == []
