"""One planning sweep: everything that should be sent by `now`, with a unique delivery key each.

Planning is idempotent: keys already in the outbox are skipped, so any number of workers may plan
at once (the unique key in the database settles a race). Only new entries are rendered.

Planning is incremental: a sweep reads the items whose due date got a new reminder or escalation
since the last planned day (window.changed_ranges) and the items changed since the last sweep
(the item change log), never every open item. People are read once per sweep.

Overdue reminders and escalations are folded per recipient: each item still gets its own key (in
state `listed`, so it is told once), and the recipient gets one message per sweep listing the
items this sweep added. A recipient with a single new item gets the usual one-item message.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from bisect import insort
from dataclasses import dataclass, field
from functools import cached_property, partial

from handlers.commands.moties.digest import weekly_digest
from handlers.deadlines import DeadlineKind, add_working_days
from handlers.domain.followup import FollowUp
from handlers.domain.people import Person, Rol
from handlers.messages import OutgoingReply
from handlers.ports import UnitOfWork
from handlers.reminders import digest as digests
from handlers.reminders import render
from handlers.reminders.codec import reply_to_json
from handlers.reminders.config import ReminderConfig
from handlers.reminders.hours import at, local, next_working_moment, week_label, week_start
from handlers.reminders.outbox import Channel, Planned, Priority, State
from handlers.reminders.policy import digest_day, due_occurrence, needs_escalation, overdue_working_days, too_old
from handlers.reminders.window import changed_ranges, spans

LOOKAHEAD = dt.timedelta(days=31)
BATCH_ITEMS = 1000  # changed items read per batch
# Due dates read per batch: a week of items (at 1,000,000 open items spread over two years, about 10,000), so a
# first sweep's memory stays that of one batch, not of a month's 42,000.
SPAN = dt.timedelta(days=7)

Enqueue = Callable[[Sequence[Planned]], set[str]]


@dataclass(frozen=True)
class Candidate:
    key: str
    person_id: int
    channel: Channel
    item: FollowUp | None
    build: Callable[[], OutgoingReply]
    day: dt.date
    folded: bool = False
    # Overdue reminders and escalations: listed together per recipient when there are several.
    listable: bool = False
    priority: Priority | None = None


@dataclass
class Planner:
    uow: UnitOfWork
    now: dt.datetime
    config: ReminderConfig
    people: dict[int, Person] = field(default_factory=dict)
    _snoozes: dict[tuple[str, str, int], dt.datetime] | None = None
    _not_before: dict[dt.date, dt.datetime] = field(default_factory=dict)

    @cached_property
    def today(self) -> dt.date:
        return local(self.now).date()

    @cached_property
    def window(self) -> dt.date:
        """The latest due date a reminder can be for today."""
        ahead = add_working_days(self.today, max(self.config.before(""), default=0) + 1)
        return max(ahead, self.today + LOOKAHEAD)

    def names(self, person_id: int | None) -> str:
        return render.name_of(self.people.get(person_id) if person_id is not None else None)

    def to_look_at(self) -> Iterator[list[FollowUp]]:
        """Items with something new since the last sweep (their due date got a rule, or they changed),
        in batches of a bounded size, so a sweep's memory does not grow with the number of open items."""
        planning = self.uow.planning
        changed = sorted(planning.take_changes())
        since = planning.mark()
        planning.set_mark(self.today)
        for start in range(0, len(changed), BATCH_ITEMS):
            yield [f for f in planning.by_keys(changed[start:start + BATCH_ITEMS])
                   if f.deadline.due and f.deadline.due <= self.window]
        if since is not None and since >= self.today:
            return
        first = planning.earliest_due()
        if first is not None:
            ranges = [(first, self.window)] if since is None else changed_ranges(
                since, self.today, first, self.window, self.config)
            for batch in spans(ranges, SPAN):
                yield planning.due_in(batch)
        if since is None or week_label(since) != week_label(self.today):
            yield planning.of_kind(DeadlineKind.ASAP.value, self.window)

    def reminders(self, items: Iterable[FollowUp]) -> Iterable[Candidate]:
        for f in items:
            occurrence = due_occurrence(f, self.today, self.config)
            if occurrence is None or f.eigenaar_id is None:
                continue
            yield Candidate(
                f"{Channel.REMINDER}:{f.kind}:{f.key}:{occurrence.label}:{f.eigenaar_id}", f.eigenaar_id,
                Channel.REMINDER, f, partial(render.reminder, f, occurrence, self.today, self.names),
                occurrence.day, too_old(occurrence, self.today, self.config), listable=occurrence.weeks_overdue > 0,
                priority=Priority.SOON if occurrence.days_before > 0 else Priority.DEADLINE,
            )

    @cached_property
    def concernadviseurs(self) -> list[int]:
        return sorted(pid for pid, p in self.people.items() if p.has_role(Rol.CONCERNADVISEUR))

    def escalation_targets(self, item: FollowUp) -> list[int]:
        owner = self.people.get(item.eigenaar_id) if item.eigenaar_id else None
        boss = owner.opdrachtgever_id if owner else None
        return [boss] if boss in self.people else self.concernadviseurs

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
                    listable=True,
                )

    def digest_week(self) -> bool:
        """Whether this week's digests are due and can still go out this week.

        A digest planned on a Sunday (or after work on Friday) would only go out next week, beside next
        week's own: it is never planned. One weekoverzicht per person per week.
        """
        if self.today < digest_day(self.today, self.config):
            return False
        return week_label(local(self.not_before(self.today)).date()) == week_label(self.today)

    def digest_keys(self) -> dict[str, int]:
        if not self.digest_week():
            return {}
        week = week_label(self.today)
        return {f"{Channel.DIGEST}:{week}:{pid}": pid for pid in self.people}

    def digests(self, wanted: dict[str, int]) -> list[Candidate]:
        """Rendered only for digests not yet planned this week; each section counted and limited in SQL."""
        recipients: list[tuple[str, Person, list[int], list[str]]] = []
        folded_by_person = self.uow.reminders.folded_for(list(wanted.values())) if wanted else {}
        for key, pid in wanted.items():
            person = self.people[pid]
            folded = folded_by_person.get(pid, [])
            keys = sorted({e.item_key for e in folded})
            if digests.wants_digest(person, bool(keys)):
                recipients.append((key, person, [e.id for e in folded], keys))
        if not recipients:
            return []
        since = self.now - dt.timedelta(days=7)
        unreachable = [self.names(pid) for pid in self.uow.reminders.unreachable_people(since)]
        found: list[Candidate] = []
        for key, person, folded_ids, keys in recipients:
            assert person.id is not None
            self.uow.reminders.mark_digested(folded_ids, self.now)
            found.append(Candidate(
                key, person.id, Channel.DIGEST, None,
                partial(digests.digest, person, partial(self.uow.planning.page, count_up_to=self.config.count_up_to),
                        self.today, self.names, unreachable, keys),
                self.today,
            ))
        return found

    def subscriptions(self) -> list[Candidate]:
        """The weekly moties digest for those who subscribed ('abonneer moties'), on the digest day."""
        if not self.digest_week():
            return []
        week = week_label(self.today)
        wanted = {f"{Channel.DIGEST}:moties:{week}:{pid}": pid for pid in self.uow.moties.subscribers() if pid in self.people}
        known = self.uow.reminders.known_keys(list(wanted))
        return [
            Candidate(key, pid, Channel.DIGEST, None, partial(weekly_digest, self.uow, self.people[pid], self.now), self.today)
            for key, pid in wanted.items()
            if key not in known
        ]

    def not_before(self, day: dt.date) -> dt.datetime:
        # Asked once per planned row (a first sweep at 1,000,000 items plans a million) about a handful of days.
        moment = self._not_before.get(day)
        if moment is None:
            moment = self._not_before[day] = next_working_moment(max(self.now, at(day, self.config.work_start)), self.config)
        return moment

    def planned(self, candidate: Candidate, state: State) -> Planned:
        not_before = self.not_before(candidate.day)
        item = candidate.item
        if item is not None and candidate.channel is Channel.REMINDER and state is State.PENDING:
            if self._snoozes is None:
                self._snoozes = self.uow.reminders.snoozed_until(self.now)
            until = self._snoozes.get((item.kind, item.key, candidate.person_id))
            if until is not None:
                # The owner asked to hear about it later: the regular reminder takes the snooze's place.
                not_before = max(not_before, until)
                self.uow.reminders.supersede_later(item.kind, item.key, candidate.person_id)
        # A listed or folded item's own row is bookkeeping only (told once, never sent itself): the
        # list message or the digest carries the text.
        reply = reply_to_json(candidate.build()) if state is State.PENDING else {}
        return Planned(
            candidate.key, candidate.person_id, candidate.channel, item.kind if item else "", item.key if item else "",
            reply, not_before, not_before + self.config.expire_after, state, self.now, candidate.priority,
        )

    def folded_message(self, channel: Channel, person_id: int, told: Told) -> Planned:
        """One message for a recipient listing the items this sweep told them about."""
        items = [c.item for c in told.first if c.item is not None]
        if channel is Channel.ESCALATION:
            reply = render.escalation_list(
                items, told.count, self.today, self.names, self.config.escalate_after_working_days,
                self.people.get(person_id))
        else:
            reply = render.overdue_list(items, told.count, self.today, self.names)
        key = f"{channel}:lijst:{told.first[0].key.split(':', 1)[1]}"
        not_before = self.not_before(self.today)
        return Planned(key, person_id, channel, "", "", reply_to_json(reply), not_before,
                       not_before + self.config.expire_after, State.PENDING, self.now, Priority.DEADLINE)


