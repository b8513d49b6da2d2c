"""Process settling after start-up: what a long-running server or worker does once it is ready.

Everything built at start-up (imports, routers, SQLAlchemy mappers, the deadline calendar) lives as
long as the process. Left in the young generations, every full collection walks those hundreds of
thousands of objects again: pauses of tens of milliseconds in the middle of a user's command (the
p99 spikes of 'toezegging nieuw' and 'wie is mijn opdrachtgever?'). gc.freeze() moves them to a
permanent generation the collector no longer visits.
"""
from __future__ import annotations

import gc


def settle() -> None:
    gc.collect()
    gc.freeze()
