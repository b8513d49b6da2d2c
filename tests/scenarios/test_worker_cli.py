"""`samenspel worker` on SQLite: one sweep with --once --now, and a second worker refuses to start."""
from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

from tests.scenarios.test_cli import SAMENSPEL, _env


def _migrate_with_demo(tmp_path: Path) -> None:
    """The deploy step before any worker: `samenspel migrate`, here with the demo organisation asked for."""
    done = subprocess.run([*SAMENSPEL, "migrate", "--demo", "--now", "2026-11-23T09:00"], capture_output=True, text=True, timeout=60,
                          env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr


def test_worker_once_sends_the_due_reminders_at_the_given_moment(tmp_path: Path) -> None:
    _migrate_with_demo(tmp_path)
    done = subprocess.run([*SAMENSPEL, "worker", "--once", "--now", "2026-11-23T10:00"], capture_output=True, text=True,
                          timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "7 meldingen bezorgd"  # T-2026-004's reminder and six Monday digests
    again = subprocess.run([*SAMENSPEL, "worker", "--once", "--now", "2026-11-23T11:00"], capture_output=True,
                           text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert again.stdout.strip() == "0 meldingen bezorgd"


def test_worker_rejects_a_malformed_now(tmp_path: Path) -> None:
    done = subprocess.run([*SAMENSPEL, "worker", "--once", "--now", "maandag"], capture_output=True, text=True,
                          timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert done.returncode == 2
    assert "gebruik YYYY-MM-DDTHH:MM" in done.stderr


def test_a_second_worker_on_sqlite_refuses_to_start(tmp_path: Path) -> None:
    _migrate_with_demo(tmp_path)
    first = subprocess.Popen([*SAMENSPEL, "worker"], env=_env(tmp_path), cwd=tmp_path,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        lock = tmp_path / "cli.db.worker.lock"
        deadline = time.monotonic() + 30
        while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
            time.sleep(0.05)
        second = subprocess.run([*SAMENSPEL, "worker", "--once"], capture_output=True, text=True, timeout=60,
                                env=_env(tmp_path), cwd=tmp_path)
        assert second.returncode == 2
        assert "Er draait al een worker of server met herinneringen op deze SQLite-database" in second.stderr
        assert "gebruik PostgreSQL" in second.stderr
    finally:
        first.terminate()
        first.wait(10)


def test_sigterm_stops_a_worker_cleanly_and_frees_its_lock(tmp_path: Path) -> None:
    _migrate_with_demo(tmp_path)
    worker = subprocess.Popen([*SAMENSPEL, "worker"], env=_env(tmp_path), cwd=tmp_path,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lock = tmp_path / "cli.db.worker.lock"
    deadline = time.monotonic() + 30
    while not (lock.exists() and lock.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.05)
    worker.send_signal(signal.SIGTERM)
    _out, err = worker.communicate(timeout=60)
    assert worker.returncode == 0, err
    assert "worker stopt" in err
    # The lock went with it: the next worker starts at once.
    after = subprocess.run([*SAMENSPEL, "worker", "--once", "--now", "2026-11-23T11:00"], capture_output=True,
                           text=True, timeout=60, env=_env(tmp_path), cwd=tmp_path)
    assert after.returncode == 0, after.stderr
