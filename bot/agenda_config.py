"""The agenda settings as the core's plain value: the recurring schedule and announcement timing."""
from __future__ import annotations

from bot.settings import Settings
from handlers.domain.agenda import AgendaInstellingen, Rooster, Soort, weekdag


def agenda_instellingen(settings: Settings) -> AgendaInstellingen:
    """SAMENSPEL_AGENDA_PO may name several PO meetings ('PO Mobiliteit, PO Economie'): one per cluster."""
    po_names = [name.strip() for name in settings.agenda_po.split(",") if name.strip()]
    roosters = [Rooster(Soort.PO, name, weekdag(settings.agenda_po_day), settings.agenda_po_time) for name in po_names]
    if settings.agenda_college.strip():
        roosters.append(
            Rooster(Soort.COLLEGE, settings.agenda_college.strip(), weekdag(settings.agenda_college_day), settings.agenda_college_time)
        )
    return AgendaInstellingen(
        roosters=tuple(roosters),
        kanaal=settings.agenda_channel,
        aankondiging_werkdagen=settings.agenda_announce_workdays,
        aankondiging_tijd=settings.agenda_announce_time,
        stukken_werkdagen=settings.agenda_stukken_workdays,
        herinnering_werkdagen=settings.agenda_reminder_workdays,
        horizon_weken=settings.agenda_horizon_weeks,
        lobby_weken=settings.agenda_lobby_weeks,
    )
