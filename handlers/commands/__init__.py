"""Every command group, registered in one explicit list: adding a group is one line here."""
from __future__ import annotations

from handlers.commands import algemeen, herinneringen, moties, register, toezeggingen
from handlers.router import Command, Router

GROUPS: tuple[tuple[Command, ...], ...] = (
    toezeggingen.COMMANDS,
    moties.COMMANDS,
    algemeen.COMMANDS,
    register.COMMANDS,
    herinneringen.COMMANDS,
)


def build_router() -> Router:
    router = Router()
    for group in GROUPS:
        for command in group:
            router.register(command)
    router.register(algemeen.make_help(router))
    return router
