"""A real OpenID Provider for the tests: npm `oidc-provider` (OpenID Certified), started by tests/web/oidc_provider.js.

`make oidc-provider` installs it into build/oidc (as `make playground` installs the Playground). Without Node.js the
sign-in tests skip, except when CI=true, where a missing provider is a failure."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.standins.processes import stop

ROOT = Path(__file__).resolve().parents[2]
MODULES = ROOT / "build" / "oidc" / "node_modules"
SCRIPT = Path(__file__).with_name("oidc_provider.js")
CLIENT_ID = "samenspel"
CLIENT_SECRET = "een-geheim-van-de-test-client-1234567890"


def require_provider() -> None:
    node = shutil.which("node")
    if node and (MODULES / "oidc-provider" / "package.json").is_file():
        return
    if not node and os.environ.get("CI", "").lower() != "true":
        pytest.skip("OpenID Provider overgeslagen: Node.js (node) is niet geïnstalleerd")
    pytest.fail(f"oidc-provider ontbreekt in {MODULES}: draai `make oidc-provider` (Node.js nodig)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def running_provider(redirect_uri: str, log: Path, **options: str) -> Iterator[str]:
    """The provider on a free loopback port, for one client (ours); yields its issuer. `options`: TAMPER,
    CLOCK_OFFSET_SECONDS, ISSUER_HOST (see oidc_provider.js)."""
    require_provider()
    environment = {**os.environ, "CLIENT_ID": CLIENT_ID, "CLIENT_SECRET": CLIENT_SECRET,
                   "REDIRECT_URI": redirect_uri, **options}
    with log.open("w") as errors:
        process = subprocess.Popen(["node", str(SCRIPT), str(MODULES)], env=environment, stdout=subprocess.PIPE,
                                   stderr=errors, text=True)
        try:
            assert process.stdout is not None
            line = process.stdout.readline()
            if not line.startswith("listening "):
                raise AssertionError(f"oidc-provider startte niet: {line!r} {log.read_text()}")
            yield line.split()[1]
        finally:
            stop(process)
