"""The deploy steps an operator runs: `migrate` (twice at once), then serve/worker, which refuse an old schema.

And /readyz when the database is gone (pointed at a closed port).
"""
from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import text

from bot.app import build_app
from bot.server import build_web_app
from bot.settings import Settings
from storage.engine import make_engine
from storage.migrate import schema_state, upgrade
from tests.conftest import _postgres_or_fail, fresh_postgres

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "bot.cli"]


@pytest.fixture
def empty_postgres() -> Iterator[str]:
    """A PostgreSQL database with nothing in it, as an operator gets it from the DBA."""
    _postgres_or_fail()
    with fresh_postgres() as url:
        yield url


def _env(url: str) -> dict[str, str]:
    import os

    keep = {k: v for k, v in os.environ.items() if not k.upper().startswith(("SLACK_", "MICROSOFTAPP", "SAMENSPEL_", "DATABASE_URL"))}
    return {**keep, "DATABASE_URL": url, "PYTHONPATH": str(REPO)}


def _people(url: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM personen")).scalar_one())
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_two_migrate_processes_at_once_both_succeed_and_load_no_demo(empty_postgres: str) -> None:
    runs = [subprocess.Popen([*CLI, "migrate"], env=_env(empty_postgres), cwd=REPO, text=True,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    for run in runs:
        out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err
        assert "database is bijgewerkt (schema " in out
    engine = make_engine(empty_postgres)
    try:
        state = schema_state(engine)
        assert state.at_head and all(head in out for head in state.heads)
    finally:
        engine.dispose()
    assert _people(empty_postgres) == 0  # a production database never gets the fictional organisation


@pytest.mark.postgres
@pytest.mark.parametrize("command", [["worker", "--once"], ["serve"]])
def test_serve_and_worker_refuse_an_old_schema_and_say_to_migrate(empty_postgres: str, command: list[str]) -> None:
    engine = make_engine(empty_postgres)
    upgrade(engine, "0001_core")  # the previous release's schema
    engine.dispose()
    done = subprocess.run([*CLI, *command], env=_env(empty_postgres), cwd=REPO, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert "De database staat op schema 0001_core" in done.stderr
    assert "Draai eerst `samenspel migrate`" in done.stderr
    assert _people(empty_postgres) == 0


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # closed again when the probe goes


async def _get(web_app: web.Application, path: str) -> tuple[int, dict[str, str]]:
    runner = web.AppRunner(web_app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as response:
            return response.status, await response.json()
    finally:
        await runner.cleanup()


def test_readyz_reports_a_database_that_does_not_answer_while_healthz_stays_ok() -> None:
    url = f"postgresql://samenspel@127.0.0.1:{_closed_port()}/samenspel"
    app = build_app(Settings(DATABASE_URL=url))  # type: ignore[call-arg]
    try:
        assert asyncio.run(_get(build_web_app(app), "/healthz")) == (200, {"status": "ok"})
        status, body = asyncio.run(_get(build_web_app(app), "/readyz"))
    finally:
        app.close()
    assert status == 503
    assert body == {"status": "fail", "database": "onbereikbaar", "scheduler": "off"}
