"""The welcome after an install: three commands to start with and a form to register a toezegging."""
from __future__ import annotations

from handlers.messages import Button, ButtonStyle, Field, Form, FormField, OutgoingReply
from handlers.texts import teams as t

# The same command a typed registration runs, so the reply shows how the deadline was understood.
# What a welcome card's buttons carry as their card's view: the adapter shows the welcome again, never a command.
WELCOME_VIEW = "welkom"
NEW_TEMPLATE = "toezegging nieuw {omschrijving}; portefeuillehouder: {portefeuillehouder}; deadline: {deadline}"


def new_toezegging_button() -> Button:
    form = Form(
        t.NEW_FORM_TITLE,
        (
            FormField("omschrijving", t.NEW_FORM_OMSCHRIJVING, multiline=True),
            FormField("portefeuillehouder", t.NEW_FORM_PORTEFEUILLEHOUDER),
            FormField("deadline", t.NEW_FORM_DEADLINE, placeholder=t.NEW_FORM_DEADLINE_HINT),
        ),
        NEW_TEMPLATE,
        t.NEW_FORM_SUBMIT,
    )
    return Button(t.NEW_FORM_BUTTON, form=form, style=ButtonStyle.PRIMARY)


def welcome(private: bool, waar: str = t.CHANNEL) -> OutgoingReply:
    """`waar`: how to name the shared conversation it is posted in ('deze groepschat')."""
    notes = () if private else (t.WELCOME_CHANNEL_NOTE.format(waar=waar),)
    return OutgoingReply(
        text=t.WELCOME,
        fields=tuple(Field(command, what) for command, what in t.WELCOME_COMMANDS),
        buttons=(new_toezegging_button(),),
        notes=notes,
    )
