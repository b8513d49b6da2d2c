"""Every command group, registered in one explicit list: adding a group is one line here."""
from __future__ import annotations

from handlers.commands import (
    agenda, algemeen, herinneringen, lobby, luisteren, moties, onbekend, paginas, register, ronde, toezeggingen,
)
from handlers.domain.agenda import AgendaInstellingen
from handlers.router import Command, Router

# (section title in 'help', commands)
GROUPS: tuple[tuple[str, tuple[Command, ...]], ...] = (
    ("Toezeggingen", toezeggingen.COMMANDS),
    ("Moties", moties.COMMANDS),
    ("Lobby", lobby.COMMANDS),
    ("Rollenregister", register.COMMANDS),
    ("Herinneringen en overzicht", herinneringen.COMMANDS),
    ("Stand-van-zakenronde", ronde.COMMANDS),
    ("Meeluisteren en verslagen", luisteren.COMMANDS),
)


def build_router(agenda_instellingen: AgendaInstellingen | None = None) -> Router:
    router = Router()
    # The agenda group needs the meeting schedule from the settings, so it is built here.
    sections = (*GROUPS, ("Agenda", agenda.commands(agenda_instellingen)), ("Algemeen", algemeen.COMMANDS))
    for section, group in sections:
        for command in group:
            router.register(command, section)
    for command in paginas.make_paging(router):
        router.register(command, "Algemeen")
    router.register(algemeen.make_help(router), "Algemeen")
    router.register_fallback(onbekend.make_fallback(router))
    return router
