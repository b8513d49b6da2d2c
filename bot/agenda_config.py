"""The agenda settings as the core's plain value: the recurring schedule and announcement timing."""
from __future__ import annotations

from bot.settings import Settings
from handlers.domain.agenda import AgendaInstellingen, Rooster, Soort, weekdag


def agenda_instellingen(settings: Settings) -> AgendaInstellingen:
    """SAMENSPEL_AGENDA_PO may name several PO meetings, one per cluster or portefeuillehouder:
    'PO Mobiliteit=anna.devries@noordwaard.example, PO Economie'. The e-mail names the owner of that PO.
    """
    po_day = weekdag(settings.agenda_po_day)
    roosters = [
        Rooster(Soort.PO, name.strip(), po_day, settings.agenda_po_time, owner.strip())
        for name, _sep, owner in (part.partition("=") for part in settings.agenda_po.split(","))
        if name.strip()
    ]
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
        work_start=settings.work_start,
        work_end=settings.work_end,
    )
