"""Ending a helper process the tests started (a Node.js stand-in): politely, then for sure, pipes closed."""
from __future__ import annotations

import subprocess


def stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(10)
    if process.stdout is not None:
        process.stdout.close()
