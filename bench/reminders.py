"""Reminder delivery benchmark (on demand, not in the suite): PostgreSQL, 3 workers, a Slack stand-in.

Seeds 100,000 open toezeggingen and 10,000 due notifications, runs three `samenspel worker --once`
processes against a local stand-in for Slack's Web API with 1 ms latency, and prints throughput,
the time until the last delivery, duplicates (must be 0), and worker RSS with 0 and 100,000 open items.

    .venv/bin/python bench/reminders.py [--items 100000] [--notifications 10000] [--workers 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, insert

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.app import build_app, prepare_database  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from handlers.messages import OutgoingReply  # noqa: E402
from handlers.reminders.codec import reply_to_json  # noqa: E402
from handlers.reminders.outbox import Channel, Planned  # noqa: E402
from storage.models import ToezeggingRow  # noqa: E402
from tests.standins.slack_api import Behaviour, SlackStandIn  # noqa: E402
from scratch import create_database, drop_database, url_for  # noqa: E402

# A Wednesday: no Monday digests, so a sweep only reads items with a deadline in the coming month.
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=TIMEZONE)


def seed_people(url: str) -> list[int]:
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=True), clock=FixedClock(NOW))  # type: ignore[call-arg]
    prepare_database(app)
    with app.uow_factory() as uow:
        ids = [p.id for p in uow.people.all() if p.id is not None]
        for pid in ids:
            uow.people.link_platform(pid, "slack", f"U{pid:04d}")
        uow.commit()
    app.close()
    return ids


def seed_items(url: str, count: int, people: list[int]) -> None:
    engine = create_engine(url)
    rows = (
        {"nummer": f"T-2029-{n:06d}", "jaar": 2029, "volgnummer": n, "omschrijving": f"Benchmark-toezegging {n}",
         "portefeuillehouder_id": people[n % len(people)], "eigenaar_id": people[(n + 1) % len(people)],
         "gremium": "", "aan": "", "deadline_tekst": "2029", "deadline_kind": "date",
         "deadline_due": dt.date(2029, 12, 31), "deadline_precision": "year", "status": "openstaand",
         "stand_van_zaken": "", "afdoening_referentie": "", "vertrouwelijk": False, "created_at": NOW}
        for n in range(1, count + 1)
    )
    with engine.begin() as conn:
        while chunk := list(itertools.islice(rows, 5000)):
            conn.execute(insert(ToezeggingRow), chunk)
    engine.dispose()


def seed_notifications(url: str, count: int, people: list[int]) -> None:
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False), clock=FixedClock(NOW))  # type: ignore[call-arg]
    reply = reply_to_json(OutgoingReply(text="Benchmark-herinnering"))
    planned = [
        Planned(f"bench:{n}", people[n % len(people)], Channel.REMINDER, "toezegging", f"B-{n}", reply,
                NOW - dt.timedelta(minutes=1), NOW + dt.timedelta(days=1))
        for n in range(count)
    ]
    with app.uow_factory() as uow:
        uow.reminders.enqueue(planned)
        uow.commit()
    app.close()


def worker_env(url: str, slack: SlackStandIn) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.upper().startswith(("SLACK_", "SAMENSPEL_", "DATABASE_URL"))}
    return {**keep, "PYTHONPATH": str(ROOT), "DATABASE_URL": url, "SAMENSPEL_DEMO": "false",
            "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": "bench", "SLACK_API_URL": slack.url,
            "LOG_LEVEL": "WARNING"}


def peak_rss_kib(pid: int) -> int:
    """VmHWM of a running process (its own peak; ru_maxrss would include the parent's at fork)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def run_workers(n: int, env: dict[str, str]) -> list[int]:
    """Runs n `worker --once` processes to the end; returns each one's peak RSS in KiB."""
    command = [sys.executable, "-m", "bot.cli", "worker", "--once", "--now", NOW.strftime("%Y-%m-%dT%H:%M")]
    procs = [subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL) for _ in range(n)]
    peaks = [0] * n
    while any(p.poll() is None for p in procs):
        for i, proc in enumerate(procs):
            if proc.poll() is None:
                peaks[i] = max(peaks[i], peak_rss_kib(proc.pid))
        time.sleep(0.01)
    failed = [p.returncode for p in procs if p.returncode != 0]
    if failed:
        raise SystemExit(f"worker faalde met code {failed}")
    return peaks


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--notifications", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    name = create_database()
    url = url_for(name)
    slack = SlackStandIn(Behaviour(latency=0.001)).start()
    try:
        people = seed_people(url)
        env = worker_env(url, slack)
        idle_0 = max(run_workers(1, env))
        t0 = time.monotonic()
        seed_items(url, args.items, people)
        print(f"{args.items} open items geseed in {time.monotonic() - t0:.1f} s")
        idle_100k = max(run_workers(1, env))
        seed_notifications(url, args.notifications, people)
        before = len(slack.messages)
        start = time.time()
        delivering = run_workers(args.workers, env)
        sent = slack.keys()
        bench_keys = {k: c for k, c in sent.items() if k.startswith("bench:")}
        stamps = [float(m["ts"]) for m in slack.messages[before:]]
        elapsed = max(stamps) - start
        sending = max(stamps) - min(stamps)
        duplicates = sum(c - 1 for c in sent.values())
        print(f"workers: {args.workers}, stand-in latency 1 ms")
        print(f"bezorgd: {len(bench_keys)} van {args.notifications} (ontbrekend: {args.notifications - len(bench_keys)})")
        print(f"tijd tot laatste bezorging: {elapsed:.2f} s (incl. opstarten van de workers)")
        print(f"doorvoer: {len(bench_keys) / elapsed:.0f} meldingen/s incl. opstarten; "
              f"{len(bench_keys) / sending:.0f} meldingen/s van eerste tot laatste bezorging ({sending:.2f} s)")
        print(f"dubbel: {duplicates}")
        print(f"worker RSS, één ronde zonder open items: {idle_0 / 1024:.1f} MB")
        print(f"worker RSS, één ronde met {args.items} open items: {idle_100k / 1024:.1f} MB "
              f"(groei {(idle_100k - idle_0) / 1024:.1f} MB)")
        print(f"worker RSS tijdens bezorgen (max van {args.workers}): {max(delivering) / 1024:.1f} MB")
    finally:
        slack.stop()
        drop_database(name)


if __name__ == "__main__":
    main()
