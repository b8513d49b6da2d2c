"""Changing a motie: the shared verbs of every followed kind, and 'motie wijzig' for motie fields."""
from __future__ import annotations

from handlers.commands.deadline_input import read_day
from handlers.commands.followed.change import change, verbs
from handlers.commands.followed.fields import apply_common, read_changes
from handlers.commands.moties.kind import MOTIE
from handlers.commands.moties.registreren import KEYS, read_uitslag
from handlers.context import Context
from handlers.domain.motie import Motie
from handlers.messages import OutgoingReply

VERBS = verbs(MOTIE)

_TEXT_FIELDS = ("titel", "dictum", "vergadering", "indieners", "fracties")
WIJZIG_KEYS = {name: words for name, words in KEYS.items() if name != "nummer"}


def wijzig(ctx: Context, args: str) -> OutgoingReply:
    named: list[str] = []

    def apply(m: Motie, rest: str) -> str:
        fields = read_changes(m, rest, WIJZIG_KEYS)
        named.extend(fields)
        apply_common(ctx, m, fields)
        for name in _TEXT_FIELDS:
            if name in fields:
                setattr(m, name, fields[name])
        if "datum" in fields:
            m.datum = read_day(ctx, fields["datum"])
        if "uitslag" in fields:
            m.uitslag = read_uitslag(fields["uitslag"])
        return ""

    return change(ctx, args, MOTIE, "wijzig", apply, named=named)
