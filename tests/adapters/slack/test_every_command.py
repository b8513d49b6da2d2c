"""Every command the router knows answers through the slash command and through a mention."""
from __future__ import annotations

from tests.adapters.slack.harness import CHANNEL, KARIN, SlackHarness, payload
from handlers.texts import APOLOGY


def _examples(slack: SlackHarness) -> list[str]:
    return [command.examples[0] for command in slack.app.core.router.commands if command.examples]


def test_every_command_works_as_slash_command_and_as_mention(slack: SlackHarness) -> None:
    examples = _examples(slack)
    assert len(examples) >= 15
    for number, text in enumerate(examples):
        mark = slack.standin.mark()
        slack.slash(text, user=KARIN, channel=CHANNEL)
        by_slash = slack.standin.wait_for(lambda c: c.method == "response_url", after=mark)
        mark = slack.standin.mark()
        mention = payload("slack_app_mention.json")
        mention["event_id"] = f"EvEvery{number}"
        mention["event"].update(text=f"<@U222> {text}", user=KARIN, ts=f"1605853844.{number:06}")
        slack.event(mention)
        by_mention = slack.standin.wait_for(lambda c: c.method in ("chat.postMessage", "chat.postEphemeral"), after=mark)
        assert by_mention.args["thread_ts"] == mention["event"]["ts"]
        for answer in (by_slash, by_mention):
            assert APOLOGY not in answer.text, text
            assert "Dat commando ken ik niet" not in answer.text, text
