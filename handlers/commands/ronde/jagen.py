"""The round's sweep (run by the scheduler beside the reminders): chase owners at the configured working-day
moments before the close, and at the close list the unanswered items for each owner's ambtelijk opdrachtgever
and ask the portefeuillehouders for their akkoord.

Reads only running rounds; every message goes through the outbox with a key naming the round, the moment and
the person, so a restart or a second worker never sends anything twice.
"""
from __future__ import annotations

import datetime as dt
import logging

from handlers.commands.ronde.akkoord import plan_akkoord
from handlers.commands.ronde.vragen import concernadviseurs, plan_messages, recipients
from handlers.domain.ronde import Ronde, RondeConfig, RondeItem, RondeStatus, huidige_herinnering
from handlers.reminders.hours import local
from handlers.ports import Clock, UnitOfWork, UnitOfWorkFactory
from handlers.texts import ronde as t

log = logging.getLogger(__name__)


def chase(uow: UnitOfWork, ronde: Ronde, open_items: list[RondeItem], now: dt.datetime, config: RondeConfig) -> int:
    days = huidige_herinnering(ronde, now, config)
    if days is None or not open_items:
        return 0
    # The close is part of the key: after 'ronde verleng' the moments before the new close count afresh.
    key = f"herinnering:{local(ronde.sluit_op).date().isoformat()}:{days}"
    return plan_messages(uow, ronde, recipients(uow, open_items), now, key, t.HERINNERING_TITEL)


def escalate(uow: UnitOfWork, ronde: Ronde, open_items: list[RondeItem], now: dt.datetime) -> int:
    """Per owner with unanswered items: a list for their ambtelijk opdrachtgever (else the concernadviseurs)."""
    sent = 0
    per_owner: dict[int, list[RondeItem]] = {}
    for item in open_items:
        if item.eigenaar_id is not None:
            per_owner.setdefault(item.eigenaar_id, []).append(item)
    for owner_id, items in sorted(per_owner.items()):
        owner = uow.people.get(owner_id)
        boss = uow.people.ambtelijk_opdrachtgever(owner_id)
        targets = [boss] if boss is not None else concernadviseurs(uow)
        name = owner.name if owner else "—"
        for target in targets:
            if target.id is None:
                continue
            # The close is part of the key: a round extended and closed again lists what is still open then.
            key = f"escalatie:{local(ronde.sluit_op).date().isoformat()}:{owner_id}"
            sent += plan_messages(uow, ronde, {target.id: items}, now, key, t.ESCALATIE_TITEL, None,
                                  (t.ESCALATIE_NOOT.format(eigenaar=name),), eigenaar=name)
    return sent


def sweep(uow: UnitOfWork, now: dt.datetime, config: RondeConfig) -> int:
    """One pass over the running rounds; returns how many messages were planned."""
    planned = 0
    for ronde in uow.rondes.lopend():
        assert ronde.id is not None
        open_items = [i for i in uow.rondes.items(ronde.id) if not i.beantwoord]
        if now < ronde.sluit_op:
            planned += chase(uow, ronde, open_items, now, config)
            continue
        locked = uow.rondes.lock(ronde.id)
        if locked is None or locked.status is not RondeStatus.LOPEND:
            continue  # another worker closed it in the meantime
        planned += escalate(uow, ronde, open_items, now)
        planned += plan_akkoord(uow, ronde, now)[0]
        locked.status = RondeStatus.GESLOTEN
        uow.rondes.save(locked)
        log.info("ronde %s gesloten: %d punten zonder antwoord", ronde.id, len(open_items))
    return planned


def run_sweep(uow_factory: UnitOfWorkFactory, clock: Clock, config: RondeConfig) -> int:
    """For the scheduler job: one transaction per pass."""
    with uow_factory() as uow:
        planned = sweep(uow, clock.now(), config)
        uow.commit()
    if planned:
        log.info("ronde: %d berichten gepland", planned)
    return planned
