"""The messages of a round: the one request per owner, reminders, escalations and the akkoord request.

Nothing is sent from here: each message becomes a `Planned` entry in the reminder outbox with a delivery
key that names the round, the moment and the person. The outbox's unique key makes it go out once, however
many workers plan at the same time or however often a worker restarts; the worker sends within working hours.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence

from handlers.commands.ronde.items import shown_item, visible
from handlers.domain.followed import Followed
from handlers.domain.people import Person, Rol
from handlers.domain.ronde import Ronde, RondeItem
from handlers.messages import Button, ButtonStyle, Form, FormField, Item, OutgoingReply
from handlers.ports import UnitOfWork
from handlers.reminders.codec import reply_to_json
from handlers.reminders.outbox import Channel, Planned
from handlers.texts import ronde as t
from handlers.texts import aantal, tijdstip

# A request still arriving a day after the close helps nobody; the escalation takes over then.
EXPIRE_AFTER_CLOSE = dt.timedelta(days=1)
# Items per message: each item with its buttons is two Slack blocks, and a message holds 50.
PAGE = 20


def antwoord_knoppen(nummer: str) -> tuple[Button, ...]:
    """The four answers; each runs an existing change command through 'ronde …', so it is audited."""
    return (
        Button(t.KNOP_ONGEWIJZIGD, command=f"ronde ongewijzigd {nummer}"),
        Button(t.KNOP_STAND, form=Form(t.FORM_STAND.format(nummer=nummer),
                                       (FormField("tekst", t.VELD_STAND, multiline=True),),
                                       f"ronde stand {nummer} {{tekst}}")),
        Button(t.KNOP_AFDOENING, style=ButtonStyle.PRIMARY,
               form=Form(t.FORM_AFDOENING.format(nummer=nummer), (FormField("referentie", t.FORM_AFDOENING_VELD),),
                         f"ronde afdoening {nummer} {{referentie}}")),
        Button(t.KNOP_VERZET, form=Form(
            t.FORM_VERZET.format(nummer=nummer),
            (FormField("deadline", t.FORM_VERZET_DEADLINE), FormField("reden", t.FORM_VERZET_REDEN, multiline=True)),
            f"ronde verzet {nummer} naar {{deadline}} omdat {{reden}}")),
    )


def akkoord_knoppen(nummer: str) -> tuple[Button, ...]:
    return (
        Button(t.KNOP_AKKOORD, command=f"ronde akkoord {nummer}", style=ButtonStyle.PRIMARY),
        Button(t.KNOP_NIET_AKKOORD, style=ButtonStyle.DANGER, form=Form(
            t.FORM_NIET_AKKOORD.format(nummer=nummer), (FormField("reden", t.FORM_NIET_AKKOORD_REDEN, multiline=True),),
            f"ronde niet-akkoord {nummer} omdat {{reden}}")),
    )


Knoppen = Callable[[str], tuple[Button, ...]]
Title = Callable[[int], str]


def message(uow: UnitOfWork, reader: Person, items: Sequence[RondeItem], today: dt.date, heading: Title,
            knoppen: Knoppen | None, notes: tuple[str, ...] = (),
            found: Mapping[str, Followed] | None = None, private: bool = True) -> list[OutgoingReply]:
    """What `reader` gets about `items` (only those `reader` may read): one message, or a few when there are
    more than fit in one (Slack takes 50 blocks, a Teams card about 28 KB); none when nothing may be shown."""
    shown: list[Item] = []
    hidden = 0
    loaded = uow.rondes.followed([i.nummer for i in items]) if found is None else found
    for ronde_item in items:
        followed = loaded.get(ronde_item.nummer)
        if followed is None:
            continue
        if not visible(reader, followed, private=private):
            hidden += 1
            continue
        shown.append(shown_item(followed, today, buttons=knoppen(followed.nummer) if knoppen else ()))
    extra = (t.VERBORGEN.format(punten=aantal(hidden, "vertrouwelijk punt", "vertrouwelijke punten")),) if hidden else ()
    pages = [shown[start:start + PAGE] for start in range(0, len(shown), PAGE)]
    title = heading(len(shown))
    return [
        OutgoingReply(title + (t.DEEL.format(deel=number, van=len(pages)) if len(pages) > 1 else ""),
                      items=tuple(page), notes=(*notes, *extra))
        for number, page in enumerate(pages, 1)
    ]


def concernadviseurs(uow: UnitOfWork) -> list[Person]:
    return [p for p in uow.people.with_role(Rol.CONCERNADVISEUR) if p.id is not None]


def recipients(uow: UnitOfWork, items: Sequence[RondeItem]) -> dict[int, list[RondeItem]]:
    """Per person the items they are asked about: their own, and for concernadviseurs those without owner."""
    found: dict[int, list[RondeItem]] = {}
    ownerless = [i for i in items if i.eigenaar_id is None]
    for item in items:
        if item.eigenaar_id is not None:
            found.setdefault(item.eigenaar_id, []).append(item)
    if ownerless:
        for person in concernadviseurs(uow):
            assert person.id is not None
            found.setdefault(person.id, []).extend(ownerless)
    return found


def heading(template: str, ronde: Ronde, **extra: str) -> Title:
    """The title for n items. Filled in once, so a '{' in what users typed (the doel, a name) stays text."""
    return lambda n: template.format(punten=aantal(n, "punt", "punten"), doel=ronde.doel, sluit=tijdstip(ronde.sluit_op),
                                     label=ronde.label, **extra)


def plan_messages(
    uow: UnitOfWork, ronde: Ronde, per_person: dict[int, list[RondeItem]], now: dt.datetime, key: str,
    template: str, knoppen: Knoppen | None = antwoord_knoppen, notes: tuple[str, ...] = (t.VRAAG_NOOT,),
    **extra: str,
) -> int:
    """One outbox entry per person (more when the items need parts), key 'ronde:<id>:<key>:<person>'; returns
    how many people get a new message."""
    keys = {pid: f"ronde:{ronde.id}:{key}:{pid}" for pid in per_person}
    known = uow.reminders.known_keys(list(keys.values()))
    found = uow.rondes.followed(
        [i.nummer for pid, items in per_person.items() if keys[pid] not in known for i in items])
    planned: list[Planned] = []
    for pid, items in per_person.items():
        person = uow.people.get(pid)
        if keys[pid] in known or person is None:
            continue
        replies = message(uow, person, items, now.date(), heading(template, ronde, **extra), knoppen, notes, found)
        for number, reply in enumerate(replies, 1):
            # The first part keeps the plain key; its parts are planned in the same transaction, so they go together.
            part_key = keys[pid] if number == 1 else f"{keys[pid]}:deel{number}"
            planned.append(Planned(part_key, pid, Channel.RONDE, "ronde", str(ronde.id), reply_to_json(reply), now,
                                   max(ronde.sluit_op, now) + EXPIRE_AFTER_CLOSE, planned_at=now))
    added = uow.reminders.enqueue(planned)
    # Another worker may have planned the same keys a moment earlier: then nobody gets a new message from us.
    return len({p.person_id for p in planned}) if added else 0
