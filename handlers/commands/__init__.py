"""Every command group, registered in one explicit list: adding a group is one line here."""
from __future__ import annotations

from handlers.commands import agenda, algemeen, herinneringen, lobby, moties, register, toezeggingen
from handlers.domain.agenda import AgendaInstellingen
from handlers.router import Command, Router

GROUPS: tuple[tuple[Command, ...], ...] = (
    toezeggingen.COMMANDS,
    moties.COMMANDS,
    lobby.COMMANDS,
    algemeen.COMMANDS,
    register.COMMANDS,
    herinneringen.COMMANDS,
)


def build_router(agenda_instellingen: AgendaInstellingen | None = None) -> Router:
    router = Router()
    # The agenda group needs the meeting schedule from the settings, so it is built here.
    for group in (*GROUPS, agenda.commands(agenda_instellingen)):
        for command in group:
            router.register(command)
    router.register(algemeen.make_help(router))
    return router
