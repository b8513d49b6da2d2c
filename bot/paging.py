"""The buttons beside a page of a list, the same in Slack and Teams: *Vorige* and *Volgende*.

Each sends the command a user would type for that page ('toezeggingen verlopen pagina 2'), so a button on an
old card still opens the page it names, whatever list was asked for since.
"""
from __future__ import annotations

from handlers.messages import Button, ButtonStyle, Page
from handlers.texts import lists as t


def page_buttons(page: Page | None) -> tuple[Button, ...]:
    if page is None:
        return ()
    previous = (Button(t.PREVIOUS_BUTTON, command=page.previous_command),) if page.previous_command else ()
    following = (Button(t.NEXT_BUTTON, command=page.next_command, style=ButtonStyle.PRIMARY),) if page.next_command else ()
    return previous + following
