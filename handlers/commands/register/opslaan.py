"""Installing a registry: validate everything first, then replace it in one transaction, audited.

The YAML file (CLI, demo) and the chat changes come through here, so both obey the same rules.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from handlers.domain.audit import AuditEntry, Changes
from handlers.domain.people import Person
from handlers.domain.registry.derive import opdrachtgevers
from handlers.domain.registry.info import RegisterInfo, ReplaceResult
from handlers.domain.registry.model import Register
from handlers.domain.registry.problems import Problem, RegisterInvalid, locate
from handlers.domain.registry.reading import read_register
from handlers.domain.registry.validation import validate
from handlers.domain.registry.yamlfile import parse
from handlers.ports import UnitOfWork
from handlers.texts import register as t
from handlers.texts import aantal, vorm


def load_text(uow: UnitOfWork, text: str, bron: str, now: dt.datetime, actor: Person | None) -> list[str]:
    """Loads a registry file's text; raises RegisterInvalid (nothing changed) when anything is wrong."""
    data, lines = parse(text, bron)
    register, problems = read_register(data)
    if register.datum is None:
        register = dataclasses.replace(register, datum=now.date())
    problems = locate([*problems, *validate(register)], lines)
    if problems:
        raise RegisterInvalid(problems, t.INVALID_FILE.format(bestand=bron, problemen=t.problemen(len(problems))))
    info = RegisterInfo(register.organisatie, register.datum or now.date(), register.versie)
    result = uow.registry.replace(register, opdrachtgevers(register), info, now)
    _audit(uow, now, actor, "geladen", _counts(register, result), bron)
    return summary(register, result)


def install_change(
    uow: UnitOfWork, register: Register, now: dt.datetime, actor: Person, action: str, changes: Changes
) -> ReplaceResult:
    """A change typed in chat: same rules as the file; the registry's date stays, the change is noted."""
    problems = validate(register)
    if problems:
        raise RegisterInvalid(problems, t.INVALID_CHANGE)
    info = RegisterInfo(register.organisatie, register.datum or now.date(), register.versie, now, actor.name)
    result = uow.registry.replace(register, opdrachtgevers(register), info, now)
    _audit(uow, now, actor, action, changes, "chat")
    return result


def summary(register: Register, result: ReplaceResult) -> list[str]:
    lines = [t.LOADED.format(
        personen=len(register.personen), nieuw=result.nieuw, eenheden=len(register.eenheden),
        portefeuilles=len(register.portefeuilles), opdrachten=len(register.opdrachten),
        gebieden=len(register.contactgebieden),
    )]
    if result.vervallen:
        lines.append(t.DROPPED.format(personen=aantal(len(result.vervallen), "persoon", "personen"),
                                      staan=vorm(len(result.vervallen), "staat", "staan"), namen=", ".join(result.vervallen)))
    return lines


def _counts(register: Register, result: ReplaceResult) -> Changes:
    return {
        "personen": (None, str(len(register.personen))),
        "nieuw": (None, str(result.nieuw)),
        "opdrachten": (None, str(len(register.opdrachten))),
        "vervallen": (None, ", ".join(result.vervallen) or None),
    }


def _audit(uow: UnitOfWork, now: dt.datetime, actor: Person | None, action: str, changes: Changes, reason: str) -> None:
    uow.audit.record(AuditEntry(
        entity=t.ENTITY, key="register", action=action, actor_id=actor.id if actor else None, at=now,
        changes=changes, reason=reason, actor_name=actor.name if actor else "systeem",
    ))


__all__ = ["Problem", "RegisterInvalid", "install_change", "load_text", "summary"]
