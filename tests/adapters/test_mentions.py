"""People named in an answer become real @-mentions in Slack and Teams, never inside button payloads."""
from __future__ import annotations

import json

from bot.slack.blocks import render_blocks
from bot.teams.translate import render_reply
from handlers.messages import Button, Field, Mention, OutgoingReply

HANS = Mention("Hans Bakker", "hans.bakker@noordwaard.example", slack_user_id="U0HANS", teams_aad_id="aad-hans")
FRANK = Mention("Frank Smit", "frank.smit@noordwaard.example")  # not on any platform yet

REPLY = OutgoingReply(
    text="Je opdrachtgever is Hans Bakker (hans.bakker@noordwaard.example).",
    fields=(Field("Ambtelijk opdrachtgever", "Hans Bakker (hans.bakker@noordwaard.example)"),
            Field("Daarboven", "Frank Smit (frank.smit@noordwaard.example)")),
    buttons=(Button("Driehoek", command="driehoek Hans Bakker (hans.bakker@noordwaard.example)"),),
    mentions=(HANS, FRANK),
)


def test_slack_mentions_people_it_knows_and_leaves_button_commands_alone() -> None:
    blocks = json.dumps(render_blocks(REPLY))
    assert "Je opdrachtgever is <@U0HANS>." in blocks
    assert "Frank Smit (frank.smit@noordwaard.example)" in blocks
    assert "driehoek Hans Bakker (hans.bakker@noordwaard.example)" in blocks


def test_teams_card_carries_mention_entities() -> None:
    card = render_reply(REPLY)["attachments"][0]["content"]
    text = json.dumps(card)
    assert "<at>Hans Bakker</at>" in text and "Frank Smit (frank.smit@noordwaard.example)" in text
    assert card["msteams"]["entities"] == [
        {"type": "mention", "text": "<at>Hans Bakker</at>", "mentioned": {"id": "aad-hans", "name": "Hans Bakker"}}
    ]
