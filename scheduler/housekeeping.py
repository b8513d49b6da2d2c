"""Housekeeping: handled platform request ids expire.

Slack retries an event for about an hour (3 retries), the Bot Framework for minutes. A key kept for
seven days is far past any retry, and the table stays the size of a week's traffic instead of growing forever.
"""
from __future__ import annotations

import datetime as dt
import logging

from handlers.ports import Clock, UnitOfWorkFactory

log = logging.getLogger(__name__)
KEEP_REQUEST_KEYS = dt.timedelta(days=7)
EVERY = dt.timedelta(hours=1)


def forget_handled_requests(uow_factory: UnitOfWorkFactory, clock: Clock, keep: dt.timedelta = KEEP_REQUEST_KEYS) -> int:
    with uow_factory() as uow:
        removed = uow.requests.forget_before(clock.now() - keep)
        uow.commit()
    if removed:
        log.info("%d afgehandelde verzoek-sleutels opgeruimd", removed)
    return removed
