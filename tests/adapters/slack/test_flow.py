"""Register → list → move the deadline (button → modal → submit) → afdoening → afgedaan, all over HTTP."""
from __future__ import annotations

import json
import re

from tests.adapters.slack.harness import KARIN, SlackHarness, buttons, click, item_buttons, submission


def _count(slack: SlackHarness) -> int:
    with slack.app.uow_factory() as uow:
        from handlers.ports import ToezeggingFilter

        return len(uow.toezeggingen.find(ToezeggingFilter(open_only=False)))


def test_register_list_move_deadline_and_close_through_buttons_and_modals(slack_both: SlackHarness) -> None:
    slack, standin = slack_both, slack_both.standin
    before = _count(slack)

    # /samenspel toezegging nieuw without text opens the registration modal.
    slack.slash("toezegging nieuw")
    opened = standin.wait_for(lambda c: c.method == "views.open").view
    assert opened["title"]["text"] == "Nieuwe toezegging"
    status, body = slack.interaction(submission(slack, opened, {
        "omschrijving": "Raadsinformatiebrief over de N-weg sturen",
        "portefeuillehouder": "De Vries",
        "deadline": "Q3 2027",
        "eigenaar": "Bakker",
    }))
    assert status == 200 and "errors" not in body
    registered = standin.wait_for(lambda c: c.method == "response_url" and "geregistreerd" in c.text)
    assert "Deadline: Q3 2027 → do 30 september 2027" in registered.text
    nummer = re.search(r"Toezegging (T-2026-\d{3}) is geregistreerd", registered.text).group(1)  # type: ignore[union-attr]
    assert _count(slack) == before + 1

    # The list shows it on one compact line with its due date and owner; the actions live in the item's view.
    slack.slash("toezeggingen van Bakker")
    listed = standin.wait_for(lambda c: c.method == "response_url" and "toezeggingen van Hans Bakker" in c.text)
    assert nummer in listed.text and "do 30 september 2027" in listed.text and "Hans Bakker" in listed.text
    assert buttons(listed.blocks) == {}
    slack.slash(f"toezegging {nummer}")
    shown = standin.wait_for(lambda c: c.method == "response_url" and f"Toezegging {nummer}" in c.text)
    found = item_buttons(shown.blocks, nummer)
    assert set(found) == {"Afgedaan voorstellen", "Stand van zaken", "Deadline verzetten"}

    # "Deadline verzetten" opens a modal that asks for the new deadline and a reason.
    slack.interaction(click(slack, found["Deadline verzetten"]))
    modal = standin.wait_for(lambda c: c.method == "views.open" and "Deadline" in c.view["title"]["text"]).view
    assert [b["block_id"] for b in modal["blocks"] if b["type"] == "input"] == ["deadline", "reden"]
    status, body = slack.interaction(submission(slack, modal, {"deadline": "Q1 2028", "reden": "het onderzoek loopt uit"}))
    assert status == 200 and "errors" not in body
    moved = standin.wait_for(lambda c: c.method == "response_url" and "deadline verzet" in c.text)
    assert "Q1 2028" in moved.text and moved.args["response_type"] == "ephemeral"

    # "Afgedaan voorstellen" → referentie → afdoening voorgesteld; then closing it by command.
    slack.interaction(click(slack, found["Afgedaan voorstellen"]))
    modal = standin.wait_for(lambda c: c.method == "views.open" and "Afdoening" in c.view["title"]["text"]).view
    slack.interaction(submission(slack, modal, {"referentie": "raadsinformatiebrief 2026-45"}))
    standin.wait_for(lambda c: c.method == "response_url" and "afdoening voorgesteld" in c.text)
    mark = standin.mark()
    slack.slash(f"toezegging afgedaan {nummer}")
    closed = standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert f"{nummer}: status gewijzigd" in closed.text and "afgedaan" in closed.text
    assert buttons(closed.blocks) == {}  # a closed toezegging has no actions left
    with slack.app.uow_factory() as uow:
        toezegging = uow.toezeggingen.get(nummer)
        assert toezegging is not None and toezegging.status.value == "afgedaan"
        assert [e.action for e in uow.audit.history("toezegging", nummer)] == ["nieuw", "verzet", "status", "status"]


def test_a_mistake_in_a_modal_is_shown_in_the_modal_and_nothing_changes(slack: SlackHarness) -> None:
    before = _count(slack)
    slack.slash("toezegging nieuw")
    opened = slack.standin.wait_for(lambda c: c.method == "views.open").view
    status, body = slack.interaction(submission(slack, opened, {
        "omschrijving": "Brief sturen", "portefeuillehouder": "De Vries", "deadline": "blauwe maandag",
    }))
    assert status == 200
    answer = json.loads(body)
    assert answer["response_action"] == "errors"
    assert "deadline" in answer["errors"]
    assert _count(slack) == before


def test_enter_in_the_deadline_field_shows_how_the_deadline_is_understood(slack: SlackHarness) -> None:
    slack.slash("toezegging nieuw")
    opened = slack.standin.wait_for(lambda c: c.method == "views.open").view
    body = click(slack, {"action_id": "samenspel_deadline_preview", "type": "plain_text_input", "value": "Q3 2027"})
    body["container"] = {"type": "view", "view_id": "V1"}
    body["view"] = {**opened, "id": "V1", "hash": "h1"}
    slack.interaction(body)
    updated = slack.standin.wait_for(lambda c: c.method == "views.update")
    assert updated.args["view_id"] == "V1"
    assert "Deadline: Q3 2027" in updated.text and "september 2027" in updated.text


def test_typed_registration_in_a_dm_works_like_the_console(slack: SlackHarness) -> None:
    slack.slash("toezegging nieuw Brief sturen; portefeuillehouder: De Vries; deadline: voor de zomer", channel="D0DM", user=KARIN)
    reply = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert "is geregistreerd" in reply.text and "Deadline: voor de zomer" in reply.text
