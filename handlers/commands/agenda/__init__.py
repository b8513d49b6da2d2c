"""The agenda command group: meetings, agenda points and outcomes.

Built from the agenda settings (schedule, stukken lead time), so the group is a function, not a tuple.
"""
from __future__ import annotations

from collections.abc import Callable

from handlers.commands.agenda import punten, vergaderingen
from handlers.context import Context
from handlers.domain.agenda import AgendaInstellingen, parse_punt_nummer
from handlers.messages import OutgoingReply
from handlers.router import Command
from handlers.texts.agenda import (
    INTREKKEN_VOORBEELD, NIEUW_VOORBEELD, P, PLAN_VOORBEELD, UITKOMST_VOORBEELDEN, VERPLAATS_VOORBEELD,
)

Run = Callable[[Context, AgendaInstellingen, str], OutgoingReply]


def commands(instellingen: AgendaInstellingen | None = None) -> tuple[Command, ...]:
    ins = instellingen or AgendaInstellingen.standaard()

    def bound(run: Run) -> Callable[[Context, str], OutgoingReply]:
        return lambda ctx, args: run(ctx, ins, args)

    return (
        Command("vergaderingen", bound(vergaderingen.lijst), "De komende PO- en collegevergaderingen",
                "vergaderingen [po | college]", ("vergaderingen", "vergaderingen po")),
        Command("vergadering", bound(vergaderingen.vergadering),
                "Toon een vergadering met de agenda per fase, of leg een besluit/actie/toezegging/motie vast",
                "vergadering <nummer | volgende PO | volgend college | GS 1-12-2026> "
                "| vergadering <nummer> besluit|actie|toezegging|motie <tekst>",
                ("vergadering volgende PO", "vergadering volgend college", *UITKOMST_VOORBEELDEN),
                aliases=("agenda",)),
        Command("vergadering nieuw", bound(vergaderingen.nieuw), "Plan een losse vergadering (naast het rooster)",
                "vergadering nieuw <naam>; soort: po|college; datum: <datum>; [tijd: 14:00; portefeuillehouder: <naam>]",
                (PLAN_VOORBEELD,)),
        Command("agendapunt nieuw", bound(punten.nieuw), "Zet een punt op de agenda (fase verplicht)",
                "agendapunt nieuw <onderwerp>; vergadering: <welke>; fase: beeldvorming|oordeelsvorming|besluitvorming; "
                "[portefeuillehouder: …; opdrachtnemer: …; inbrenger: …; stukken: <datum>; documenten: <link>; vertrouwelijk]",
                (NIEUW_VOORBEELD,), aliases=("nieuw agendapunt",)),
        Command("agendapunt", bound(punten.toon), "Toon één agendapunt", "agendapunt <nummer>", (f"agendapunt {P}",),
                item_number=parse_punt_nummer),
        Command("agendapunt wijzig", bound(punten.wijzig), "Wijzig fase, onderwerp, opdrachtnemer, vergadering, …",
                "agendapunt wijzig <nummer> <veld>: <waarde>; …", (f"agendapunt wijzig {P} fase: oordeelsvorming",)),
        Command("agendapunt verplaats", bound(punten.verplaats), "Verplaats een punt naar een andere vergadering",
                "agendapunt verplaats <nummer> naar <vergadering> [omdat <reden>]", (VERPLAATS_VOORBEELD,),
                aliases=("agendapunt verplaatsen",)),
        Command("agendapunt intrekken", bound(punten.intrekken), "Haal een punt van de agenda (het blijft in de historie)",
                "agendapunt intrekken <nummer> [omdat <reden>]", (INTREKKEN_VOORBEELD,),
                aliases=("agendapunt terugtrekken",)),
        Command("agendapunt historie", bound(punten.historie), "Wie wat wanneer aan een agendapunt veranderde",
                "agendapunt historie <nummer>", (f"agendapunt historie {P}",),
                item_number=parse_punt_nummer),
    )
