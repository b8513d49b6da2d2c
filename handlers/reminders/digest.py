"""The weekly digest (and 'overzicht' on demand): one reply per person, overdue first.

A portefeuillehouder sees the open items in their portefeuille; a concernadviseur sees the
organisation-wide overdue list, items without an owner, and people no platform could reach;
anyone who owns items sees their own. Reminders too old to send late are listed here too.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from handlers.domain.followup import FollowUp, Page, Scope
from handlers.domain.people import Person, Rol
from handlers.domain.permissions import may_read
from handlers.messages import Field, Item, OutgoingReply, Page as ListPage
from handlers.reminders.policy import is_overdue
from handlers.reminders.render import Names, item
from handlers.texts import beyond, datum, getal, tot
from handlers.texts import lists as list_texts
from handlers.texts import reminders as t

MAX_ITEMS = 50
# Items per page of the digest, as every list: one card or message that fits a screen; 'overzicht pagina 2' goes on.
PAGE_SIZE = 15
MAX_KEYS = 50  # numbers named in a section field; the count says how many there are in all

# Asks the database for one section: a count and the first items (ports.PlanningRepository.page).
Pages = Callable[[Scope, int], Page]


def overdue_first(items: Sequence[FollowUp], today: dt.date) -> list[FollowUp]:
    far = dt.date.max
    return sorted(items, key=lambda f: (not is_overdue(f, today), f.deadline.due or far, f.key))


def _items(followups: Sequence[FollowUp], today: dt.date, names: Names, number: int) -> tuple[Item, ...]:
    first = (number - 1) * PAGE_SIZE
    return tuple(item(f, today, names, with_actions=False) for f in followups[first:first + PAGE_SIZE])


def _paged(text: str, number: int, total: int) -> tuple[str, ListPage]:
    """The digest's page among `total` items, with 'overzicht pagina N' for the pages beside it."""
    page = ListPage.at(number, PAGE_SIZE, min(total, MAX_ITEMS),
                       lambda n: "overzicht" if n == 1 else f"overzicht pagina {n}")
    if page.pages > 1:
        text += " " + list_texts.PAGE.format(number=min(number, page.pages), pages=page.pages)
    return text, page


def _more(total: int, counted_up_to: int | None) -> tuple[str, ...]:
    if beyond(total, counted_up_to):
        assert counted_up_to is not None  # at least MAX_ITEMS: a section counts at least as far as it shows
        rest = counted_up_to - MAX_ITEMS
        return (t.MORE_BEYOND.format(count=getal(rest)) if rest else t.MORE_UNCOUNTED,)
    rest = total - MAX_ITEMS
    return (t.MORE.format(count=rest),) if rest > 0 else ()


def _keys(page: Page) -> str:
    keys = ", ".join(f.key for f in page.first[:MAX_KEYS])
    return (keys + (" …" if page.count > MAX_KEYS else "")) if keys else t.NONE


def digest(
    person: Person,
    pages: Pages,
    today: dt.date,
    names: Names,
    unreachable: Sequence[str] = (),
    folded: Sequence[str] = (),
    public_only: bool = False,
    number: int = 1,
) -> OutgoingReply:
    """Every section counted and limited by the database; only page `number` (of at most MAX_ITEMS items) is read
    and rendered."""
    number = max(1, min(number, -(-MAX_ITEMS // PAGE_SIZE)))
    date = datum(today)
    notes: list[str] = []
    def visible(scope: Scope, limit: int) -> Page:
        # Each scope holds only items this person has a stake in (or all, for a keeper), so the database
        # already leaves out what they may not read; the one rule still decides what is rendered.
        page = pages(scope, limit)
        return Page(page.count, tuple(f for f in page.first if may_read(person, f.stake)), page.counted_up_to)

    if folded:
        notes.append(t.SECTION_FOLDED.format(keys=", ".join(folded)))
    if person.has_role(Rol.CONCERNADVISEUR):
        overdue = visible(Scope(overdue_on=today, public_only=public_only), max(MAX_ITEMS, MAX_KEYS))
        ownerless = visible(Scope(ownerless=True, public_only=public_only), MAX_KEYS)
        current = visible(Scope(ownerless=True, current_on=today, public_only=public_only), MAX_ITEMS)
        shown = (overdue_first(overdue.first, today) + overdue_first(current.first, today))[:MAX_ITEMS]
        notes.append(t.SECTION_UNREACHABLE.format(names=", ".join(unreachable) or t.NONE))
        text, page = _paged(t.DIGEST_CONCERNADVISEUR.format(date=date), number, len(shown))
        return OutgoingReply(
            text=text,
            fields=(
                Field(t.SECTION_OVERDUE.format(count=tot(overdue.count, overdue.counted_up_to)), _keys(overdue)),
                Field(t.SECTION_NO_OWNER.format(count=tot(ownerless.count, ownerless.counted_up_to)), _keys(ownerless)),
            ),
            items=_items(shown, today, names, number),
            notes=(*notes, *_more(overdue.count + current.count, overdue.counted_up_to)),
            page=page,
        )
    if person.is_portefeuillehouder:
        mine = visible(Scope(portefeuillehouder_id=person.id, public_only=public_only), MAX_ITEMS)
        template = t.DIGEST_PORTEFEUILLEHOUDER
    else:
        mine = visible(Scope(eigenaar_id=person.id, public_only=public_only), MAX_ITEMS)
        template = t.DIGEST_OWNER
    if not mine.count:
        return OutgoingReply(text=t.DIGEST_NOTHING.format(date=date), notes=tuple(notes))
    text, page = _paged(template.format(date=date, count=tot(mine.count, mine.counted_up_to)), number, len(mine.first))
    return OutgoingReply(
        text=text, items=_items(overdue_first(mine.first, today), today, names, number),
        notes=(*notes, *_more(mine.count, mine.counted_up_to)), page=page,
    )


def wants_digest(person: Person, folded: bool) -> bool:
    """Who gets a digest on Monday: portefeuillehouders, concernadviseurs, and owners with missed reminders."""
    return person.is_portefeuillehouder or person.has_role(Rol.CONCERNADVISEUR) or folded
