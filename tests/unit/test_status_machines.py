"""Every command × every status of each kind's status machine: allowed, or the exact refusal that says what works.

The expected tables are written out here by hand (the specification); the README's status tables must be
the ones the code generates, so the documentation cannot drift from the rules.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from handlers.deadlines import Deadline, DeadlineKind
from handlers.domain.agenda import AgendaPunt, Fase, Soort, Vergadering
from handlers.domain.followed import Status
from handlers.domain.lifecycles import AGENDAPUNT, LOBBY, MACHINES, MOTIE, TOEZEGGING
from handlers.domain.lobby import LobbyActie, LobbyStatus
from handlers.domain.motie import Motie
from handlers.domain.statemachine import Machine, Refused
from handlers.domain.toezegging import Toezegging
from handlers.errors import UserError

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc)
FOLLOWED = ("stand", "afdoening", "afgedaan", "deels", "niet-uitgevoerd", "vervallen", "heropen", "verzet", "wijzig")

# ✓ allowed, – refused; columns in the order of FOLLOWED (+ overnemen for moties).
TOEZEGGING_GRID = {
    "openstaand":            "✓✓✓✓✓✓–✓✓",
    "afdoening voorgesteld": "✓–✓✓✓✓–✓✓",
    "deels voldaan":         "✓✓✓–✓✓–✓✓",
    "afgedaan":              "––––––✓––",
    "niet uitgevoerd":       "––––––✓––",
    "vervallen":             "––––––✓––",
}
MOTIE_GRID = {
    "openstaand":            "✓✓✓✓✓✓–✓✓✓",
    "afdoening voorgesteld": "✓–✓✓✓✓–✓✓✓",
    "deels voldaan":         "✓✓✓–✓✓–✓✓✓",
    "afgedaan":              "––––––✓–––",
    "niet uitgevoerd":       "––––––✓–––",
    "vervallen":             "––––––✓–––",
    "overgenomen":           "––––––✓–––",
}


def _toezegging(status: Status) -> Toezegging:
    return Toezegging(None, "T-2026-005", "Brief", Deadline("Q1 2027", DeadlineKind.DATE), NOW, status=status)


def _expected_followed(kind: str, nummer: str, status: str, command: str) -> str:
    if status in ("afgedaan", "niet uitgevoerd", "vervallen"):
        if command == "overnemen":
            return f"{nummer} is {status}; heropen hem eerst: 'motie heropen {nummer} omdat …', en neem hem dan over"
        return f"{nummer} is {status}; heropen hem eerst: '{kind} heropen {nummer} omdat …'"
    if status == "overgenomen":
        if command == "overnemen":
            return f"{nummer} is al overgenomen als toezegging T-2026-009: 'toezegging T-2026-009'"
        return (f"{nummer} is overgenomen als toezegging T-2026-009; die wordt nu gevolgd. "
                f"Werk de toezegging bij: 'toezegging {command} T-2026-009 …'")
    if command == "heropen":
        return (f"{nummer} is {status} en staat dus nog open; heropenen hoeft niet. "
                f"Leg de voortgang vast: '{kind} stand {nummer} …'")
    if command == "afdoening":
        return (f"Voor {nummer} is al afdoening voorgesteld; sluit hem af met '{kind} afgedaan {nummer}' "
                f"of leg de stand vast: '{kind} stand {nummer} …'")
    assert command == "deels"
    return (f"{nummer} is al deels voldaan en staat open voor een vervolg; leg dat vast met '{kind} stand {nummer} …' "
            f"of stel afdoening voor: '{kind} afdoening {nummer} <brief>'")


def _cells(grid: dict[str, str], commands: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    return [(status, command, row[i] == "✓") for status, row in grid.items() for i, command in enumerate(commands)]


def _check(ask: Callable[[str], None], command: str, allowed: bool, refusal: Callable[[], str]) -> None:
    """Allowed: asking passes. Refused: exactly this text, which names the command that would work."""
    if allowed:
        ask(command)
        return
    with pytest.raises(Refused) as refused:
        ask(command)
    assert refused.value.message == refusal()


@pytest.mark.parametrize(("status", "command", "allowed"), _cells(TOEZEGGING_GRID, FOLLOWED))
def test_toezegging_machine(status: str, command: str, allowed: bool) -> None:
    _check(_toezegging(Status(status)).ask, command, allowed,
           lambda: _expected_followed("toezegging", "T-2026-005", status, command))


@pytest.mark.parametrize(("status", "command", "allowed"), _cells(MOTIE_GRID, (*FOLLOWED, "overnemen")))
def test_motie_machine(status: str, command: str, allowed: bool) -> None:
    overgenomen = status == "overgenomen"
    motie = Motie(None, "M2026-014", "Fietspad", NOW, status=Status.AFGEDAAN if overgenomen else Status(status),
                  toezegging_nummer="T-2026-009" if overgenomen else None)
    _check(motie.ask, command, allowed, lambda: _expected_followed("motie", "M2026-014", status, command))


LOBBY_REFUSALS = {
    ("afgerond", "contact"): "L-2026-001 is afgerond; een contact vastleggen kan niet meer.",
    ("afgerond", "afgerond"): "L-2026-001 is al afgerond; de opbrengst staat in de historie: 'lobby historie L-2026-001'.",
    ("afgerond", "verzet"): "L-2026-001 is afgerond; het kansrijke moment verzetten kan niet meer.",
}


@pytest.mark.parametrize("status", list(LobbyStatus))
@pytest.mark.parametrize("command", ["stand", "contact", "afgerond", "verzet"])
def test_lobby_machine(status: LobbyStatus, command: str) -> None:
    actie = LobbyActie(None, "L-2026-001", "Nedersaksenlijn", "MIRT", "IenW", Deadline("Q1 2027", DeadlineKind.DATE),
                       NOW, status=status)
    expected = LOBBY_REFUSALS.get((status.value, command))
    if expected is None:
        actie.ask(command)
        return
    with pytest.raises(Refused) as refused:
        actie.ask(command)
    assert refused.value.message.startswith(expected)
    assert "lobby " in refused.value.message.removeprefix(expected)  # and names a command that works


@pytest.mark.parametrize("status", ["gepland", "behandeld", "ingetrokken"])
@pytest.mark.parametrize("command", ["wijzig", "verplaats", "intrekken"])
def test_agendapunt_machine(status: str, command: str) -> None:
    meeting_day = dt.date(2026, 11, 16) if status == "behandeld" else dt.date(2026, 11, 30)
    v = Vergadering(1, Soort.PO, "PO", meeting_day, dt.time(10, 0), "k", meeting_day)
    punt = AgendaPunt(1, "A-2026-001", 1, "Fiets", Fase.BESLUITVORMING, NOW, meeting_day,
                      ingetrokken=status == "ingetrokken")
    assert punt.lifecycle_status(v, NOW) == status
    if status == "gepland":
        punt.ask(command, v, NOW)
        return
    with pytest.raises(Refused) as refused:
        punt.ask(command, v, NOW)
    expected = {
        "behandeld": f"A-2026-001 is al behandeld (de vergadering van 16-11-2026 is begonnen); {command} kan niet meer. ",
        "ingetrokken": f"A-2026-001 is ingetrokken; {command} kan niet meer. ",
    }[status]
    assert refused.value.message.startswith(expected) and "'agendapunt nieuw …" in refused.value.message


def test_the_generated_tables_match_the_written_grids() -> None:
    for machine, grid in ((TOEZEGGING, TOEZEGGING_GRID), (MOTIE, MOTIE_GRID)):
        for status, row in grid.items():
            assert "".join("✓" if machine.allowed(c, status) else "–" for c in machine.commands) == row


@pytest.mark.parametrize("machine", MACHINES, ids=lambda m: m.kind)
def test_the_readme_shows_each_status_table_as_the_code_has_it(machine: Machine) -> None:
    page = (Path(__file__).parents[2] / "docs" / "commandos.md").read_text(encoding="utf-8")
    assert machine.markdown() in page, f"docs/commandos.md mist of wijkt af van deze tabel:\n{machine.markdown()}"


def test_an_incomplete_table_fails_when_it_is_built() -> None:
    with pytest.raises(ValueError, match="misses or adds"):
        Machine("x", ("open",), ("stand", "verzet"), {"open": {"stand": ""}})


def test_status_changes_go_through_the_machine_and_reopening_needs_a_reason() -> None:
    t = _toezegging(Status.AFDOENING_VOORGESTELD)
    t.afdoening_referentie, t.afdoening_datum = "RIB 2026-45", dt.date(2026, 11, 20)
    t.change_status(Status.AFGEDAAN)
    with pytest.raises(Refused):
        t.change_status(Status.DEELS_VOLDAAN)
    with pytest.raises(UserError, match="Een reden is verplicht"):
        t.reopen("")
    t.reopen("de raad wil meer weten")
    # The old afdoening is history now (the audit diff keeps it), not the reopened item's current state.
    assert (t.status, t.afdoening_referentie, t.afdoening_datum) == (Status.OPENSTAAND, "", None)
    assert LOBBY.kind == "lobby" and AGENDAPUNT.kind == "agendapunt"


def test_which_roles_fit_which_part() -> None:
    from handlers.domain.functies import Functie, default_owner, fits
    from handlers.domain.people import Person, Rol

    gedeputeerde = Person(1, "Anna", "a@x", roles=frozenset({Rol.PORTEFEUILLEHOUDER}))
    teamleider = Person(2, "Hans", "h@x", roles=frozenset({Rol.TEAMLEIDER}))
    onbekend = Person(3, "Zonder rol", "z@x")
    assert [f for f in Functie if fits(gedeputeerde, f)] == [Functie.PORTEFEUILLEHOUDER, Functie.BESTUURDER, Functie.INBRENGER]
    assert [f for f in Functie if fits(teamleider, f)] == [Functie.EIGENAAR, Functie.OPDRACHTNEMER, Functie.INBRENGER]
    assert [f for f in Functie if fits(onbekend, f)] == []
    assert (default_owner(teamleider), default_owner(gedeputeerde), default_owner(onbekend)) == (2, None, None)
