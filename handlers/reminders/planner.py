"""One planning sweep: everything that should be sent by `now`, with a unique delivery key each.

Planning is idempotent: keys already in the outbox are skipped, so any number of workers may plan
at once (the unique key in the database settles a race). Only new entries are rendered.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial

from handlers.commands.moties.digest import weekly_digest
from handlers.deadlines import add_working_days
from handlers.domain.followup import FollowUp
from handlers.domain.people import Person, Rol
from handlers.messages import OutgoingReply
from handlers.ports import UnitOfWork
from handlers.reminders import digest as digests
from handlers.reminders import render
from handlers.reminders.codec import reply_to_json
from handlers.reminders.config import ReminderConfig
from handlers.reminders.hours import at, local, next_working_moment, week_label
from handlers.reminders.outbox import Channel, Planned, State
from handlers.reminders.policy import digest_day, due_occurrence, needs_escalation, overdue_working_days, too_old

LOOKAHEAD = dt.timedelta(days=31)


@dataclass(frozen=True)
class Candidate:
    key: str
    person_id: int
    channel: Channel
    item: FollowUp | None
    build: Callable[[], OutgoingReply]
    day: dt.date
    folded: bool = False


@dataclass
class Planner:
    uow: UnitOfWork
    now: dt.datetime
    config: ReminderConfig
    people: dict[int, Person] = field(default_factory=dict)
    _snoozes: dict[tuple[str, str, int], dt.datetime] | None = None

    @property
    def today(self) -> dt.date:
        return local(self.now).date()

    def names(self, person_id: int | None) -> str:
        return render.name_of(self.people.get(person_id) if person_id is not None else None)

    def followups(self, due_until: dt.date | None) -> list[FollowUp]:
        return [f for source in self.uow.followup_sources() for f in source.open_followups(due_until)]

    def reminders(self, items: Iterable[FollowUp]) -> Iterable[Candidate]:
        for f in items:
            occurrence = due_occurrence(f, self.today, self.config)
            if occurrence is None or f.eigenaar_id is None:
                continue
            yield Candidate(
                f"{Channel.REMINDER}:{f.kind}:{f.key}:{occurrence.label}:{f.eigenaar_id}", f.eigenaar_id,
                Channel.REMINDER, f, partial(render.reminder, f, occurrence, self.today, self.names),
                occurrence.day, too_old(occurrence, self.today, self.config),
            )

    def escalation_targets(self, item: FollowUp) -> list[int]:
        boss = self.uow.people.ambtelijk_opdrachtgever(item.eigenaar_id) if item.eigenaar_id else None
        targets = [boss] if boss else self.uow.people.with_role(Rol.CONCERNADVISEUR)
        return [p.id for p in targets if p.id is not None]

    def escalations(self, items: Iterable[FollowUp]) -> Iterable[Candidate]:
        week = week_label(self.today)
        for f in items:
            if not needs_escalation(f, self.today, self.config):
                continue
            days = overdue_working_days(f, self.today)
            for target in self.escalation_targets(f):
                yield Candidate(
                    f"{Channel.ESCALATION}:{f.kind}:{f.key}:{week}:{target}", target, Channel.ESCALATION, f,
                    partial(render.escalation, f, days, self.today, self.names, self.people.get(target)), self.today,
                )

    def digest_keys(self) -> dict[str, int]:
        if self.today < digest_day(self.today, self.config):
            return {}
        week = week_label(self.today)
        return {f"{Channel.DIGEST}:{week}:{pid}": pid for pid in self.people}

    def digests(self, wanted: dict[str, int], folded_now: dict[int, list[str]]) -> list[Candidate]:
        """Rendered only for digests not yet planned this week: the one sweep that reads every open item."""
        recipients: list[tuple[str, Person, list[int], list[str]]] = []
        for key, pid in wanted.items():
            person = self.people[pid]
            folded = self.uow.reminders.folded_for(pid)
            keys = sorted({e.item_key for e in folded} | set(folded_now.get(pid, ())))
            if digests.wants_digest(person, bool(keys)):
                recipients.append((key, person, [e.id for e in folded], keys))
        if not recipients:
            return []
        everything = self.followups(None)
        since = self.now - dt.timedelta(days=7)
        unreachable = [self.names(pid) for pid in self.uow.reminders.unreachable_people(since)]
        found: list[Candidate] = []
        for key, person, folded_ids, keys in recipients:
            assert person.id is not None
            self.uow.reminders.mark_digested(folded_ids)
            found.append(Candidate(
                key, person.id, Channel.DIGEST, None,
                partial(digests.digest, person, everything, self.today, self.names, unreachable, keys),
                self.today,
            ))
        return found

    def subscriptions(self) -> list[Candidate]:
        """The weekly moties digest for those who subscribed ('abonneer moties'), on the digest day."""
        if self.today < digest_day(self.today, self.config):
            return []
        week = week_label(self.today)
        wanted = {f"{Channel.DIGEST}:moties:{week}:{pid}": pid for pid in self.uow.moties.subscribers() if pid in self.people}
        known = self.uow.reminders.known_keys(list(wanted))
        return [
            Candidate(key, pid, Channel.DIGEST, None, partial(weekly_digest, self.uow, self.people[pid], self.now), self.today)
            for key, pid in wanted.items()
            if key not in known
        ]

    def planned(self, candidate: Candidate, digested: set[int]) -> Planned:
        start = at(candidate.day, self.config.work_start)
        not_before = next_working_moment(max(self.now, start), self.config)
        item = candidate.item
        if item is not None and candidate.channel is Channel.REMINDER:
            if self._snoozes is None:
                self._snoozes = self.uow.reminders.snoozed_until(self.now)
            until = self._snoozes.get((item.kind, item.key, candidate.person_id))
            if until is not None:
                # The owner asked to hear about it later: the regular reminder takes the snooze's place.
                not_before = max(not_before, until)
                self.uow.reminders.supersede_later(item.kind, item.key, candidate.person_id)
        return Planned(
            candidate.key, candidate.person_id, candidate.channel, item.kind if item else "", item.key if item else "",
            reply_to_json(candidate.build()), not_before, not_before + self.config.expire_after,
            _state(candidate, digested), self.now,
        )


def plan(uow: UnitOfWork, now: dt.datetime, config: ReminderConfig) -> list[Planned]:
    planner = Planner(uow, now, config, {p.id: p for p in uow.people.all() if p.id is not None})
    window = max(add_working_days(planner.today, max(config.before(""), default=0) + 1), planner.today + LOOKAHEAD)
    items = planner.followups(window)
    candidates = [*planner.reminders(items), *planner.escalations(items)]
    known = uow.reminders.known_keys([c.key for c in candidates])
    fresh = [c for c in candidates if c.key not in known]
    wanted = planner.digest_keys()
    known_digests = uow.reminders.known_keys(list(wanted))
    folded_now: dict[int, list[str]] = {}
    for c in fresh:
        if c.folded and c.item is not None:
            folded_now.setdefault(c.person_id, []).append(c.item.key)
    new_digests = planner.digests({k: v for k, v in wanted.items() if k not in known_digests}, folded_now)
    digested = {c.person_id for c in new_digests}
    return [planner.planned(c, digested) for c in (*fresh, *new_digests, *planner.subscriptions())]


def _state(candidate: Candidate, digested: set[int]) -> State:
    """A reminder too old to send is folded; when this very sweep's digest lists it, it is done."""
    if not candidate.folded:
        return State.PENDING
    return State.DIGESTED if candidate.person_id in digested else State.FOLDED
