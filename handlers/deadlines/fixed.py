"""Phrases that are not a date at all: continuous, as soon as possible, unknown, or a status."""
from __future__ import annotations

from handlers.deadlines.model import DeadlineKind

FIXED: dict[str, DeadlineKind] = {
    **dict.fromkeys(("doorlopend", "continu", "continue", "structureel", "permanent"), DeadlineKind.CONTINUOUS),
    **dict.fromkeys(
        (
            "zsm", "zo spoedig mogelijk", "zo snel mogelijk", "zo kort mogelijke termijn",
            "op zo kort mogelijke termijn", "op korte termijn", "korte termijn", "per direct",
            "direct", "per ommegaande", "ommegaande", "asap", "z s m", "op zeer korte termijn", "zeer korte termijn",
            "zo snel als mogelijk", "zo spoedig als mogelijk", "spoedig", "zo spoedig", "zo snel", "per omgaande",
            "zo snel mogelijk", "zo spoedig mogelijk", "zsm", "op zo kort mogelijke termijn", "met spoed",
            "met de meeste spoed", "met voorrang",
        ),
        DeadlineKind.ASAP,
    ),
    **dict.fromkeys(
        (
            "pm", "nvt", "onbekend", "einddatum onbekend", "nog niet bekend", "niet bekend",
            "ntb", "nader te bepalen", "tot nader order", "nader order", "nog te bepalen",
        ),
        DeadlineKind.UNKNOWN,
    ),
}

# Status words end up in the deadline column of imported lists; they are not a deadline.
STATUS_WORDS: frozenset[str] = frozenset({
    "afgedaan", "afgerond", "gereed", "klaar", "uitgevoerd", "vervallen", "ingetrokken",
    "voldaan", "afgehandeld", "gedaan",
})


def fixed_kind(key: str) -> DeadlineKind | None:
    return FIXED.get(key)
