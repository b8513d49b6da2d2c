"""Confidential toezeggingen are never posted to a channel; slash answers are ephemeral unless shared."""
from __future__ import annotations

from tests.adapters.slack.harness import CHANNEL, DM, HANS, KARIN, SlackHarness, payload

GEHEIM = "Onderhandeling grondaankoop Noordwaard"
VERTROUWELIJK = f"toezegging nieuw {GEHEIM}; portefeuillehouder: De Vries; deadline: Q3 2027; vertrouwelijk"


def _posted_to_channel(slack: SlackHarness, words: str) -> list[str]:
    """Everything containing `words` that the whole channel can see."""
    return [
        c.text for c in slack.standin.calls
        if words in c.text and (
            (c.method == "chat.postMessage" and not str(c.args.get("channel", "")).startswith("D"))
            or (c.method == "response_url" and c.args.get("response_type") == "in_channel")
        )
    ]


def test_confidential_registration_by_mention_is_answered_ephemerally(slack: SlackHarness) -> None:
    body = payload("slack_app_mention.json")
    body["event"].update(text=f"<@U222> {VERTROUWELIJK}", user=KARIN)
    slack.event(body)
    answer = slack.standin.wait_for(lambda c: GEHEIM in c.text)
    assert answer.method == "chat.postEphemeral"
    assert answer.args["user"] == KARIN and answer.args["thread_ts"] == body["event"]["ts"]
    assert _posted_to_channel(slack, GEHEIM) == []


def test_a_confidential_answer_stays_ephemeral_even_when_sharing_is_asked(slack: SlackHarness) -> None:
    slack.slash(VERTROUWELIJK + " deel")
    answer = slack.standin.wait_for(lambda c: GEHEIM in c.text)
    assert answer.args["response_type"] == "ephemeral"
    nummer = answer.text.split("Toezegging ")[1].split(" ")[0]

    # In the channel, even when asked to share, the list and the item itself stay hidden.
    mark = slack.standin.mark()
    slack.slash("toezeggingen alle deel")
    shared = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert shared.args["response_type"] == "in_channel"
    assert GEHEIM not in shared.text and "1 vertrouwelijke toezegging niet getoond" in shared.text
    mark = slack.standin.mark()
    slack.slash(f"toezegging {nummer}")
    hidden = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert "is vertrouwelijk en wordt hier niet getoond" in hidden.text
    assert _posted_to_channel(slack, GEHEIM) == []

    # In the DM with the bot it is shown.
    dm = payload("slack_message_im.json")
    dm["event"].update(text=f"toezegging {nummer}", user=KARIN)
    slack.event(dm)
    shown = slack.standin.wait_for(lambda c: c.method == "chat.postMessage" and GEHEIM in c.text)
    assert shown.args["channel"] == DM


def test_slash_answers_in_a_channel_are_ephemeral_unless_shared(slack: SlackHarness) -> None:
    slack.slash("toezeggingen", user=HANS, channel=CHANNEL)
    private = slack.standin.wait_for(lambda c: c.method == "response_url")
    assert private.args["response_type"] == "ephemeral"
    mark = slack.standin.mark()
    slack.slash("toezeggingen delen", user=HANS, channel=CHANNEL)
    shared = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
    assert shared.args["response_type"] == "in_channel"
    assert "toezeggingen die openstaan" in shared.text
