"""The one list renderer: a page of compact lines (number, title, deadline, owner, overdue), a count and a way on.

Every list command (toezeggingen, moties, lobby) reads one page from storage with `window` and renders it with
`page_reply`; details and actions live in the single-item view, so a list of 500 costs the same as one of 15.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

from handlers.context import Context
from handlers.deadlines import Deadline
from handlers.domain.permissions import read_scope
from handlers.errors import UserError
from handlers.messages import Item, ListLink, OutgoingReply, Page
from handlers.ports import LastList, ListPage, Window
from handlers.texts import Getal, aantal, aantal_tot, beyond, datum, tot, vorm, zin
from handlers.texts import lists as t
from handlers.texts.followed import NOT_IN_REGISTRY

T = TypeVar("T")

PAGE_SIZE = 15
TITLE_CUT = 80  # enough to recognise an item; the rest is one command away
_PAGE = re.compile(r"^(?P<rest>.*?)\s*\bpagina\s+(?P<n>\d{1,5})\s*$", re.IGNORECASE)


def split_page(args: str) -> tuple[str, int]:
    """'verlopen pagina 3' → ('verlopen', 3); no page named means the first."""
    found = _PAGE.match(args.strip())
    if not found:
        return args, 1
    return found.group("rest"), max(1, int(found.group("n")))


def page_command(command: str, number: int) -> str:
    """What shows page `number` of a list: 'toezeggingen verlopen pagina 2' (page 1 is the list itself)."""
    return f"{command} pagina {number}" if number > 1 else command


def paged(ctx: Context, number: int, size: int, total: int, command: str) -> Page:
    """Page `number` of the list `command` ('toezeggingen verlopen'), remembered for 'volgende', 'vorige' and
    'pagina N' on every platform, with the commands for the pages beside it (buttons, 'meer')."""
    page = Page.at(number, size, total, lambda n: page_command(command, n))
    person = ctx.person
    if person is not None and person.id is not None:
        ctx.uow.last_lists.remember(person.id, LastList(command, number, page.pages), ctx.now)
    return page


def window(ctx: Context, number: int) -> Window:
    return Window(read_scope(ctx.person, ctx.private), (number - 1) * PAGE_SIZE, PAGE_SIZE, ctx.today,
                  count_up_to=ctx.count_up_to)


@dataclass(frozen=True)
class Line:
    """What a compact line shows of one item."""

    key: str
    title: str
    deadline: Deadline | None
    owner_id: int | None
    overdue: bool
    confidential: bool
    # An owner named by an imported list whom the registry does not know, as written; a note such as who else
    # the list named that way.
    owner_written: str = ""
    note: str = ""


@dataclass(frozen=True)
class Listing(Generic[T]):
    """How one kind appears in a list: its nouns, and how to reduce an item to a Line."""

    toon: str  # the command that shows one: "toezegging", "lobby"
    enkel: str  # "toezegging"
    meer: str  # "toezeggingen"
    line: Callable[[Context, T], Line]


def cut(text: str, limit: int = TITLE_CUT) -> str:
    """At most `limit` characters, cut between words ("…" says so); only a word longer than half of it is split."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    room = flat[: limit - 1]
    space = room.rfind(" ")
    if flat[limit - 1] != " " and space > limit // 2:
        room = room[:space]  # the last word would be split: leave it out
    return room.rstrip(" ,;:") + "…"


