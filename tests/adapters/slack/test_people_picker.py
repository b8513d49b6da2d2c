"""People pickers in modals: Slack's options requests (block_suggestion), answered from the registry."""
from __future__ import annotations

import json
import re
from typing import Any

from tests.adapters.slack.harness import KARIN, STRANGER, SlackHarness, submission


def suggestion(view: dict[str, Any], block_id: str, typed: str, user: str = KARIN) -> dict[str, Any]:
    """A block_suggestion payload as Slack posts it while someone types in an external_select."""
    [block] = [b for b in view["blocks"] if b.get("block_id") == block_id]
    return {
        "type": "block_suggestion", "user": {"id": user, "team_id": "T9TK3CUKW"}, "team": {"id": "T9TK3CUKW"},
        "api_app_id": "A0KRD7HC3", "token": "verification", "container": {"type": "view", "view_id": "V0PICK"},
        "action_id": block["element"]["action_id"], "block_id": block_id, "value": typed,
        "view": {"id": "V0PICK", "type": "modal", "callback_id": view["callback_id"],
                 "private_metadata": view["private_metadata"], "blocks": view["blocks"]},
    }


def test_the_registration_modal_suggests_people_and_registers_the_chosen_one(slack_both: SlackHarness) -> None:
    slack, standin = slack_both, slack_both.standin
    slack.slash("toezegging nieuw")
    opened = standin.wait_for(lambda c: c.method == "views.open").view
    owner = next(b for b in opened["blocks"] if b.get("block_id") == "eigenaar")
    assert owner["element"]["type"] == "external_select"

    status, body = slack.interaction(suggestion(opened, "eigenaar", "bakk"))
    assert status == 200
    options = json.loads(body)["options"]
    assert options[0]["value"] == "hans.bakker@noordwaard.example"
    assert options[0]["text"]["text"].startswith("Hans Bakker")

    form = submission(slack, opened, {"omschrijving": "Brief over de brug", "deadline": "Q3 2027"})
    for name, email in (("portefeuillehouder", "anna.devries@noordwaard.example"),
                        ("eigenaar", "hans.bakker@noordwaard.example")):
        form["view"]["state"]["values"][name] = {
            "samenspel_suggest:persoon": {"type": "external_select", "selected_option": {"value": email}}
        }
    status, body = slack.interaction(form)
    assert status == 200 and "errors" not in body
    registered = standin.wait_for(lambda c: c.method == "response_url" and "geregistreerd" in c.text)
    nummer = re.search(r"(T-2026-\d{3})", registered.text).group(1)  # type: ignore[union-attr]
    with slack.app.uow_factory() as uow:
        toezegging = uow.toezeggingen.get(nummer)
        hans = uow.people.by_email("hans.bakker@noordwaard.example")
    assert toezegging is not None and hans is not None and toezegging.eigenaar_id == hans.id


def test_strangers_get_no_names_and_a_bad_signature_gets_401(slack_both: SlackHarness) -> None:
    slack, standin = slack_both, slack_both.standin
    slack.slash("toezegging nieuw")
    opened = standin.wait_for(lambda c: c.method == "views.open").view
    status, body = slack.interaction(suggestion(opened, "eigenaar", "bakk", user=STRANGER))
    assert status == 200 and json.loads(body)["options"] == []
    status, _body = slack.interaction(suggestion(opened, "eigenaar", "bakk"), signature="v0=00")
    assert status == 401
