"""How long Block Kit rendering of a toezeggingen list takes (it runs on the event loop, after the ack)."""
from __future__ import annotations

import json
import time

from bot.slack.blocks import render_blocks
from handlers.commands.toezeggingen.render import actions
from handlers.messages import Field, Item, OutgoingReply


def reply(n: int) -> OutgoingReply:
    items = tuple(
        Item(f"T-2026-{i:03}", f"T-2026-{i:03} · Raadsinformatiebrief over onderwerp {i}",
             (Field("Status", "openstaand"), Field("Deadline", "Q3 2027 → do 30 september 2027"),
              Field("Ambtelijk eigenaar", "Hans Bakker"), Field("Portefeuillehouder", "Anna de Vries")),
             actions("toezegging", f"T-2026-{i:03}"))
        for i in range(n)
    )
    return OutgoingReply(text=f"{n} toezeggingen", items=items, notes=("Deadline: Q3 2027",))


for n in (1, 20, 200):
    sample, rounds = reply(n), 2000 if n < 200 else 500
    start = time.perf_counter()
    for _ in range(rounds):
        blocks = render_blocks(sample)
    per = (time.perf_counter() - start) / rounds * 1e6
    print(f"{n:4} items: {per:8.1f} µs per reply, {len(blocks)} blocks, {len(json.dumps(blocks)) / 1024:.1f} KiB JSON")
