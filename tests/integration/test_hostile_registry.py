"""The registry file and the other YAML files: aliases that expand, tags that construct, files too large.

Each is refused with a Dutch message, quickly, and nothing is written (SQLite and PostgreSQL)."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.app import App
from bot.demo.seed import REGISTER
from handlers.commands.register.opslaan import load_text
from handlers.deadlines.calendar import CalendarError, load_calendar
from handlers.domain.registry.problems import RegisterInvalid
from storage.importers.mapping import MappingError, load_mapping
from tests.integration.test_registry_loading import _env

# Nine levels of nine aliases: 9^9 (387 million) strings from under a kilobyte, if anything expanded them.
LAUGHS = 'lol0: &lol0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]\n' + "".join(
    f"lol{n}: &lol{n} [{', '.join([f'*lol{n - 1}'] * 9)}]\n" for n in range(1, 9)
)
BILLION_LAUGHS = REGISTER.read_text(encoding="utf-8") + "\nextra:\n" + "".join(f"  {line}\n" for line in LAUGHS.splitlines())
PYTHON_TAG = REGISTER.read_text(encoding="utf-8").replace(
    "register:\n", 'register:\n  organisatie: !!python/object/apply:os.system ["touch {marker}"]\n', 1)


def _refused(app: App, text: str) -> RegisterInvalid:
    with app.uow_factory() as uow:
        before = uow.registry.snapshot()
    started = time.monotonic()
    with app.uow_factory() as uow, pytest.raises(RegisterInvalid) as raised:
        load_text(uow, text, "kwaad.yaml", app.clock.now(), None)
    assert time.monotonic() - started < 5
    with app.uow_factory() as uow:
        assert uow.registry.snapshot() == before
    return raised.value


def test_aliases_that_expand_are_refused_at_once_and_nothing_changes(app: App) -> None:
    refused = _refused(app, BILLION_LAUGHS)
    assert refused.message.startswith("Het register in kwaad.yaml is niet geladen: 1 probleem. Er is niets veranderd.")
    [problem] = refused.problems
    assert "het stuk dat hier begint (&naam) wordt verderop herhaald met een alias (*naam)" in problem.message
    assert problem.line is not None and problem.line > REGISTER.read_text(encoding="utf-8").count("\n")


def test_a_tag_that_would_construct_an_object_is_refused(app: App, tmp_path: Path) -> None:
    marker = tmp_path / "uitgevoerd"
    refused = _refused(app, PYTHON_TAG.replace("{marker}", str(marker)))
    assert "de tag 'tag:yaml.org,2002:python/object/apply:os.system'" in refused.problems[0].message
    assert refused.problems[0].line == REGISTER.read_text(encoding="utf-8").splitlines().index("register:") + 2
    assert not marker.exists()


def test_a_50_mb_file_is_refused_before_it_is_read_and_nothing_is_written(tmp_path: Path) -> None:
    cli = [sys.executable, "-m", "bot.cli", "registry"]
    env = _env(tmp_path)
    big = tmp_path / "groot.yaml"
    with big.open("wb") as handle:
        handle.write(REGISTER.read_bytes())
        handle.truncate(50 * 1024 * 1024)
    refused = subprocess.run([*cli, "load", str(big)], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert refused.returncode == 1
    assert "groot.yaml is 50 MB; een registerbestand is hoogstens 5 MB (SAMENSPEL_REGISTER_MAX_BYTES)" in refused.stderr
    assert "Er is niets veranderd." in refused.stderr
    assert not (tmp_path / "cli.db").exists(), "the database was not even opened"
    binary = tmp_path / "register.yaml"
    binary.write_bytes(b"\xff\xfe\x00register: x\n")
    refused = subprocess.run([*cli, "load", str(binary)], capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert refused.returncode != 0 and "register.yaml is geen UTF-8-tekstbestand" in refused.stderr


def test_the_calendar_and_an_import_mapping_refuse_the_same(tmp_path: Path) -> None:
    kalender = tmp_path / "kalender.yaml"
    kalender.write_text(LAUGHS + "momenten:\n  voorjaarsnota 2027: 2027-06-01\n", encoding="utf-8")
    with pytest.raises(CalendarError, match="regel 1: het stuk dat hier begint \\(&naam\\) wordt verderop herhaald"):
        load_calendar(kalender)
    mapping = tmp_path / "mapping.yaml"
    mapping.write_text("kolommen: !!python/name:os.system\n", encoding="utf-8")
    with pytest.raises(MappingError, match="regel 1: hier staat de tag 'tag:yaml.org,2002:python/name:os.system'"):
        load_mapping(mapping)
