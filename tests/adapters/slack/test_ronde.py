"""A stand-van-zakenronde answered with the buttons of its Slack message: signed requests against the running
server, the DM's blocks rendered by the real Slack renderer from what the outbox holds."""
from __future__ import annotations

from handlers.domain.ronde import Antwoord
from handlers.reminders.config import ReminderConfig
from bot.slack.blocks import render_blocks
from tests.adapters.slack.harness import DM, HANS, SlackHarness, click, item_buttons, submission
from tests.integration.reminder_helpers import RecordingNotifier, engine


def test_owner_answers_the_round_with_the_buttons_of_the_dm(slack_both: SlackHarness) -> None:
    slack, standin = slack_both, slack_both.standin
    slack.slash("ronde start toezeggingen; portefeuillehouder: Anna de Vries; sluit: over 10 werkdagen 12:00; "
                "voor: raad 10 december")
    standin.wait_for(lambda c: c.method == "response_url" and "Ronde 1 gestart" in c.text)
    notifier = RecordingNotifier()
    eng = engine(slack.app, notifier, ReminderConfig())
    eng.deliver()
    eng.close()
    [request] = [n for n in notifier.to("hans.bakker@noordwaard.example") if n.delivery_key.startswith("ronde:")]
    blocks = render_blocks(request.reply)
    found = item_buttons(blocks, "T-2026-001")
    assert set(found) == {"Ongewijzigd", "Nieuwe stand van zaken", "Afdoening voorstellen", "Deadline verzetten"}

    # 'Nieuwe stand van zaken' opens a modal; its submission runs 'toezegging stand' through the round.
    slack.interaction(click(slack, found["Nieuwe stand van zaken"], user=HANS, channel=DM))
    modal = standin.wait_for(lambda c: c.method == "views.open" and "Stand van zaken" in c.view["title"]["text"]).view
    status, body = slack.interaction(submission(slack, modal, {"tekst": "Brief ligt bij de gedeputeerde"}, user=HANS))
    assert status == 200 and "errors" not in body
    answered = standin.wait_for(lambda c: c.method == "response_url" and "al jouw punten zijn beantwoord" in c.text)
    assert "T-2026-001" in answered.text

    # 'Ongewijzigd' runs at once; the answer is recorded again, and the history names the round.
    mark = standin.mark()
    slack.interaction(click(slack, found["Ongewijzigd"], user=HANS, channel=DM))
    standin.wait_for(lambda c: c.method == "response_url" and "ongewijzigd" in c.text, after=mark)
    with slack.app.uow_factory() as uow:
        ronde = uow.rondes.current()
        assert ronde is not None and ronde.id is not None
        item = uow.rondes.item(ronde.id, "T-2026-001")
        assert item is not None and item.antwoord is Antwoord.ONGEWIJZIGD
        history = uow.audit.history("toezegging", "T-2026-001")
        assert [e.changes.get("ronde", (None, ""))[1] for e in history if e.action == "ronde"] == [
            "ronde 1 (raad 10 december): nieuwe stand van zaken", "ronde 1 (raad 10 december): ongewijzigd"]
        assert uow.toezeggingen.get("T-2026-001").stand_van_zaken == "Brief ligt bij de gedeputeerde"  # type: ignore[union-attr]
