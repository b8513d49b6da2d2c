"""One agenda announcement sweep: what is due now goes out once, through the notifier ports.

The lead registers `run_agenda_sweep` as a scheduler job (e.g. every 15 minutes). Each announcement
key is claimed in the database (a unique row in agenda_aankondigingen) with a lease before it is sent,
and marked sent right after; two workers or a rerun never announce twice. A failed send releases the
claim so the next sweep retries; a sender that dies mid-post (no release, no mark) holds it only until
the lease runs out, then the next sweep sends it: a crash delays an announcement, never loses it.
A post must finish within the lease (the platform clients time out well before), or two could go out.
"""
from __future__ import annotations

import datetime as dt
import logging

from handlers.agenda.announcements import Aankondiging, AgendaStand, agenda_key, due
from handlers.agenda.schedule import ensure_schedule
from handlers.domain.agenda import AgendaInstellingen
from handlers.domain.people import Rol
from handlers.messages import Notification, OutgoingReply, ReplyKind
from handlers.texts import agenda as texts
from handlers.ports import ChannelNotifier, Clock, LobbyFilter, Notifier, UnitOfWork, UnitOfWorkFactory, Unreachable

log = logging.getLogger(__name__)
# Last week's meetings are needed too: their besluitpunten are announced for this week's college.
LOOK_BACK = dt.timedelta(days=14)
LEASE = dt.timedelta(minutes=10)


def run_agenda_sweep(
    uow_factory: UnitOfWorkFactory,
    clock: Clock,
    channel_notifier: ChannelNotifier,
    notifier: Notifier,
    instellingen: AgendaInstellingen,
) -> list[str]:
    """Sends what is due and returns the keys that went out."""
    now = clock.now()
    with uow_factory() as uow:
        ensure_schedule(uow, instellingen, now.date(), now.date() + dt.timedelta(weeks=instellingen.horizon_weken))
        stand = load_stand(uow, now.date(), instellingen, now)
        found = due(stand, instellingen, now)
        # One query skips what went out before; the claim in _send still settles races between workers.
        done = uow.agenda.announcement_times([a.key for a in found], now)
        uow.commit()
    return [a.key for a in found if a.key not in done and _send(uow_factory, a, channel_notifier, notifier, now)]


def load_stand(uow: UnitOfWork, today: dt.date, instellingen: AgendaInstellingen,
               now: dt.datetime | None = None) -> AgendaStand:
    meetings = uow.agenda.vergaderingen(today - LOOK_BACK, today + dt.timedelta(weeks=instellingen.horizon_weken))
    return AgendaStand(
        vergaderingen=meetings,
        punten=uow.agenda.punten([v.id for v in meetings if v.id is not None]),
        lobby=uow.lobby.find(LobbyFilter()),
        names={p.id: p.name for p in uow.people.all() if p.id is not None},
        announced=uow.agenda.announcement_times([agenda_key(v) for v in meetings], now),
    )


def _send(
    uow_factory: UnitOfWorkFactory, a: Aankondiging, channels: ChannelNotifier, notifier: Notifier, now: dt.datetime
) -> bool:
    with uow_factory() as uow:
        if not uow.agenda.claim_announcement(a.key, now, now + LEASE):
            return False
        person = uow.people.get(a.person_id) if a.person_id is not None else None
        uow.commit()
    try:
        if a.channel is not None:
            channels.post(a.channel, a.reply)
        elif person is not None and person.id is not None:
            notifier.deliver(person, Notification(person.id, a.reply, a.key, now))
    except Unreachable as error:
        log.warning("aankondiging %s: ontvanger (nog) niet bereikbaar; volgende ronde opnieuw", a.key)
        if a.channel is not None:
            _tell_advisers(uow_factory, a, str(error), notifier, now)
    except Exception:
        log.exception("aankondiging %s mislukt; volgende ronde opnieuw", a.key)
    else:
        with uow_factory() as uow:
            uow.agenda.announcement_sent(a.key, now)
            uow.commit()
        return True
    with uow_factory() as uow:
        uow.agenda.release_announcement(a.key)
        uow.commit()
    return False


def _tell_advisers(
    uow_factory: UnitOfWorkFactory, a: Aankondiging, reason: str, notifier: Notifier, now: dt.datetime
) -> None:
    """The channel refused the announcement (e.g. the bot is not in it): the concernadviseurs hear it, once.

    The announcement itself is retried every round, so it goes out as soon as someone has invited the bot.
    """
    warning_key = f"{a.key}:kanaal-onbereikbaar"
    with uow_factory() as uow:
        if not uow.agenda.claim_announcement(warning_key, now, now + LEASE):
            return
        # The warning is said once: marked sent at once, so no lease ever runs out on it.
        uow.agenda.announcement_sent(warning_key, now)
        advisers = uow.people.with_role(Rol.CONCERNADVISEUR)
        uow.commit()
    reply = OutgoingReply(texts.kanaal_onbereikbaar(a.reply.text, str(a.channel), reason), kind=ReplyKind.ERROR)
    for person in advisers:
        if person.id is None:
            continue
        try:
            notifier.deliver(person, Notification(person.id, reply, f"{warning_key}:{person.id}", now))
        except Exception:
            log.warning("aankondiging %s: concernadviseur %s niet te bereiken over het kanaal", a.key, person.id)
