"""Reminder benchmark (on demand, not in the suite): planning at scale and delivery against the floor.

Planning, at 1,000 / 10,000 / 100,000 open toezeggingen (plus a tenth as many moties) on PostgreSQL
(and SQLite with --sqlite), with due dates spread over a year back and ahead so overdue and soon-due
items are in the planning window (bench/seed.py): the first sweep, a no-op sweep the same day, the
next day's sweep and its no-op, messages per recipient, the worker's peak memory, and EXPLAIN
ANALYZE of the planner's queries at the largest size.

Delivery: 10,000 due notifications, three `samenspel worker --once` processes against a local Slack
stand-in with 1 ms latency, side by side with the floor: three processes running a minimal
`SELECT … FOR UPDATE SKIP LOCKED` loop over the same rows with a kept-alive HTTP connection.

    .venv/bin/python bench/reminders.py [--sizes 1000,10000,100000] [--sqlite] [--notifications 10000] [--workers 3]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import func, select, text  # noqa: E402

from bot.app import build_app  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from handlers.domain.people import Person  # noqa: E402
from handlers.messages import Notification, OutgoingReply  # noqa: E402
from handlers.reminders.codec import reply_to_json  # noqa: E402
from handlers.reminders.config import ReminderConfig  # noqa: E402
from handlers.reminders.outbox import Channel, Planned  # noqa: E402
from scheduler.engine import ReminderEngine  # noqa: E402
from storage.engine import make_engine  # noqa: E402
from storage.models import NotificationRow  # noqa: E402
from tests.standins.slack_api import Behaviour, SlackStandIn  # noqa: E402
from scratch import create_database, drop_database, url_for  # noqa: E402
from seed import seed_items, seed_people  # noqa: E402

# A Wednesday: no Monday digests, so the sweeps measure reminders and escalations.
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=TIMEZONE)


class NoSend:
    def deliver(self, person: Person, notification: Notification) -> None:
        pass


def peak_rss_kib(pid: int | str = "self") -> int:
    """VmHWM of a process (its own peak; ru_maxrss would include the parent's at fork)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def timed_plan(eng: ReminderEngine) -> tuple[float, int]:
    start = time.perf_counter()
    added = eng.plan()
    return time.perf_counter() - start, added


def plan_child(url: str) -> None:
    """Runs in its own process (so its memory is its own) and prints one JSON line."""
    clock = FixedClock(NOW)
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False), clock=clock)  # type: ignore[call-arg]
    eng = ReminderEngine(app.uow_factory, clock, NoSend(), ReminderConfig())
    result: dict[str, Any] = {"rss_start": peak_rss_kib()}
    result["first"] = timed_plan(eng)
    result["noop"] = timed_plan(eng)
    clock.moment = NOW + dt.timedelta(days=1)
    result["next_day"] = timed_plan(eng)
    result["next_noop"] = timed_plan(eng)
    with app.uow_factory() as uow:
        session = uow.session
        rows = session.execute(select(NotificationRow.channel, NotificationRow.state, func.count())
                               .group_by(NotificationRow.channel, NotificationRow.state)).all()
        result["outbox"] = {f"{c}/{s}": n for c, s, n in rows}
    result["rss_peak"] = peak_rss_kib()
    eng.close()
    app.close()
    print(json.dumps(result))


EXPLAINED = {
    "take_changes": "SELECT id, item_kind, item_key FROM item_changes",
    "due_in (one day range, daily sweep)": (
        "SELECT * FROM toezeggingen WHERE status IN ('openstaand','afdoening voorgesteld','deels voldaan') "
        "AND (deadline_due BETWEEN :d1 AND :d1 OR deadline_due BETWEEN :d2 AND :d2 OR deadline_due BETWEEN :d3 AND :d3)"),
    "by_keys (changed items)": "SELECT * FROM toezeggingen WHERE nummer IN ('T-2010-001','T-2010-002')",
    "known_keys": "SELECT delivery_key FROM notifications WHERE delivery_key IN ('x','y')",
    "claim (leases run out)": (
        "SELECT * FROM notifications WHERE state='sending' AND lease_until < now() LIMIT 50 FOR UPDATE SKIP LOCKED"),
    "claim (due)": (
        "SELECT * FROM notifications WHERE state='pending' AND not_before <= now() "
        "ORDER BY not_before LIMIT 50 FOR UPDATE SKIP LOCKED"),
    "overzicht: count of a section": (
        "SELECT count(*) FROM toezeggingen WHERE status IN ('openstaand','afdoening voorgesteld','deels voldaan') "
        "AND deadline_due < :d1"),
    "overzicht: first page of a section": (
        "SELECT * FROM toezeggingen WHERE status IN ('openstaand','afdoening voorgesteld','deels voldaan') "
        "AND portefeuillehouder_id = (SELECT id FROM personen WHERE email = 'manager0@bench.example') "
        "ORDER BY deadline_due NULLS LAST, nummer LIMIT 50"),
}


def explain(url: str) -> None:
    engine = make_engine(url)
    today = NOW.date()
    days = {"d1": today - dt.timedelta(days=7), "d2": today + dt.timedelta(days=14), "d3": today - dt.timedelta(days=21)}
    with engine.connect() as conn:
        for name, sql in EXPLAINED.items():
            plan = conn.execute(text("EXPLAIN ANALYZE " + sql), {k: v for k, v in days.items() if f":{k}" in sql})
            print(f"\n-- {name}")
            for (line,) in plan:
                print("   ", line)
            conn.rollback()
    engine.dispose()


