"""The status machine of each kind: toezegging, motie, lobby, agendapunt (one table each).

Read a table as: in this status, this command may run (OK) or is refused with this text. docs/commandos.md's
status tables are generated from these (see tests/unit/test_status_machines.py).
"""
from __future__ import annotations

from handlers.domain.statemachine import OK, Machine
from handlers.texts import status as t

# The commands that change a toezegging or motie, as users type them after the kind word.
FOLLOWED_COMMANDS = ("stand", "afdoening", "afgedaan", "deels", "niet-uitgevoerd", "vervallen", "heropen", "verzet", "wijzig")
OPEN = ("openstaand", "afdoening voorgesteld", "deels voldaan")
CLOSED = ("afgedaan", "niet uitgevoerd", "vervallen")


def _open(**refused: str) -> dict[str, str]:
    """An open status: everything may run except reopening and what `refused` names."""
    row = {command: OK for command in FOLLOWED_COMMANDS} | {"heropen": t.STILL_OPEN}
    return row | {name.replace("_", "-"): text for name, text in refused.items()}


def _closed() -> dict[str, str]:
    """Closed is closed: only reopening (with a reason) may run."""
    return {command: t.CLOSED for command in FOLLOWED_COMMANDS} | {"heropen": OK}


_FOLLOWED_TABLE: dict[str, dict[str, str]] = {
    "openstaand": _open(),
    "afdoening voorgesteld": _open(afdoening=t.AFDOENING_PENDING),
    # Deels voldaan is still open (as in the Eerste Kamer register): it needs a follow-up and is reminded.
    "deels voldaan": _open(deels=t.ALREADY_DEELS),
    **{status: _closed() for status in CLOSED},
}

TOEZEGGING = Machine("toezegging", (*OPEN, *CLOSED), FOLLOWED_COMMANDS, _FOLLOWED_TABLE)

# A motie taken over as a toezegging lives on as that toezegging: it is 'overgenomen', and only reopening
# (which reopens the toezegging) may run, so one promise is never followed twice.
OVERGENOMEN = "overgenomen"
MOTIE_COMMANDS = (*FOLLOWED_COMMANDS, "overnemen")
MOTIE = Machine(
    "motie", (*OPEN, *CLOSED, OVERGENOMEN), MOTIE_COMMANDS,
    {
        **{status: row | {"overnemen": OK} for status, row in _FOLLOWED_TABLE.items() if status in OPEN},
        **{status: row | {"overnemen": t.TAKE_OVER_CLOSED} for status, row in _FOLLOWED_TABLE.items() if status in CLOSED},
        OVERGENOMEN: {command: t.TAKEN_OVER for command in FOLLOWED_COMMANDS}
        | {"heropen": OK, "overnemen": t.ALREADY_TAKEN_OVER},
    },
)

LOBBY = Machine(
    "lobby", ("gepland", "lopend", "afgerond"), ("stand", "contact", "afgerond", "verzet"),
    {
        "gepland": {"stand": OK, "contact": OK, "afgerond": OK, "verzet": OK},
        "lopend": {"stand": OK, "contact": OK, "afgerond": OK, "verzet": OK},
        # The stand stays writable: it is where an addition to the opbrengst goes.
        "afgerond": {"stand": OK, "contact": t.LOBBY_CLOSED_CONTACT, "afgerond": t.LOBBY_ALREADY_CLOSED,
                     "verzet": t.LOBBY_CLOSED_MOVE},
    },
)

# 'behandeld' is derived, never stored: the point's meeting has started.
AGENDAPUNT = Machine(
    "agendapunt", ("gepland", "behandeld", "ingetrokken"), ("wijzig", "verplaats", "intrekken"),
    {
        "gepland": {"wijzig": OK, "verplaats": OK, "intrekken": OK},
        "behandeld": {"wijzig": t.PUNT_BEHANDELD, "verplaats": t.PUNT_BEHANDELD, "intrekken": t.PUNT_BEHANDELD},
        "ingetrokken": {"wijzig": t.PUNT_INGETROKKEN, "verplaats": t.PUNT_INGETROKKEN, "intrekken": t.PUNT_INGETROKKEN},
    },
)

MACHINES = (TOEZEGGING, MOTIE, LOBBY, AGENDAPUNT)
