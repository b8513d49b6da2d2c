"""The pure translators, on the recorded payloads: no server, no network."""
from __future__ import annotations

from urllib.parse import parse_qsl

from bot.slack.blocks import MAX_BLOCKS, render_blocks
from bot.slack.forms import fill, form_from_value, form_to_value, modal_view, submitted_values
from bot.slack.translate import command_to_incoming, event_to_incoming, interaction_address, is_private_channel
from handlers.commands.toezeggingen.render import registratie_form
from handlers.reminders import render


def actions(kind: str, key: str) -> tuple[Button, ...]:
    """An open item's three actions (afdoening, stand, verzet), as a reminder offers them."""
    return render.actions(kind, key)[:3]
from handlers.messages import Button, Field, Item, OutgoingReply, ReplyKind
from tests.adapters.slack.harness import payload, payload_text
from tests.conftest import NOW


def test_slash_command_payload_becomes_a_command_in_a_channel() -> None:
    raw = payload_text("slack_slash_command.txt").split("\n\n", 1)[1].strip()
    body = dict(parse_qsl(raw, keep_blank_values=True)) | {"text": "toezeggingen mijn deel"}
    incoming = command_to_incoming(body, NOW, "karin.bos@noordwaard.example")
    assert incoming.text == "toezeggingen mijn"
    assert incoming.actor.user_id == "U2CERLKJA" and incoming.actor.email == "karin.bos@noordwaard.example"
    assert incoming.address.conversation_id == "G8PSS9T3V" and not incoming.address.private
    assert incoming.request_id == "command:398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"


def test_mention_loses_the_bot_mention_and_answers_in_its_thread() -> None:
    incoming = event_to_incoming(payload("slack_app_mention.json"), NOW)
    assert incoming is not None
    assert incoming.text == "hey" and incoming.address.thread_id == "1605853844.000800"
    assert incoming.request_id == "event:Ev01ERKCFKK9" and not incoming.address.private


def test_direct_message_is_private_without_a_thread() -> None:
    incoming = event_to_incoming(payload("slack_message_im.json"), NOW)
    assert incoming is not None
    assert incoming.address.private and incoming.address.thread_id is None and incoming.text == "test"


def test_ignored_messages_become_nothing() -> None:
    for name in ("slack_message_bot_subtype.json", "slack_message_changed.json", "slack_message_deleted.json",
                 "slack_message_channel.json", "slack_app_home_opened.json"):
        assert event_to_incoming(payload(name), NOW) is None, name


def test_interaction_address_follows_the_channel_or_the_users_dm() -> None:
    body = payload("slack_block_actions.json")
    assert interaction_address(body).conversation_id == "C111" and not interaction_address(body).private
    del body["channel"], body["container"]
    assert interaction_address(body).conversation_id == "U111" and interaction_address(body).private
    assert is_private_channel("D0442US94JD") and is_private_channel("G1", "directmessage")


def test_items_render_with_fields_and_buttons_whose_forms_survive_the_round_trip() -> None:
    reply = OutgoingReply(
        text="1 toezegging",
        items=(Item("T-2026-001", "T-2026-001 · Brief <N-weg>", (Field("Status", "openstaand"),), actions("toezegging", "T-2026-001"),
                    overdue=True),),
        notes=("Deadline: Q3 2027",),
    )
    blocks = render_blocks(reply)
    assert "&lt;N-weg&gt;" in blocks[1]["text"]["text"] and blocks[1]["text"]["text"].startswith(":warning:")
    assert blocks[1]["fields"][0]["text"] == "*Status*\nopenstaand"
    elements = blocks[2]["elements"]
    assert [e["text"]["text"] for e in elements] == ["Afgedaan voorstellen", "Stand van zaken", "Deadline verzetten"]
    assert form_from_value(elements[2]["value"]) == actions("toezegging", "T-2026-001")[2].form
    assert blocks[-1]["type"] == "context"


def test_a_long_list_stays_within_slacks_block_limit() -> None:
    items = tuple(Item(f"T-2026-{i:03}", f"T-2026-{i:03}", (), actions("toezegging", f"T-2026-{i:03}")) for i in range(60))
    blocks = render_blocks(OutgoingReply(text="60", items=items, kind=ReplyKind.WARNING))
    assert len(blocks) <= MAX_BLOCKS
    assert "… en nog" in blocks[-1]["elements"][0]["text"]


def test_form_fill_drops_empty_optional_parts_and_keeps_one_line() -> None:
    form = registratie_form()
    command = fill(form, {"omschrijving": "Brief\nsturen; snel", "portefeuillehouder": "De Vries", "deadline": "Q3 2027",
                          "eigenaar": "", "vertrouwelijk": ""})
    assert command == "toezegging nieuw omschrijving: Brief sturen, snel; portefeuillehouder: De Vries; deadline: Q3 2027"
    assert form_from_value(form_to_value(form)) == form


def test_modal_has_an_input_per_field_and_reads_back_what_was_typed() -> None:
    view = modal_view(actions("toezegging", "T-2026-001")[2].form, {"channel": "C1", "private": False})  # type: ignore[arg-type]
    assert view["title"]["text"] == "Deadline verzetten"  # Slack allows 24 characters; the full title is inside
    inputs = [b for b in view["blocks"] if b["type"] == "input"]
    assert [b["block_id"] for b in inputs] == ["deadline", "reden"] and inputs[0]["dispatch_action"] is True
    submitted = payload("slack_view_submission.json")["view"]
    assert submitted_values(submitted) == {"date-of-visit": "2019-09-23", "rating": "3", "comment": "Just amazing!"}


def test_vertrouwelijk_is_a_checkbox_whose_tick_reads_back_as_ja() -> None:
    form = registratie_form()
    view = modal_view(form, {"channel": "D1", "private": True})
    [box] = [b for b in view["blocks"] if b.get("block_id") == "vertrouwelijk"]
    assert box["element"]["type"] == "checkboxes" and box["optional"] is True
    assert box["element"]["options"][0]["value"] == "ja"
    ticked = {"state": {"values": {"vertrouwelijk": {"v": {"type": "checkboxes", "selected_options": [{"value": "ja"}]}},
                                   "omschrijving": {"v": {"type": "plain_text_input", "value": "Brief"}}}}}
    assert submitted_values(ticked) == {"vertrouwelijk": "ja", "omschrijving": "Brief"}
    untouched = {"state": {"values": {"vertrouwelijk": {"v": {"type": "checkboxes", "selected_options": []}}}}}
    assert submitted_values(untouched) == {"vertrouwelijk": ""}