def page_reply(
    ctx: Context, listing: Listing[T], found: ListPage[T], number: int, command: str, wat: str | Getal,
    web: ListLink | None = None,
) -> OutgoingReply:
    """One page as compact items with the count, a note about hidden confidential ones and the pages beside it.

    `wat` says which items: 'van jou', or a phrase whose verb follows the count (('die openstaat', 'die openstaan'));
    `web` is the same list as a web page, when there is one."""
    notes: list[str] = []
    cap = found.counted_up_to
    if found.hidden:
        notes.append(_hidden(found.hidden, cap, listing))
    if not found.total:
        return OutgoingReply(text=f"Geen {listing.meer} gevonden {_wat(wat, 0)}.", notes=tuple(notes), web_list=web)
    pages = paged(ctx, number, PAGE_SIZE, found.total, command)
    if not found.items:
        raise UserError(t.PAGE_TOO_FAR.format(
            number=number, zijn="is" if pages.pages == 1 else "zijn", pages=aantal(pages.pages, "pagina", "pagina's"),
            command=command,
        ))
    lines = [listing.line(ctx, x) for x in found.items]
    names = ctx.uow.people.names({line.owner_id for line in lines if line.owner_id is not None})
    summary = zin(f"{aantal_tot(found.total, cap, listing.enkel, listing.meer)} {_wat(wat, found.total)}")
    # "3 moties met termijn overschreden, waarvan 3 te laat" says nothing twice; of "meer dan 1.000" that
    # many may be late, or a few.
    late = found.overdue and (found.overdue < found.total or beyond(found.total, cap))
    summary += t.OVERDUE_COUNT.format(n=tot(found.overdue, cap)) + "." if late else "."
    if beyond(found.total, cap):
        assert cap is not None
        summary += " " + t.PAGE_OF_MORE.format(number=number, pages=cap // PAGE_SIZE)
    elif pages.pages > 1:
        summary += " " + t.PAGE.format(number=number, pages=pages.pages)
    notes.append(t.DETAILS_HINT.format(example=f"{listing.toon} {lines[0].key}"))
    return OutgoingReply(text=summary, items=tuple(_item(line, names) for line in lines), notes=tuple(notes), page=pages,
                         web_list=web)


def _wat(wat: str | Getal, n: int) -> str:
    return wat if isinstance(wat, str) else vorm(n, *wat)


def _item(line: Line, names: dict[int, str]) -> Item:
    parts = [line.key, cut(line.title), deadline_text(line.deadline)]
    if line.owner_id is not None:
        parts.append(names.get(line.owner_id, t.NO_OWNER))
    else:
        parts.append(NOT_IN_REGISTRY.format(naam=line.owner_written) if line.owner_written else t.NO_OWNER)
    if line.note:
        parts.append(line.note)
    if line.overdue:
        parts.append(t.OVERDUE_MARK)
    return Item(key=line.key, title=" · ".join(parts), confidential=line.confidential, overdue=line.overdue)


def deadline_text(deadline: Deadline | None) -> str:
    if deadline is None:
        return t.NO_DEADLINE
    if deadline.due is not None:
        return datum(deadline.due)
    return deadline.text or t.NO_DEADLINE


def _hidden(n: int, counted_up_to: int | None, listing: Listing[T]) -> str:
    wat = aantal_tot(n, counted_up_to, f"vertrouwelijke {listing.enkel}", f"vertrouwelijke {listing.meer}")
    return zin(t.HIDDEN.format(wat=wat))



# The web list's filter keys (docs/web.md#lijsten), by the storage filter field they set.
_WEB_KEYS = {"eigenaar_id": "eigenaar", "portefeuillehouder_id": "portefeuillehouder", "bestuurder_id": "portefeuillehouder",
             "due_from": "termijn_van", "moment_from": "termijn_van", "due_until": "termijn_tot",
             "moment_until": "termijn_tot", "tekst": "tekst"}


def web_list(ctx: Context, soort: str, criteria: Any) -> ListLink | None:
    """The web page that shows exactly the items of this storage filter, or None when the page has no such filter
    ('mijn': owner or portefeuillehouder; 'zonder eigenaar'; 'onvolledig')."""
    default = type(criteria)()
    pairs: list[tuple[str, str]] = []
    for name in (f.name for f in fields(criteria)):
        value = getattr(criteria, name)
        if value == getattr(default, name) or name == "open_only":
            continue
        if name == "overdue_on" and value == ctx.today:
            pairs.append(("te_laat", "ja"))
        elif name == "status":
            pairs.append(("status", str(value)))
        elif name.endswith("_id") and name in _WEB_KEYS:
            person = ctx.uow.people.get(value)
            if person is None:
                return None
            pairs.append((_WEB_KEYS[name], person.email))
        elif isinstance(value, dt.date) and name in _WEB_KEYS:
            pairs.append((_WEB_KEYS[name], value.isoformat()))
        elif name in _WEB_KEYS:
            pairs.append((_WEB_KEYS[name], str(value)))
        else:
            return None
    if not criteria.open_only and getattr(criteria, "status", None) is None:
        pairs.append(("status", "alle"))
    return ListLink(soort, tuple(sorted(pairs)))
