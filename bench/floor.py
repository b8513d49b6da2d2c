"""The delivery floor for bench/reminders.py: the least a worker can do per notification.

One process: claim 50 due rows with `SELECT … FOR UPDATE SKIP LOCKED`, post each to Slack's
chat.postMessage over one kept-alive HTTP connection, mark them delivered, commit; until none are
left. No rendering, no retries, no leases: what a delivery costs when nothing else is done.

    python bench/floor.py DATABASE_URL SLACK_API_URL
"""
from __future__ import annotations

import http.client
import json
import sys
from urllib.parse import urlsplit

import psycopg

CLAIM = """
SELECT id, delivery_key, person_id FROM notifications
WHERE state = 'pending' AND not_before <= now() + interval '1 year'
ORDER BY not_before, id LIMIT 50 FOR UPDATE SKIP LOCKED
"""


def main(url: str, api: str) -> None:
    target = urlsplit(api)
    connection = http.client.HTTPConnection(target.hostname or "127.0.0.1", target.port)
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        while True:
            with conn.transaction():
                rows = conn.execute(CLAIM).fetchall()
                if not rows:
                    return
                for _id, key, person in rows:
                    body = json.dumps({"channel": f"U{person}", "text": "Benchmark-herinnering", "metadata": {
                        "event_type": "samenspel_notification", "event_payload": {"delivery_key": key}}})
                    connection.request("POST", target.path + "chat.postMessage", body,
                                 {"Content-Type": "application/json", "Authorization": "Bearer xoxb-bench"})
                    connection.getresponse().read()
                conn.execute("UPDATE notifications SET state = 'delivered' WHERE id = ANY(%s)", ([r[0] for r in rows],))


if __name__ == "__main__":
    if len(sys.argv) == 3:
        main(sys.argv[1], sys.argv[2])
    else:  # `make bench` runs every script: this one is a helper of bench/reminders.py
        print(__doc__.strip().splitlines()[-1])
