"""The role registry in the database: read as one Register, replaced as one Register.

Replacing is done with bulk statements (a 2,000-person registry must load in under a second) and
keeps every existing person's id, matched by e-mail, because toezeggingen and audit rows point to it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.orm import Session

from handlers.domain.people import Rol
from handlers.domain.registry.info import RegisterInfo, ReplaceResult
from handlers.domain.registry.model import (
    Contactgebied, Driehoek, Eenheid, GebiedSoort, Lid, Niveau, Onderwerp, Opdracht, OpdrachtStatus,
    Portefeuille, Register,
)
from storage.models import PersonRoleRow, PersonRow
from storage.models.registry import (
    ContactgebiedRow, EenheidRow, OpdrachtProfessionalRow, OpdrachtRow, PortefeuilleRow, RegisterLidRow,
    RegisterMetaRow,
)

_REGISTRY_TABLES = (OpdrachtProfessionalRow, OpdrachtRow, PortefeuilleRow, ContactgebiedRow, EenheidRow, RegisterLidRow)


class SqlRegistryRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def info(self) -> RegisterInfo | None:
        row = self._session.get(RegisterMetaRow, 1)
        if row is None:
            return None
        return RegisterInfo(row.organisatie, row.datum, row.versie, row.gewijzigd_op, row.gewijzigd_door)

    def snapshot(self, for_change: bool = False) -> Register:
        # A chat change reads the registry, changes it and writes it whole: the meta row is its lock, so two
        # changes at once run one after the other and neither overwrites the other (see locking.py). A question
        # only reads, and must not queue behind a change or make every other question wait.
        if for_change:
            self._session.get(RegisterMetaRow, 1, with_for_update=True, populate_existing=True)
        info = self.info()
        emails = dict(self._session.execute(select(PersonRow.id, PersonRow.email)).tuples().all())
        return Register(
            organisatie=info.organisatie if info else "",
            datum=info.datum if info else None,
            versie=info.versie if info else "",
            eenheden=self._eenheden(emails),
            personen=self._personen(emails),
            portefeuilles=tuple(
                Portefeuille(emails[r.houder_id], r.naam, tuple(Onderwerp(o["naam"], tuple(o["synoniemen"])) for o in r.onderwerpen))
                for r in self._session.scalars(select(PortefeuilleRow).order_by(PortefeuilleRow.id))
            ),
            opdrachten=self._opdrachten(emails),
            contactgebieden=tuple(
                Contactgebied(r.gebied, GebiedSoort(r.soort), emails[r.contact_id])
                for r in self._session.scalars(select(ContactgebiedRow).order_by(ContactgebiedRow.id))
            ),
        )

    def _eenheden(self, emails: dict[int, str]) -> tuple[Eenheid, ...]:
        rows = self._session.scalars(select(EenheidRow).order_by(EenheidRow.id))
        return tuple(
            Eenheid(r.code, r.naam, Niveau(r.niveau), emails.get(r.leider_id) if r.leider_id else None, r.bovenliggend)
            for r in rows
        )

    def _personen(self, emails: dict[int, str]) -> tuple[Lid, ...]:
        roles: dict[int, set[Rol]] = {}
        for persoon_id, rol in self._session.execute(select(PersonRoleRow.persoon_id, PersonRoleRow.rol)).tuples():
            roles.setdefault(persoon_id, set()).add(Rol(rol))
        query = (
            select(PersonRow.id, PersonRow.naam, PersonRow.email, PersonRow.functie, PersonRow.slack_user_id,
                   PersonRow.teams_aad_id, RegisterLidRow.eenheid, RegisterLidRow.vaste_opdrachtgever_id)
            .join(RegisterLidRow, RegisterLidRow.persoon_id == PersonRow.id)
            .order_by(RegisterLidRow.volgorde)
        )
        return tuple(
            Lid(naam, email, functie, frozenset(roles.get(pid, ())), eenheid,
                emails.get(boss) if boss else None, slack, teams)
            for pid, naam, email, functie, slack, teams, eenheid, boss in self._session.execute(query).tuples()
        )

    def _opdrachten(self, emails: dict[int, str]) -> tuple[Opdracht, ...]:
        professionals: dict[int, list[str]] = {}
        query = select(OpdrachtProfessionalRow).order_by(OpdrachtProfessionalRow.volgorde)
        for p in self._session.scalars(query):
            professionals.setdefault(p.opdracht_id, []).append(emails[p.persoon_id])
        return tuple(
            Opdracht(
                naam=r.naam,
                driehoek=Driehoek(emails[r.bestuurlijk_opdrachtgever_id], emails[r.ambtelijk_opdrachtgever_id],
                                  emails[r.ambtelijk_opdrachtnemer_id]),
                omschrijving=r.omschrijving,
                professionals=tuple(professionals.get(r.id, ())),
                status=OpdrachtStatus(r.status),
                onderwerpen=tuple(r.onderwerpen),
                vertrouwelijk=r.vertrouwelijk,
            )
            for r in self._session.scalars(select(OpdrachtRow).order_by(OpdrachtRow.id))
        )

    def replace(
        self, register: Register, opdrachtgevers: dict[str, str | None], info: RegisterInfo, now: dt.datetime
    ) -> ReplaceResult:
        """Writes the whole registry; the caller has validated it. One transaction: the caller commits."""
        before = set(self._session.scalars(select(RegisterLidRow.persoon_id)))
        current = self._current_people()
        ids = {email: row[0] for email, row in current.items()}
        nieuw = self._insert_new(register.personen, ids)
        members = {ids[p.email] for p in register.personen}
        vervallen = sorted(before - members)
        self._session.execute(delete(PersonRoleRow).where(or_(
            PersonRoleRow.persoon_id.in_(select(RegisterLidRow.persoon_id)), PersonRoleRow.persoon_id.in_(members)
        )))
        for table in _REGISTRY_TABLES:
            self._session.execute(delete(table))
        self._bulk(PersonRoleRow, [{"persoon_id": ids[p.email], "rol": r.value} for p in register.personen for r in p.rollen])
        self._write_structure(register, ids)
        self._update_people(register.personen, opdrachtgevers, ids, current, vervallen)
        self._write_info(info, now)
        self._session.flush()
        self._session.expire_all()
        names: list[str] = list(self._session.scalars(select(PersonRow.naam).where(PersonRow.id.in_(vervallen)))) if vervallen else []
        return ReplaceResult(nieuw, tuple(names))

    def _current_people(self) -> dict[str, tuple[Any, ...]]:
        query = select(PersonRow.id, PersonRow.email, PersonRow.naam, PersonRow.functie, PersonRow.slack_user_id,
                       PersonRow.teams_aad_id, PersonRow.opdrachtgever_id)
        return {row[1]: (row[0], *row[2:]) for row in self._session.execute(query).tuples()}

    def _insert_new(self, personen: tuple[Lid, ...], ids: dict[str, int]) -> int:
        fresh = [{"email": p.email, **_person_values(p)} for p in personen if p.email not in ids]
        if fresh:
            rows = self._session.execute(insert(PersonRow).returning(PersonRow.id, PersonRow.email), fresh)
            ids.update((email, pid) for pid, email in rows.tuples())
        return len(fresh)

    def _update_people(self, personen: tuple[Lid, ...], opdrachtgevers: dict[str, str | None], ids: dict[str, int],
                       current: dict[str, tuple[Any, ...]], vervallen: list[int]) -> None:
        """Only rows that differ: reloading an unchanged registry of 2,000 people writes no person at all."""
        changes: list[dict[str, Any]] = []
        for p in personen:
            boss = opdrachtgevers.get(p.email)
            wanted = {**_person_values(p), "opdrachtgever_id": ids[boss] if boss else None}
            have = current.get(p.email)
            had = dict(zip(("naam", "functie", "slack_user_id", "teams_aad_id", "opdrachtgever_id"), have[1:])) if have else {}
            if any(had.get(name) != value for name, value in wanted.items()):
                changes.append({"id": ids[p.email], **wanted})
        changes += [{"id": pid, "opdrachtgever_id": None} for pid in vervallen]
        if changes:
            self._session.execute(update(PersonRow), changes)

    def _write_structure(self, r: Register, ids: dict[str, int]) -> None:
        self._bulk(RegisterLidRow, [
            {"persoon_id": ids[p.email], "eenheid": p.eenheid, "volgorde": index,
             "vaste_opdrachtgever_id": ids[p.opdrachtgever] if p.opdrachtgever else None}
            for index, p in enumerate(r.personen)
        ])
        self._bulk(EenheidRow, [
            {"code": e.code, "naam": e.naam, "niveau": e.niveau.value, "leider_id": ids[e.leider] if e.leider else None,
             "bovenliggend": e.bovenliggend}
            for e in r.eenheden
        ])
        self._bulk(PortefeuilleRow, [
            {"houder_id": ids[p.houder], "naam": p.naam,
             "onderwerpen": [{"naam": o.naam, "synoniemen": list(o.synoniemen)} for o in p.onderwerpen]}
            for p in r.portefeuilles
        ])
        self._bulk(ContactgebiedRow, [
            {"gebied": g.gebied, "soort": g.soort.value, "contact_id": ids[g.contact]} for g in r.contactgebieden
        ])
        self._write_opdrachten(r.opdrachten, ids)

    def _write_opdrachten(self, opdrachten: tuple[Opdracht, ...], ids: dict[str, int]) -> None:
        if not opdrachten:
            return
        rows = self._session.execute(insert(OpdrachtRow).returning(OpdrachtRow.id, OpdrachtRow.naam), [
            {"naam": o.naam, "omschrijving": o.omschrijving, "status": o.status.value, "vertrouwelijk": o.vertrouwelijk,
             "onderwerpen": list(o.onderwerpen),
             **{f"{chair}_id": ids[email] for chair, email in o.driehoek.chairs()}}
            for o in opdrachten
        ])
        by_name = {naam: oid for oid, naam in rows.tuples()}
        self._bulk(OpdrachtProfessionalRow, [
            {"opdracht_id": by_name[o.naam], "persoon_id": ids[email], "volgorde": index}
            for o in opdrachten for index, email in enumerate(dict.fromkeys(o.professionals))
        ])

    def _write_info(self, info: RegisterInfo, now: dt.datetime) -> None:
        row = self._session.get(RegisterMetaRow, 1)
        values: dict[str, Any] = {
            "organisatie": info.organisatie, "datum": info.datum, "versie": info.versie, "geladen_op": now,
            "gewijzigd_op": info.gewijzigd_op, "gewijzigd_door": info.gewijzigd_door,
        }
        if row is None:
            self._session.add(RegisterMetaRow(id=1, **values))
            return
        for name, value in values.items():
            setattr(row, name, value)

    def _bulk(self, table: type[Any], rows: list[dict[str, Any]]) -> None:
        if rows:
            self._session.execute(insert(table), rows)


def _person_values(p: Lid) -> dict[str, Any]:
    values: dict[str, Any] = {"naam": p.naam, "functie": p.functie}
    # Platform ids are learnt from chat too; a registry that does not name them leaves them alone.
    if p.slack:
        values["slack_user_id"] = p.slack
    if p.teams:
        values["teams_aad_id"] = p.teams
    return values

