"""Pacing benchmark (on demand): Monday's weekoverzichten at the platforms' published limits, never over them.

N digests for N people in one tenant/workspace, `--workers` long-running `samenspel worker` processes on
one PostgreSQL database, against loopback stand-ins for the Bot Framework connector (Teams: 50 requests/s
per tenant, 7 per second per conversation) and Slack's Web API (chat.postMessage: 5/s for the workspace,
1/s per channel), which answer 429 with Retry-After when a limit is exceeded. Reported per platform: the
time from the first to the last delivery (and from the start of the workers) as a ratio of the time the
limit allows, the 429s, duplicates and lost messages. `--kill` SIGKILLs one worker halfway.

    .venv/bin/python bench/pacing.py [--people 10000] [--workers 3] [--platform teams|slack|both] [--kill]
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sqlalchemy import func, insert, select  # noqa: E402

from bot.app import build_app  # noqa: E402
from bot.clock import TIMEZONE, FixedClock  # noqa: E402
from bot.settings import Settings  # noqa: E402
from handlers.messages import OutgoingReply  # noqa: E402
from handlers.reminders.codec import reply_to_json  # noqa: E402
from handlers.reminders.outbox import Channel, Planned  # noqa: E402
from storage.models import NotificationRow, PersonRow, TeamsReferenceRow  # noqa: E402
from tests.standins.bot_connector import BotConnectorStandIn  # noqa: E402
from tests.standins.limits import Limit, Limiter  # noqa: E402
from tests.standins.slack_api import SlackStandIn  # noqa: E402
from scratch import create_database, drop_database, url_for  # noqa: E402

# A Wednesday at ten: within working hours, and no digests of the workers' own planning beside the benchmark's.
NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=TIMEZONE)
TENANT = "bench-tenant"
# The published limits the stand-ins enforce (the workers' defaults in bot/settings.py are the same values).
LIMITS = {"teams": {"tenant": Limit(50), "conversation": Limit(7)},
          "slack": {"workspace": Limit(5), "channel": Limit(1)}}
KEY = re.compile(r"overzicht:2026-W48:\d+")
BOUND = {"teams": 50.0, "slack": 5.0}  # the binding limit per second: one message per person, all in one tenant


def seed(url: str, people: int, platform: str, service_url: str) -> None:
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False), clock=FixedClock(NOW))  # type: ignore[call-arg]
    app.database.migrate()
    with app.uow_factory() as uow:
        session = uow.session  # type: ignore[attr-defined]
        ids = list(session.scalars(insert(PersonRow).returning(PersonRow.id), [
            {"naam": f"Persoon {n}", "email": f"p{n}@bench.example", "functie": "",
             "slack_user_id": f"U{n:06d}" if platform == "slack" else None,
             "teams_aad_id": f"aad-{n:06d}" if platform == "teams" else None}
            for n in range(people)
        ]))
        if platform == "teams":
            session.execute(insert(TeamsReferenceRow), [
                {"scope": "person", "key": f"aad-{n:06d}", "service_url": service_url, "updated_at": NOW, "reference": {
                    "conversation": {"id": f"a:conv-{n:06d}", "conversationType": "personal", "tenantId": TENANT},
                    "user": {"id": f"29:user-{n:06d}", "aadObjectId": f"aad-{n:06d}"}, "bot": {"id": "28:bench"},
                    "channelId": "msteams", "serviceUrl": service_url}}
                for n in range(people)
            ])
        uow.reminders.enqueue([
            Planned(f"overzicht:2026-W48:{pid}", pid, Channel.DIGEST, "", "",
                    reply_to_json(OutgoingReply(text=f"Weekoverzicht overzicht:2026-W48:{pid}")),
                    NOW - dt.timedelta(minutes=1), NOW + dt.timedelta(days=1))
            for pid in ids
        ])
        uow.commit()
    app.close()


def worker_env(url: str, platform: str, api_url: str) -> dict[str, str]:
    keep = {k: v for k, v in os.environ.items()
            if not k.upper().startswith(("SLACK_", "SAMENSPEL_", "DATABASE_URL", "MICROSOFTAPP"))}
    env = {**keep, "PYTHONPATH": str(ROOT), "DATABASE_URL": url, "SAMENSPEL_DEMO": "false", "LOG_LEVEL": "ERROR",
           "SAMENSPEL_DELIVER_INTERVAL_SECONDS": "1", "SAMENSPEL_PLAN_INTERVAL_SECONDS": "3600",
           # A killed worker's claims come free after 20 s rather than 2 minutes.
           "SAMENSPEL_DELIVERY_LEASE_SECONDS": "20"}
    if platform == "slack":
        env |= {"SLACK_BOT_TOKEN": "xoxb-bench", "SLACK_SIGNING_SECRET": "bench", "SLACK_API_URL": api_url}
    else:
        env |= {"SAMENSPEL_TEAMS_ONTWIKKELMODUS": "true", "SAMENSPEL_TEAMS_TENANTS": TENANT}
    return env


def outbox(url: str) -> Counter[str]:
    app = build_app(Settings(DATABASE_URL=url, SAMENSPEL_DEMO=False), clock=FixedClock(NOW))  # type: ignore[call-arg]
    with app.uow_factory() as uow:
        rows = uow.session.execute(  # type: ignore[attr-defined]
            select(NotificationRow.state, func.count()).group_by(NotificationRow.state)).all()
    app.close()
    return Counter({state: n for state, n in rows})


def run(platform: str, people: int, workers: int, kill: bool) -> None:
    limiter = Limiter(dict(LIMITS[platform]))
    standin: SlackStandIn | BotConnectorStandIn
    standin = SlackStandIn(limiter=limiter).start() if platform == "slack" else BotConnectorStandIn(limiter).start()
    name = create_database()
    url = url_for(name)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        seed(url, people, platform, standin.url)
        command = [sys.executable, "-m", "bot.cli", "worker", "--now", NOW.strftime("%Y-%m-%dT%H:%M")]
        env = worker_env(url, platform, standin.url)
        start = time.time()
        procs += [subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                  for _ in range(workers)]
        killed = False
        deadline = start + 3 * people / BOUND[platform] + 120
        while time.time() < deadline:
            time.sleep(0.5)
            states = outbox(url)
            if kill and not killed and states["delivered"] >= people // 2:
                procs[0].send_signal(signal.SIGKILL)
                killed = True
            if states["delivered"] + states["unreachable"] + states["expired"] >= people:
                break
        for proc in procs:
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
        for proc in procs:
            proc.wait(60)
        report(platform, people, workers, kill, start, standin, limiter, outbox(url))
    finally:
        for proc in procs:  # also when the run itself failed: no worker outlives its benchmark
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        drop_database(name)
        standin.stop()


def report(platform: str, people: int, workers: int, kill: bool, start: float,
           standin: SlackStandIn | BotConnectorStandIn, limiter: Limiter, states: Counter[str]) -> None:
    if isinstance(standin, SlackStandIn):
        stamps = [float(m["ts"]) for m in standin.messages]
        keys = Counter(m["metadata"]["event_payload"]["delivery_key"] for m in standin.messages if m.get("metadata"))
    else:
        stamps = standin.stamps()
        keys = Counter(key for body in standin.bodies() for key in set(KEY.findall(body)))
    bound = people / BOUND[platform]
    requests = limiter.accepted + limiter.refused
    first_to_last = max(stamps) - min(stamps) if stamps else 0.0
    print(f"\n== {platform}: {people} weekoverzichten, {workers} workers{', één gekild halverwege' if kill else ''}, "
          f"limiet {BOUND[platform]:g}/s ==")
    print(f"limiet-tijd {bound:7.1f} s | eerste tot laatste {first_to_last:7.1f} s = {first_to_last / bound:.2f}x | "
          f"incl. opstarten {max(stamps, default=start) - start:7.1f} s = {(max(stamps, default=start) - start) / bound:.2f}x")
    print(f"429's {limiter.refused} van {requests} verzoeken ({100 * limiter.refused / max(requests, 1):.2f}%) | "
          f"dubbel {sum(n - 1 for n in keys.values())} | kwijt {people - len(keys)} | outbox {dict(states)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=10_000, help="zoveel mensen, elk één weekoverzicht")
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--platform", choices=("teams", "slack", "both"), default="both")
    parser.add_argument("--kill", action="store_true", help="SIGKILL één worker halverwege")
    args = parser.parse_args()
    for platform in ("teams", "slack") if args.platform == "both" else (args.platform,):
        run(platform, args.people, args.workers, args.kill)


if __name__ == "__main__":
    main()
