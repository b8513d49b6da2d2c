"""From plain data (a parsed YAML file) to a Register, collecting every problem with its path.

References to people may be an e-mail address or a full name; both become the e-mail here, so the
rest of the registry code only knows e-mails. What cannot be resolved stays as written and is
reported by the validation as an unknown person.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from handlers.domain.people import Rol
from handlers.domain.registry.model import (
    Contactgebied, Driehoek, Eenheid, GebiedSoort, Lid, Niveau, Onderwerp, Opdracht, OpdrachtStatus,
    Portefeuille, Register,
)
from handlers.domain.registry.naming import person_index, rol_named
from handlers.domain.registry.problems import Problem
from handlers.domain.registry.reader import Reader, as_list
from handlers.texts import register as t


def read_register(data: Any) -> tuple[Register, list[Problem]]:
    reader = Reader()
    if not isinstance(data, dict):
        return Register(), [Problem("", t.NOT_A_REGISTER)]
    raw_people: list[Any] = data["personen"] if isinstance(data.get("personen"), list) else []
    reader.people = person_index((p.get("naam"), p.get("email")) for p in raw_people if isinstance(p, dict))
    head: dict[str, Any] = data["register"] if isinstance(data.get("register"), dict) else {}
    register = Register(
        organisatie=reader.text(head, "organisatie", "register"),
        datum=_date(reader, head.get("datum"), "register.datum"),
        versie=reader.text(head, "versie", "register"),
        eenheden=reader.entries(data, "eenheden", lambda e, p: _eenheid(reader, e, p)),
        personen=reader.entries(data, "personen", lambda e, p: _lid(reader, e, p)),
        portefeuilles=reader.entries(data, "portefeuilles", lambda e, p: _portefeuille(reader, e, p)),
        opdrachten=reader.entries(data, "opdrachten", lambda e, p: _opdracht(reader, e, p)),
        contactgebieden=reader.entries(data, "contactgebieden", lambda e, p: _gebied(reader, e, p)),
    )
    unknown = sorted(set(data) - {"register", "eenheden", "personen", "portefeuilles", "opdrachten", "contactgebieden"})
    for name in unknown:
        reader.problem(str(name), t.UNKNOWN_SECTION.format(naam=name))
    return register, reader.problems


def _date(reader: Reader, value: Any, path: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        reader.problem(path, t.BAD_DATE.format(waarde=value))
        return None


def _eenheid(r: Reader, e: dict[str, Any], path: str) -> Eenheid:
    return Eenheid(
        code=r.text(e, "code", path, required=True),
        naam=r.text(e, "naam", path, required=True),
        niveau=r.choice(Niveau, e.get("niveau"), f"{path}.niveau", Niveau.TEAM),
        leider=r.person(e.get("leider"), f"{path}.leider", required=False) or None,
        bovenliggend=r.text(e, "onder", path) or None,
    )


def _lid(r: Reader, e: dict[str, Any], path: str) -> Lid:
    rollen = []
    for index, value in enumerate(as_list(e.get("rollen"))):
        rol = rol_named(str(value))
        if rol is None:
            r.problem(f"{path}.rollen[{index}]", t.UNKNOWN_ROLE.format(rol=value, rollen=", ".join(Rol)))
        else:
            rollen.append(rol)
    return Lid(
        naam=r.text(e, "naam", path, required=True),
        email=r.text(e, "email", path, required=True).lower(),
        functie=r.text(e, "functie", path),
        rollen=frozenset(rollen),
        eenheid=r.text(e, "eenheid", path) or None,
        opdrachtgever=r.person(e.get("opdrachtgever"), f"{path}.opdrachtgever", required=False) or None,
        slack=r.text(e, "slack", path) or None,
        teams=r.text(e, "teams", path) or None,
    )


def _portefeuille(r: Reader, e: dict[str, Any], path: str) -> Portefeuille:
    onderwerpen = []
    for index, value in enumerate(as_list(e.get("onderwerpen"))):
        if isinstance(value, dict):
            where = f"{path}.onderwerpen[{index}]"
            naam = r.text(value, "onderwerp", where, required=True)
            onderwerpen.append(Onderwerp(naam, tuple(str(s) for s in as_list(value.get("synoniemen")))))
        else:
            onderwerpen.append(Onderwerp(str(value)))
    return Portefeuille(
        houder=r.person(e.get("houder"), f"{path}.houder"),
        naam=r.text(e, "naam", path, required=True),
        onderwerpen=tuple(onderwerpen),
    )


def _opdracht(r: Reader, e: dict[str, Any], path: str) -> Opdracht:
    raw = e.get("driehoek")
    if not isinstance(raw, dict):
        r.problem(f"{path}.driehoek", t.MISSING_DRIEHOEK)
        raw = {}
    where = f"{path}.driehoek"
    return Opdracht(
        naam=r.text(e, "naam", path, required=True),
        omschrijving=r.text(e, "omschrijving", path),
        driehoek=Driehoek(
            bestuurlijk_opdrachtgever=r.person(raw.get("bestuurlijk_opdrachtgever"), f"{where}.bestuurlijk_opdrachtgever"),
            ambtelijk_opdrachtgever=r.person(
                raw.get("ambtelijk_opdrachtgever"), f"{where}.ambtelijk_opdrachtgever", many=t.TWO_AOG
            ),
            ambtelijk_opdrachtnemer=r.person(raw.get("ambtelijk_opdrachtnemer"), f"{where}.ambtelijk_opdrachtnemer"),
        ),
        professionals=r.people_list(e.get("professionals"), f"{path}.professionals"),
        status=r.choice(OpdrachtStatus, e.get("status"), f"{path}.status", OpdrachtStatus.LOPEND),
        onderwerpen=tuple(str(o) for o in as_list(e.get("onderwerpen"))),
        vertrouwelijk=bool(e.get("vertrouwelijk", False)),
    )


def _gebied(r: Reader, e: dict[str, Any], path: str) -> Contactgebied:
    return Contactgebied(
        gebied=r.text(e, "gebied", path, required=True),
        soort=r.choice(GebiedSoort, e.get("soort"), f"{path}.soort", GebiedSoort.GEMEENTE),
        contact=r.person(e.get("contact"), f"{path}.contact"),
    )


