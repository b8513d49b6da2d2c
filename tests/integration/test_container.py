"""The container runs exactly the commands the *In productie* page (docs/in-productie.md) gives (the image is not built here)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import yaml

from bot.cli import parser as _parser

ROOT = Path(__file__).resolve().parents[2]


def _chapter() -> str:
    return (ROOT / "docs" / "in-productie.md").read_text(encoding="utf-8")


def _readme_commands() -> list[list[str]]:
    first_block = re.search(r"```sh\n(.*?)```", _chapter(), re.S)
    assert first_block, "docs/in-productie.md: the block with the three steps"
    return [line.split() for line in first_block.group(1).splitlines() if line.strip()]


def _dockerfile() -> dict[str, Any]:
    found: dict[str, Any] = {}
    for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines():
        keyword, _, rest = line.partition(" ")
        if keyword in {"ENTRYPOINT", "CMD", "USER", "FROM"}:
            found[keyword] = json.loads(rest) if rest.startswith("[") else rest.strip()
        if keyword == "RUN" and "pip install" in rest:
            found["install"] = rest
    return found


def test_the_readme_names_migrate_serve_and_worker_and_each_parses() -> None:
    commands = _readme_commands()
    assert commands == [["samenspel", "migrate"], ["samenspel", "serve"], ["samenspel", "worker"]]
    for command in commands:
        _parser().parse_args(command[1:])


def test_the_image_and_compose_run_the_readmes_commands_as_a_non_root_user() -> None:
    docker = _dockerfile()
    assert docker["ENTRYPOINT"] == ["samenspel"]
    readme = [c[1:] for c in _readme_commands()]
    assert docker["CMD"] in readme
    assert docker["USER"] not in {"", "root", "0"}
    assert "-c constraints.txt" in docker["install"]  # the same pinned versions as make
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert {name: services[name]["command"] for name in ("migrate", "serve", "worker")} == {
        "migrate": ["migrate"], "serve": ["serve"], "worker": ["worker"],
    }
    assert all(service["command"] in readme for name, service in services.items() if "command" in service)
    # serve and worker start only after migrate finished; migrate only once PostgreSQL answers.
    for name in ("serve", "worker"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["migrate"]["depends_on"]["postgres"]["condition"] == "service_healthy"


def test_the_makefile_installs_with_the_constraints() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "pip install --quiet -c constraints.txt -e '.[test]'" in makefile
    pinned = [line for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")]
    assert pinned and all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[^\s]+", line) for line in pinned)


def test_log_format_json_writes_one_json_object_per_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}", "LOG_FORMAT": "json",
           "LOG_LEVEL": "INFO", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "bot.cli", "migrate", "--demo"], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stderr.splitlines() if line.strip()]
    assert records and all({"level", "logger", "message"} <= set(r) for r in records)
    assert any(r["message"].startswith("demo-organisatie geladen") for r in records)