@dataclass
class Told:
    """What one recipient was told about in a list this sweep: how many items, and the first page."""

    count: int = 0
    first: list[Candidate] = field(default_factory=list)

    def add(self, candidate: Candidate) -> None:
        self.count += 1
        # Kept in order as they come (a first sweep adds a million): a sort per item was a tenth of its time.
        if len(self.first) < render.LIST_PAGE or _earliest(candidate) < _earliest(self.first[-1]):
            insort(self.first, candidate, key=_earliest)
            del self.first[render.LIST_PAGE:]


def _earliest(c: Candidate) -> tuple[dt.date, str]:
    return (c.item.deadline.due or dt.date.max, c.key) if c.item else (dt.date.max, c.key)


def plan(uow: UnitOfWork, now: dt.datetime, config: ReminderConfig, enqueue: Enqueue) -> int:
    """Plans and enqueues one sweep, batch by batch; returns how many messages were added.

    Overdue reminders and escalations go in as `listed` item rows; afterwards each recipient gets one
    message naming what this sweep added for them, or, for a single item, that item's own message.
    """
    planner = Planner(uow, now, config, {p.id: p for p in uow.people.all() if p.id is not None})
    told: dict[tuple[Channel, int], Told] = {}
    messages = 0
    for items in planner.to_look_at():
        candidates = [*planner.reminders(items), *planner.escalations(items)]
        known = uow.reminders.known_keys([c.key for c in candidates])
        fresh = [c for c in candidates if c.key not in known]
        added = enqueue([planner.planned(c, _state(c)) for c in fresh])
        for c in fresh:
            if c.key in added and _state(c) is State.LISTED:
                told.setdefault((c.channel, c.person_id), Told()).add(c)
            elif c.key in added and _state(c) is State.PENDING:
                messages += 1
    for (channel, person_id), some in sorted(told.items()):
        if some.count == 1:
            # One item: its own message, with the four buttons, under its own key.
            uow.reminders.release(planner.planned(some.first[0], State.PENDING))
        else:
            enqueue([planner.folded_message(channel, person_id, some)])
        messages += 1
    # Last week's digests that never went out make way for this week's (their missed reminders fold back in).
    uow.reminders.supersede_digests(week_start(now), now)
    wanted = planner.digest_keys()
    known_digests = uow.reminders.known_keys(list(wanted))
    new_digests = planner.digests({k: v for k, v in wanted.items() if k not in known_digests})
    later = [planner.planned(c, State.PENDING) for c in (*new_digests, *planner.subscriptions())]
    return messages + len(enqueue(later))


def _state(candidate: Candidate) -> State:
    """Too old to send: folded into the next digest; overdue reminders and escalations: listed."""
    if candidate.folded:
        return State.FOLDED
    return State.LISTED if candidate.listable else State.PENDING
