"""The pure half of the Teams adapter, on the recorded activities: mentions, addresses, card forms."""
from __future__ import annotations

import datetime as dt

import pytest

from bot.teams.translate import render_reply, strip_mentions, submitted_command, to_incoming
from bot.teams.welcome import welcome
from handlers.messages import Button, Field, Form, FormField, Item, OutgoingReply, ReplyKind
from tests.adapters.teams.harness import payload

NOW = dt.datetime(2026, 11, 23, 10, 0, tzinfo=dt.timezone.utc)


@pytest.mark.parametrize(("name", "text"), [
    ("teams_message_channel_mention.json", "reply to thread"),
    ("teams_message_channel_mention_sentry.json", "help"),  # the mention text differs from the entity's
    ("teams_message_channel_mention_docs.json", "Hey Pranav Smith check out this message"),  # someone else
    ("teams_message_personal.json", "Hello Teams TestBot.Sending bold-italic rich text"),
    ("teams_message_personal_sentry.json", "unlink"),
])
def test_the_bot_mention_is_stripped_and_other_names_kept(name: str, text: str) -> None:
    incoming = to_incoming(payload(name), NOW, "karin.bos@noordwaard.example")

    assert incoming is not None and incoming.text == text


def test_a_personal_message_is_private_and_carries_identity_and_request_id() -> None:
    activity = payload("teams_message_personal.json")
    incoming = to_incoming(activity, NOW, "megan@example.org")

    assert incoming is not None
    assert incoming.address.private and incoming.address.platform == "teams"
    assert incoming.actor.user_id == "7faf8ab2-3d56-4244-b585-20c8a42ed2b8"  # AAD object id, not the 29: id
    assert incoming.actor.email == "megan@example.org" and incoming.actor.name == "Megan Bowen"
    assert incoming.request_id == "1485983408511"


@pytest.mark.parametrize("name", ["teams_message_channel_mention.json", "teams_message_channel_mention_sentry.json"])
def test_channel_messages_are_not_private(name: str) -> None:
    incoming = to_incoming(payload(name), NOW)
    assert incoming is not None and not incoming.address.private


def test_a_group_chat_is_not_private() -> None:
    activity = payload("teams_message_personal.json")
    activity["conversation"] = {"id": "19:groep@thread.v2", "conversationType": "groupChat", "isGroup": True}
    incoming = to_incoming(activity, NOW)
    assert incoming is not None and not incoming.address.private


def test_html_entities_and_non_breaking_spaces_are_plain_text() -> None:
    activity = payload("teams_message_channel_mention.json")
    activity["text"] = "<at>ridotest</at>&nbsp;toezeggingen van&nbsp;<at>Hans Bakker</at> &amp; co"
    assert strip_mentions(activity["text"], activity) == "toezeggingen van Hans Bakker & co"


def test_a_form_submit_fills_the_template_on_one_line() -> None:
    data = {
        "samenspel": {"template": "toezegging verzet T-2026-001 naar {deadline} omdat {reden}",
                      "inputs": {"deadline": "veld3", "reden": "veld4"}},
        "veld3": "Q3 2027", "veld4": "het onderzoek\nloopt uit",
    }
    assert submitted_command(data) == "toezegging verzet T-2026-001 naar Q3 2027 omdat het onderzoek loopt uit"


def test_values_that_are_not_ours_run_nothing() -> None:
    assert submitted_command({"feedback": "test invokes"}) == ""
    assert submitted_command(None) == ""
    assert to_incoming(payload("teams_invoke_adaptive_card_action.json"), NOW) is None


def test_a_plain_reply_is_text_with_its_notes() -> None:
    activity = render_reply(OutgoingReply(text="Dat commando ken ik niet.", notes=("Zo werkt het wel: 'help'",)))
    assert activity == {"type": "message", "text": "Dat commando ken ik niet.\n\nZo werkt het wel: 'help'"}


