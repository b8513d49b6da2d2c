"""Each person's one ambtelijk opdrachtgever, derived from the registry (where escalations go).

An explicit `opdrachtgever` in the registry wins. Otherwise the line: a member of a unit answers to
its leader, a leader to the leader of the unit above. Without a unit the opdrachten decide: an
opdrachtnemer answers to the ambtelijk opdrachtgever of their opdracht, a professional to the
opdrachtnemer of theirs. Bestuurders have no ambtelijk opdrachtgever.
"""
from __future__ import annotations

from handlers.domain.registry.model import Eenheid, Lid, OpdrachtStatus, Register
from handlers.domain.registry.validation import BESTUURDERS


def opdrachtgevers(register: Register) -> dict[str, str | None]:
    units = {e.code: e for e in register.eenheden}
    by_opdracht = _from_opdrachten(register)
    return {lid.email: _one(lid, units, by_opdracht) for lid in register.personen}


def _one(lid: Lid, units: dict[str, Eenheid], by_opdracht: dict[str, str]) -> str | None:
    if lid.opdrachtgever:
        return lid.opdrachtgever
    if lid.rollen & set(BESTUURDERS):
        return None
    return _line_manager(lid.email, lid.eenheid, units) or by_opdracht.get(lid.email)


def _line_manager(email: str, code: str | None, units: dict[str, Eenheid]) -> str | None:
    seen: set[str] = set()
    while code is not None and code in units and code not in seen:
        seen.add(code)
        unit = units[code]
        if unit.leider and unit.leider != email:
            return unit.leider
        code = unit.bovenliggend
    return None


def _from_opdrachten(register: Register) -> dict[str, str]:
    """First come, first served: the registry file's order says which opdracht counts most."""
    found: dict[str, str] = {}
    active = [o for o in register.opdrachten if o.status not in (OpdrachtStatus.AFGEROND, OpdrachtStatus.GESTOPT)]
    for opdracht in active:
        driehoek = opdracht.driehoek
        found.setdefault(driehoek.ambtelijk_opdrachtnemer, driehoek.ambtelijk_opdrachtgever)
    for opdracht in active:
        for professional in opdracht.professionals:
            found.setdefault(professional, opdracht.driehoek.ambtelijk_opdrachtnemer)
    return found
