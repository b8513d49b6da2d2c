"""How a followed item looks in a reply: the parts toezeggingen and moties show alike."""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from handlers.commands.lists import Line
from handlers.context import Context
from handlers.deadlines import describe
from handlers.domain.followed import Followed, Status
from handlers.domain.permissions import may_change
from handlers.messages import Button, ButtonStyle, Field, Form, FormField
from handlers.texts import datum
from handlers.texts import followed as t


def status_text(followed: Followed, today: dt.date) -> str:
    label = t.STATUS_LABEL[followed.status]
    return f"{label} · {t.OVERDUE}" if followed.is_overdue(today) else label


def person_name(ctx: Context, person_id: int | None, written: str = "") -> str:
    """The person's name; without one, the name an imported list gave if the registry does not know it."""
    if person_id is None:
        return t.NOT_IN_REGISTRY.format(naam=written) if written else "—"
    person = ctx.uow.people.get(person_id)
    return person.name if person else "—"


def followed_line(ctx: Context, followed: Followed, title: str) -> Line:
    """A followed item's compact line; a name the registry does not know is shown as the list wrote it."""
    unknown = followed.onbekende_portefeuillehouder
    return Line(followed.nummer, title, followed.deadline, followed.eigenaar_id, followed.is_overdue(ctx.today),
                followed.vertrouwelijk, owner_written=followed.onbekende_eigenaar,
                note=t.PH_NOT_IN_REGISTRY.format(naam=unknown) if unknown and followed.portefeuillehouder_id is None else "")


def may_act(ctx: Context, followed: Followed) -> bool:
    """Action buttons and hints only on an open item, for someone who may change it."""
    return followed.is_open and may_change(ctx.person, followed.stake)


def actions(ctx: Context, entity: str, followed: Followed) -> tuple[Button, ...]:
    """What this person can do with the item now: a button only where the status machine allows its command,
    so a card that is re-rendered after a change loses what no longer applies (no 'Afgedaan voorstellen' once
    the afdoening is proposed) and gains the close (afgedaan) for whoever may change it.

    The reminder engine builds the same commands ('<kind> afdoening|stand|verzet <key>').
    """
    if not may_act(ctx, followed):
        return ()
    nummer = followed.nummer
    status = followed.lifecycle_status
    buttons: list[Button] = []
    if followed.MACHINE.allowed("afdoening", status):
        buttons.append(Button(
            t.BUTTON_AFDOENING,
            form=Form(
                t.BUTTON_AFDOENING_TITLE.format(nummer=nummer),
                (FormField("referentie", t.BUTTON_AFDOENING_FIELD),),
                f"{entity} afdoening {nummer} {{referentie}}",
                t.BUTTON_AFDOENING_SUBMIT,
            ),
            style=ButtonStyle.PRIMARY,
        ))
    if followed.status is Status.AFDOENING_VOORGESTELD and followed.MACHINE.allowed("afgedaan", status):
        # The proposed afdoening is the reference: closing needs nothing more.
        buttons.append(Button(t.BUTTON_AFGEDAAN, command=f"{entity} afgedaan {nummer}", style=ButtonStyle.PRIMARY))
    if followed.MACHINE.allowed("stand", status):
        buttons.append(Button(
            t.BUTTON_STAND,
            form=Form(
                t.BUTTON_STAND_TITLE.format(nummer=nummer),
                (FormField("tekst", t.BUTTON_STAND, multiline=True),),
                f"{entity} stand {nummer} {{tekst}}",
            ),
        ))
    if followed.MACHINE.allowed("verzet", status):
        buttons.append(Button(
            t.BUTTON_VERZET,
            form=Form(
                t.BUTTON_VERZET_TITLE.format(nummer=nummer),
                (
                    FormField("deadline", t.BUTTON_VERZET_DEADLINE, placeholder=t.BUTTON_VERZET_PLACEHOLDER),
                    FormField("reden", t.BUTTON_VERZET_REASON, multiline=True),
                ),
                f"{entity} verzet {nummer} naar {{deadline}} omdat {{reden}}",
                t.BUTTON_VERZET_SUBMIT,
            ),
        ))
    return tuple(buttons)


def linked_label(nummer: str, vertrouwelijk: bool) -> str:
    """A linked item this reader may not see: that it exists, never what it says."""
    return t.LINKED_CONFIDENTIAL.format(nummer=nummer) if vertrouwelijk else nummer


def list_fields(ctx: Context, followed: Followed, labels: Mapping[str, str]) -> list[Field]:
    return [
        Field(labels["status"], status_text(followed, ctx.today)),
        Field(labels["deadline"], describe(followed.deadline)),
        Field(labels["eigenaar"], person_name(ctx, followed.eigenaar_id, followed.onbekende_eigenaar)),
        Field(labels["portefeuillehouder"], person_name(ctx, followed.portefeuillehouder_id,
                                                        followed.onbekende_portefeuillehouder)),
    ]


def list_details(followed: Followed, labels: Mapping[str, str]) -> list[Field]:
    """What an imported council list kept beyond our fields: the promise as worded, votes, moments, links."""
    shown = (
        ("tekst", followed.tekst),
        ("mede_indieners", followed.mede_indieners),
        ("stemverhouding", followed.stemverhouding),
        ("agendapunt", followed.agendapunt),
        ("momenten", ", ".join(f"{naam} {datum(dag)}" for naam, dag in sorted(followed.momenten.items(), key=lambda kv: kv[1]))),
        ("bijlagen", "\n".join(followed.bijlagen)),
        ("afdoening_datum", datum(followed.afdoening_datum)
         if followed.afdoening_datum and not followed.afdoening_referentie else ""),
    )
    return [Field(labels[name], value) for name, value in shown if value]


def progress_details(followed: Followed, labels: Mapping[str, str]) -> list[Field]:
    """Stand van zaken, afdoening and confidentiality: the tail of every detail view."""
    extra: list[Field] = []
    if followed.stand_van_zaken:
        extra.append(Field(labels["stand_van_zaken"], followed.stand_van_zaken))
    if followed.afdoening_referentie:
        wanneer = f" ({datum(followed.afdoening_datum)})" if followed.afdoening_datum else ""
        extra.append(Field(labels["afdoening"], followed.afdoening_referentie + wanneer))
    if followed.vertrouwelijk:
        extra.append(Field(labels["vertrouwelijk"], "ja"))
    return extra


def common_snapshot(ctx: Context, followed: Followed) -> dict[str, str | None]:
    """What the audit trail compares: readable values, so the history reads the same forever."""
    return {
        "portefeuillehouder": person_name(ctx, followed.portefeuillehouder_id, followed.onbekende_portefeuillehouder),
        "eigenaar": person_name(ctx, followed.eigenaar_id, followed.onbekende_eigenaar),
        "deadline": deadline_value(followed),
        "status": followed.status.value,
        "stand_van_zaken": followed.stand_van_zaken or None,
        "afdoening": followed.afdoening_referentie or None,
        "vertrouwelijk": "ja" if followed.vertrouwelijk else "nee",
    }


def deadline_value(followed: Followed) -> str:
    """'Q3 2027 (do 30 september 2027)': both what was agreed and the day it means."""
    deadline = followed.deadline
    return f"{deadline.text} ({datum(deadline.due)})" if deadline.due else describe(deadline)
