"""How a lobby action looks in a reply, and what its audit trail compares."""
from __future__ import annotations

from handlers.commands.followed.render import person_name
from handlers.context import Context
from handlers.deadlines import describe
from handlers.domain.lobby import LobbyActie, LobbyContact
from handlers.domain.permissions import may_change
from handlers.messages import Button, ButtonStyle, Field, Form, FormField, Item
from handlers.texts import datum, tijdstip
from handlers.texts import lobby as t


def status_text(actie: LobbyActie, ctx: Context) -> str:
    label = t.STATUS_LABEL[actie.status]
    return f"{label} · {t.OVERDUE}" if actie.is_overdue(ctx.today) else label


def actions(nummer: str) -> tuple[Button, ...]:
    return (
        Button(
            "Contact vastleggen",
            form=Form(f"Contact {nummer}", (FormField("verslag", "Wie, wanneer, wat kwam eruit", multiline=True),),
                      f"lobby contact {nummer} {{verslag}}"),
            style=ButtonStyle.PRIMARY,
        ),
        Button(
            "Afronden",
            form=Form(f"Afronden {nummer}", (FormField("opbrengst", "Wat heeft het opgeleverd?", multiline=True),),
                      f"lobby afgerond {nummer} {{opbrengst}}", "Afronden"),
        ),
        Button(
            "Moment verzetten",
            form=Form(
                f"Kansrijk moment {nummer}",
                (FormField("moment", "Nieuw kansrijk moment", placeholder="bijv. 15 maart 2027"),
                 FormField("reden", "Reden", multiline=True)),
                f"lobby verzet {nummer} naar {{moment}} omdat {{reden}}", "Verzetten",
            ),
        ),
    )


def item(ctx: Context, actie: LobbyActie) -> Item:
    return Item(
        key=actie.nummer,
        title=f"{actie.nummer} · {actie.dossier}: {actie.doel}",
        fields=(
            Field(t.FIELD_LABELS["status"], status_text(actie, ctx)),
            Field(t.FIELD_LABELS["moment"], describe(actie.moment)),
            Field(t.FIELD_LABELS["target"], actie.target),
            Field(t.FIELD_LABELS["bestuurder"], person_name(ctx, actie.bestuurder_id)),
            Field(t.FIELD_LABELS["eigenaar"], person_name(ctx, actie.eigenaar_id)),
        ),
        buttons=actions(actie.nummer) if actie.is_open and may_change(ctx.person, actie.stake) else (),
        confidential=actie.vertrouwelijk,
        overdue=actie.is_overdue(ctx.today),
    )


def details(actie: LobbyActie, contacts: list[LobbyContact]) -> tuple[Field, ...]:
    extra = [Field(t.FIELD_LABELS[name], value) for name, value in
             (("partners", actie.partners), ("stand", actie.stand), ("opbrengst", actie.opbrengst)) if value]
    if actie.vertrouwelijk:
        extra.append(Field(t.FIELD_LABELS["vertrouwelijk"], "ja"))
    extra.extend(Field(f"{t.FIELD_LABELS['contact']} {tijdstip(c.at)} · {c.door}", c.verslag) for c in contacts)
    return tuple(extra)


def snapshot(ctx: Context, actie: LobbyActie) -> dict[str, str | None]:
    moment = actie.moment
    return {
        "dossier": actie.dossier,
        "doel": actie.doel,
        "target": actie.target,
        "moment": f"{moment.text} ({datum(moment.due)})" if moment.due else describe(moment),
        "bestuurder": person_name(ctx, actie.bestuurder_id),
        "eigenaar": person_name(ctx, actie.eigenaar_id),
        "partners": actie.partners or None,
        "status": actie.status.value,
        "stand": actie.stand or None,
        "opbrengst": actie.opbrengst or None,
        "vertrouwelijk": "ja" if actie.vertrouwelijk else "nee",
    }
