"""Every command group, registered in one explicit list: adding a group is one line here."""
from __future__ import annotations

from handlers.commands import (
    agenda, algemeen, herinneringen, lobby, luisteren, moties, onbekend, paginas, register, ronde, toezeggingen,
)
from handlers.domain.agenda import AgendaInstellingen
from handlers.router import Command, Router
from handlers.texts import hulp

# (section title in 'help', commands); the titles and what each section is for are in handlers/texts/hulp.py.
_TITLES = [title for title, _wat in hulp.SECTIONS]
GROUPS: tuple[tuple[str, tuple[Command, ...]], ...] = tuple(zip(_TITLES, (
    toezeggingen.COMMANDS, moties.COMMANDS, lobby.COMMANDS, register.COMMANDS, herinneringen.COMMANDS,
    ronde.COMMANDS, luisteren.COMMANDS,
)))


def build_router(agenda_instellingen: AgendaInstellingen | None = None) -> Router:
    router = Router()
    # The agenda group needs the meeting schedule from the settings, so it is built here.
    agenda_title, general = _TITLES[len(GROUPS)], _TITLES[len(GROUPS) + 1]
    sections = (*GROUPS, (agenda_title, agenda.commands(agenda_instellingen)), (general, algemeen.COMMANDS))
    for section, group in sections:
        for command in group:
            router.register(command, section)
    for command in paginas.make_paging(router):
        router.register(command, general)
    router.register(algemeen.make_help(router), general)
    router.register_fallback(onbekend.make_fallback(router))
    return router
