"""The platforms' rate limits, enforced by the loopback stand-ins: at most N requests in any window.

A sliding log per key (a tenant, a workspace, a conversation): a request over the limit is refused and
told how long until the oldest one in the window drops out (Retry-After, whole seconds, as the platforms
send it). Refused requests do not count, as on the real platforms.
"""
from __future__ import annotations

import math
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limit:
    count: int
    seconds: float = 1.0


@dataclass
class Limiter:
    limits: dict[str, Limit] = field(default_factory=dict)  # per kind of key: "tenant", "conversation", …
    refused: int = 0
    accepted: int = 0
    _log: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def admit(self, keys: dict[str, str]) -> int | None:
        """None when the request may pass (and is counted); else the Retry-After in seconds."""
        now = time.monotonic()
        with self._lock:
            waits: list[float] = []
            for kind, key in keys.items():
                limit = self.limits.get(kind)
                if limit is None:
                    continue
                log = self._log[f"{kind}:{key}"]
                while log and log[0] <= now - limit.seconds:
                    log.popleft()
                if len(log) >= limit.count:
                    waits.append(log[0] + limit.seconds - now)
            if waits:
                self.refused += 1
                return max(1, math.ceil(max(waits)))
            for kind, key in keys.items():
                if kind in self.limits:
                    self._log[f"{kind}:{key}"].append(now)
            self.accepted += 1
            return None