def test_items_become_containers_with_facts_marks_and_forms_with_unique_inputs() -> None:
    form = Form("Deadline verzetten", (FormField("deadline", "Nieuwe deadline"), FormField("reden", "Reden")),
                "toezegging verzet {key} naar {deadline} omdat {reden}")
    items = tuple(
        Item(key, f"{key} · titel", (Field("Status", "openstaand"),), (Button("Deadline verzetten", form=form),),
             confidential=key.endswith("1"), overdue=key.endswith("2"))
        for key in ("T-2026-001", "T-2026-002")
    )
    content = render_reply(OutgoingReply(text="2 toezeggingen", items=items, kind=ReplyKind.WARNING))["attachments"][0]

    assert content["contentType"] == "application/vnd.microsoft.card.adaptive"
    card = content["content"]
    assert card["version"] == "1.5" and card["body"][0]["color"] == "Warning"
    first, second = card["body"][1], card["body"][2]
    assert first["items"][1]["text"] == "vertrouwelijk" and second["items"][1]["text"] == "termijn overschreden"
    assert first["items"][2] == {"type": "FactSet", "facts": [{"title": "Status", "value": "openstaand"}]}
    show_cards = [part["actions"][0] for part in (first["items"][3], second["items"][3])]
    ids = [i["id"] for sc in show_cards for i in sc["card"]["body"] if i["type"] == "Input.Text"]
    assert len(ids) == len(set(ids)) == 4  # unique in the whole card, or Teams mixes the forms up
    assert all(sc["type"] == "Action.ShowCard" for sc in show_cards)
    submit = show_cards[1]["card"]["actions"][0]
    assert submit["type"] == "Action.Execute" and submit["verb"] == "samenspel"  # Universal Actions
    assert submit["data"]["samenspel"]["inputs"] == {"deadline": ids[2], "reden": ids[3]}


def test_a_command_button_executes_its_command() -> None:
    reply = OutgoingReply(text="Klaar?", fields=(Field("a", "b"),), buttons=(Button("Afgedaan", "toezegging afgedaan T-2026-001"),))
    action = render_reply(reply)["attachments"][0]["content"]["actions"][0]
    assert action == {"type": "Action.Execute", "verb": "samenspel", "title": "Afgedaan",
                      "data": {"samenspel": {"command": "toezegging afgedaan T-2026-001"}}}


def test_an_empty_optional_field_is_left_out_of_the_command_and_semicolons_cannot_split_it() -> None:
    data = {"samenspel": {"template": "toezegging nieuw omschrijving: {o}; deadline: {d}; aan: {a}",
                          "inputs": {"o": "veld1", "d": "veld2", "a": "veld3"}},
            "veld1": "Brief; met bijlage", "veld2": "Q3 2027", "veld3": ""}
    assert submitted_command(data) == "toezegging nieuw omschrijving: Brief, met bijlage; deadline: Q3 2027"


def test_a_card_about_one_item_refreshes_for_its_viewer_with_the_items_own_view() -> None:
    one = OutgoingReply(text="T-2026-001", items=(Item("T-2026-001", "titel", show="toezegging T-2026-001"),))
    content = render_reply(one, viewers=("29:karin",))["attachments"][0]["content"]
    assert content["refresh"] == {
        "action": {"type": "Action.Execute", "verb": "refresh", "data": {"samenspel": {"command": "toezegging T-2026-001"}}},
        "userIds": ["29:karin"],
    }
    two = OutgoingReply(text="2", items=(one.items[0], Item("T-2026-002", "x", show="toezegging T-2026-002")))
    assert "refresh" not in render_reply(two, viewers=("29:karin",))["attachments"][0]["content"]


def test_the_welcome_names_three_commands_and_offers_the_registration_form() -> None:
    personal, channel = welcome(private=True), welcome(private=False)
    assert [f.label for f in personal.fields] == ["toezeggingen mijn", "toezegging nieuw …", "help"]
    assert personal.buttons[0].form is not None and "{deadline}" in personal.buttons[0].form.submit_command
    assert not personal.notes and "@Samenspel" in channel.notes[0]
