"""'volgende', 'vorige' and 'pagina 3': paging on in the list someone saw last, typed or clicked, anywhere."""
from __future__ import annotations

from collections.abc import Callable

from handlers.context import Context
from handlers.errors import UserError
from handlers.invoer import bounded_int
from handlers.messages import OutgoingReply
from handlers.ports import LastList
from handlers.router import Command, Router
from handlers.texts import lists as t

# As many pages as a list can have: 'pagina' reads no more digits than that.
MOST_PAGES = 99_999


def make_paging(router: Router) -> tuple[Command, ...]:
    def to(ctx: Context, page: Callable[[LastList], int]) -> OutgoingReply:
        person = ctx.require_person()
        last = ctx.uow.last_lists.last(person.id or 0)
        if last is None:
            raise UserError(t.NO_LIST, examples=t.LIST_EXAMPLES)
        number = page(last)
        # Past either end of a list is a fact to state, not a mistake: the list was read to its end.
        if number < 1:
            return OutgoingReply(text=t.NO_PREVIOUS.format(command=last.command))
        if number > last.pages and number == last.page + 1:
            return OutgoingReply(text=t.NO_NEXT.format(page=last.page, pages=last.pages, command=last.command))
        # The list itself reads the page: it says so when the list has shrunk since, and remembers the new page.
        matched = router.match(f"{last.command} pagina {number}")
        assert matched is not None, last.command  # only list commands remember themselves
        command, rest = matched
        return command.run(ctx, rest)

    def volgende(ctx: Context, args: str) -> OutgoingReply:
        return to(ctx, lambda last: last.page + 1)

    def vorige(ctx: Context, args: str) -> OutgoingReply:
        return to(ctx, lambda last: last.page - 1)

    def pagina(ctx: Context, args: str) -> OutgoingReply:
        if not args.strip():
            raise UserError(t.ASK_PAGE, examples=("pagina 2",))
        number = bounded_int(args, 1, MOST_PAGES, t.PAGE_NUMBER)
        return to(ctx, lambda _last: number)

    return (
        Command("volgende", volgende, "De volgende pagina van de lijst die je het laatst zag", "volgende",
                ("volgende",), aliases=("meer", "verder", "volgende pagina")),
        Command("vorige", vorige, "De vorige pagina van die lijst", "vorige", ("vorige",),
                aliases=("vorige pagina", "terug")),
        Command("pagina", pagina, "Een bepaalde pagina van die lijst", "pagina <nummer>", ("pagina 1",)),
    )