def planning(sizes: list[int], backend: str) -> None:
    print(f"\n== plannen op {backend} ==")
    print(f"{'open items':>10} | {'1e ronde':>9} | {'no-op':>7} | {'volgende dag':>12} | {'no-op':>7} | "
          f"{'berichten':>9} | {'item-regels':>11} | {'RSS piek':>8}")
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            name = create_database() if backend == "postgresql" else ""
            url = url_for(name) if name else f"sqlite:///{folder}/bench.db"
            try:
                people = seed_people(url, NOW)
                t0 = time.perf_counter()
                seed_items(url, size, people, NOW)
                seeded = time.perf_counter() - t0
                out = subprocess.run([sys.executable, __file__, "--plan-child", url], capture_output=True, text=True,
                                     cwd=ROOT, check=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                sent = sum(n for k, n in r["outbox"].items() if k.endswith("/pending"))
                rows = sum(r["outbox"].values()) - sent
                print(f"{size:>10} | {r['first'][0]:>8.2f}s | {r['noop'][0] * 1000:>5.0f}ms | {r['next_day'][0]:>11.2f}s | "
                      f"{r['next_noop'][0] * 1000:>5.0f}ms | {sent:>9} | {rows:>11} | {r['rss_peak'] / 1024:>6.0f}MB"
                      f"   (geseed in {seeded:.1f} s; uitkomst {r['outbox']})")
                if size == max(sizes) and backend == "postgresql":
                    explain(url)
            finally:
                if name:
                    drop_database(name)


def worker_env(url: str, slack: SlackStandIn) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items() if not k.upper().startswith(("SLACK_", "SAMENSPEL_", "DATABASE_URL"))}
    return {**keep, "PYTHONPATH": str(ROOT), "DATABASE_URL": url, "SAMENSPEL_DEMO": "false",
            "SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": "bench", "SLACK_API_URL": slack.url,
            "LOG_LEVEL": "WARNING"}


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


def run_processes(commands: list[list[str]], env: dict[str, str]) -> None:
    procs = [subprocess.Popen(c, env=env, cwd=ROOT, stdout=subprocess.DEVNULL) for c in commands]
    failed = [p.wait() for p in procs]
    if any(failed):
        raise SystemExit(f"een proces faalde: {failed}")


def delivery_run(url: str, slack: SlackStandIn, count: int, workers: int, floor: bool) -> tuple[float, float, int, int]:
    """(seconds from start to last delivery, seconds first-to-last, delivered, duplicates)."""
    before = len(slack.messages)
    env = worker_env(url, slack)
    if floor:
        command = [sys.executable, str(ROOT / "bench" / "floor.py"), url, slack.url]
    else:
        command = [sys.executable, "-m", "bot.cli", "worker", "--once", "--now", NOW.strftime("%Y-%m-%dT%H:%M")]
    start = time.time()
    run_processes([command] * workers, env)
    stamps = [float(m["ts"]) for m in slack.messages[before:]]
    keys = [m["metadata"]["event_payload"]["delivery_key"] for m in slack.messages[before:] if m.get("metadata")]
    delivered = len({k for k in keys if k.startswith("bench:")})
    return max(stamps) - start, max(stamps) - min(stamps), delivered, len(keys) - len(set(keys))


def delivery(count: int, workers: int) -> None:
    print(f"\n== bezorgen: {count} meldingen, {workers} processen, Slack-stand-in met 1 ms latency ==")
    slack = SlackStandIn(Behaviour(latency=0.001)).start()
    results: dict[str, tuple[float, float, int, int]] = {}
    try:
        for label, floor in (("vloer (SKIP LOCKED-lus)", True), ("samenspel worker --once", False)):
            name = create_database()
            url = url_for(name)
            try:
                people = seed_people(url, NOW)
                seed_notifications(url, count, people)
                results[label] = delivery_run(url, slack, count, workers, floor)
            finally:
                drop_database(name)
    finally:
        slack.stop()
    for label, (total, sending, delivered, dupes) in results.items():
        print(f"{label:<26} {total:6.2f} s tot laatste bezorging (incl. opstarten), {sending:6.2f} s eerste tot laatste; "
              f"bezorgd {delivered}/{count}, dubbel {dupes}")
    (floor_total, floor_send, *_), (ours_total, ours_send, *_) = results.values()
    print(f"verhouding samenspel/vloer: {ours_total / floor_total:.2f}x incl. opstarten, "
          f"{ours_send / floor_send:.2f}x van eerste tot laatste bezorging")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--sqlite", action="store_true", help="plannen ook op SQLite meten")
    parser.add_argument("--notifications", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--skip-delivery", action="store_true")
    parser.add_argument("--skip-planning", action="store_true")
    parser.add_argument("--plan-child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.plan_child:
        plan_child(args.plan_child)
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    if not args.skip_planning:
        planning(sizes, "postgresql")
        if args.sqlite:
            planning(sizes, "sqlite")
    if not args.skip_delivery:
        delivery(args.notifications, args.workers)


if __name__ == "__main__":
    main()
