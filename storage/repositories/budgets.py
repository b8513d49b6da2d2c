"""Send budgets in PostgreSQL, so that any number of workers together stay under a platform's limit.

A reservation is one short transaction: make sure the budget rows exist, then one UPDATE … RETURNING
that locks them (in key order, so two reservations sharing a tenant never deadlock), reads the database's
clock after the locks are held, moves every budget to the chosen moment plus its step, and returns how
far away that moment is. The database's clock, not the workers': machines drift, the table does not.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Engine, text

from handlers.ports import Budget

_ENSURE = text("""
INSERT INTO rate_budgets (key, next_at, paused_until) SELECT k, 0, 0 FROM unnest(CAST(:keys AS text[])) AS k
ON CONFLICT (key) DO NOTHING
""")

_RESERVE = text("""
WITH locked AS (
    SELECT key, next_at FROM rate_budgets WHERE key = ANY(CAST(:keys AS text[])) ORDER BY key FOR UPDATE
), latest AS (
    SELECT max(next_at) AS next_at FROM locked
), slot AS (
    SELECT n.now, GREATEST(n.now, latest.next_at) AS at
    FROM latest, (SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8 AS now) AS n
)
UPDATE rate_budgets AS b SET next_at = slot.at + w.step
FROM slot, unnest(CAST(:keys AS text[]), CAST(:steps AS float8[])) AS w(key, step)
WHERE b.key = w.key AND slot.at - slot.now <= :within
RETURNING slot.at - slot.now
""")

_AHEAD = text("""
SELECT max(next_at) - EXTRACT(EPOCH FROM clock_timestamp())::float8 FROM rate_budgets
WHERE key = ANY(CAST(:keys AS text[]))
""")

_PAUSE = text("""
INSERT INTO rate_budgets (key, next_at, paused_until)
SELECT k, t, t FROM unnest(CAST(:keys AS text[])) AS k,
    (SELECT EXTRACT(EPOCH FROM clock_timestamp())::float8 + :seconds AS t) AS until
ON CONFLICT (key) DO UPDATE SET next_at = GREATEST(rate_budgets.next_at, EXCLUDED.next_at),
    paused_until = GREATEST(rate_budgets.paused_until, EXCLUDED.paused_until)
""")

_PAUSED = text("""
SELECT max(paused_until) - EXTRACT(EPOCH FROM clock_timestamp())::float8 FROM rate_budgets
WHERE key = ANY(CAST(:keys AS text[]))
""")

_FORGET = text("DELETE FROM rate_budgets WHERE next_at < EXTRACT(EPOCH FROM clock_timestamp())::float8 - :seconds")


class SqlRateBudgets:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def reserve(self, budgets: Sequence[Budget], within: float) -> float:
        keys = [b.key for b in budgets]
        with self._engine.begin() as connection:
            connection.execute(_ENSURE, {"keys": keys})
            waits = connection.execute(
                _RESERVE, {"keys": keys, "steps": [b.step for b in budgets], "within": within}).scalars().all()
            if not waits:  # too far away: nothing taken, so nobody loses that moment
                return max(0.0, float(connection.execute(_AHEAD, {"keys": keys}).scalar() or 0.0))
        return max(0.0, float(waits[0]))

    def pause(self, keys: Sequence[str], seconds: float) -> None:
        with self._engine.begin() as connection:
            connection.execute(_PAUSE, {"keys": list(keys), "seconds": seconds})

    def paused(self, keys: Sequence[str]) -> float:
        with self._engine.connect() as connection:
            left = connection.execute(_PAUSED, {"keys": list(keys)}).scalar()
        return max(0.0, float(left or 0.0))

    def forget_idle(self, seconds: float) -> int:
        with self._engine.begin() as connection:
            return int(connection.execute(_FORGET, {"seconds": seconds}).rowcount or 0)
